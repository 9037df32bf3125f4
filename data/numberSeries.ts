import mongoose, { type Collection } from 'mongoose';
import { isDuplicateKey } from './duplicateKey';

/**
 * Gap-free numbering, each number issued exactly once and to one key, with single-document
 * atomic updates only: decision and submission numbers (Decree 30/2020/NĐ-CP, Art. 15(1): a
 * series runs 01, 02… from 1 January to 31 December, each number once), dossier numbers, the
 * places of a quota.
 *
 * A series is ONE document holding the keys it has numbered, in order: the key at position
 * i holds number i + 1. Issuing is one `findOneAndUpdate` that pushes the key unless it is
 * there already (and, for a bounded series, unless `limit` keys are), with `count` `$inc`ed
 * beside it, so the new number comes back with the update. The number and its holder are
 * written in the same update, so nothing ever holds a number nobody owns: a crash before it
 * leaves nothing, a crash after it leaves the number reserved for its key, and the key's
 * retry finds it there (so does a second issuer with the same key, at the same moment).
 * No gap, no number twice, no key twice, and nobody retries after a collision.
 *
 * Rejected: a counter `$inc`ed before the holder records its number leaves a gap when the
 * holder dies between the two; a counter that remembers only its last holder recognises a
 * retry only if nobody was numbered in between; inserting "highest + 1" and trying again on a
 * duplicate key (the former way) is a retry loop that racing issuers keep colliding in.
 *
 * The price is a document that grows by one key a number. A series is one year of one
 * agency's decisions (hundreds), of one unit's dossiers (tens), or one quota's places, far
 * below MongoDB's 16 MB (about 400,000 keys).
 *
 * A series as stored, in `number_series`: `_id` names it, e.g. `QĐ-BDTTG:2026`.
 */
interface SeriesDocument {
  _id: string;
  /** Always `keys.length`: the last number issued. */
  count: number;
  keys: string[];
}

function series(): Collection<SeriesDocument> {
  const db = mongoose.connection.db;
  if (!db) throw new Error('not connected to the database');
  return db.collection<SeriesDocument>('number_series') as unknown as Collection<SeriesDocument>;
}

export interface NumberSeries {
  /** The series' `_id`, e.g. `QĐ-BDTTG:2026`. */
  id: string;
  /**
   * The keys numbered before the series had its document (an older version's register), in
   * number order from 1: read once, when the series is first used, so an upgraded database
   * continues its series. Must be 1, 2, 3… without a gap.
   */
  issuedBefore(): Promise<{ key: string; number: number }[]>;
}

/** The push found no series (another issuer may have created it since): create, push again. */
const NO_SERIES = Symbol('no series');

/**
 * The number of `key` in the series: issued now if it has none, else the one it has.
 * `undefined` only when `limit` is given and that many keys are numbered already.
 */
export async function issueNumber(
  of: NumberSeries,
  key: string,
  limit?: number,
): Promise<number | undefined> {
  const found = await pushOrFind(of.id, key, limit);
  if (found !== NO_SERIES) return found;
  await createSeries(of);
  const created = await pushOrFind(of.id, key, limit);
  if (created === NO_SERIES) throw new Error(`Number series ${of.id} was not created`);
  return created;
}

async function pushOrFind(
  id: string,
  key: string,
  limit?: number,
): Promise<number | undefined | typeof NO_SERIES> {
  const pushed = await push(id, key, limit);
  if (pushed !== undefined) return pushed;
  const doc = await series().findOne({ _id: id });
  const at = doc ? doc.keys.indexOf(key) : -1;
  if (at >= 0) return at + 1;
  if (doc && limit !== undefined && doc.keys.length >= limit) return undefined;
  return NO_SERIES;
}

async function push(id: string, key: string, limit?: number): Promise<number | undefined> {
  if (limit !== undefined && limit < 1) return undefined;
  const room = limit === undefined ? {} : { [`keys.${limit - 1}`]: { $exists: false } };
  const doc = await series().findOneAndUpdate(
    { _id: id, keys: { $ne: key }, ...room },
    { $push: { keys: key }, $inc: { count: 1 } },
    { returnDocument: 'after' },
  );
  return doc?.count;
}

/** Creates the series with what was issued before it; a second creator finds it made. */
async function createSeries(of: NumberSeries): Promise<void> {
  const before = await of.issuedBefore();
  // A register entry written under the series means the series existed before our read:
  // another issuer created it, and what we read may be its numbers half-registered.
  if (await series().countDocuments({ _id: of.id }, { limit: 1 })) return;
  const misplaced = before.findIndex((entry, i) => entry.number !== i + 1);
  if (misplaced >= 0) {
    throw new Error(`Number series ${of.id}: number ${misplaced + 1} was never issued`);
  }
  try {
    await series().insertOne({
      _id: of.id,
      count: before.length,
      keys: before.map((entry) => entry.key),
    });
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
  }
}
