import mongoose from 'mongoose';
import { withDocumentLock } from '../documentLock';
import { WriteCombiner } from '../writeCombiner';

/**
 * A projection of nominations that every list reads by `_id` only, from small collections:
 * FerretDB 1.x pushes nothing but an `{_id}` filter down to SQLite, and even `_id` lookups
 * were seen to scan the SQLite table (its query plan said SCAN: 50 row reads of a 10,000
 * nomination collection took 17 s), so a list never reads `nominations`, and each of its
 * reads costs at most the size of a small collection. Entries (what a list row shows)
 * sit in bucket documents; a directory document per list holds, for each non-empty bucket,
 * counts under the keys the list filters by, so a page reads the directory and the buckets
 * it shows, and a total is a sum.
 *
 * Writes are read-modify-write under the directory's document lock (FerretDB loses
 * concurrent updates of one document), which covers its buckets too, and are batched per
 * process. Each write derives its result from the nomination's current state and where
 * the nomination sits, so a retried write changes nothing.
 */
export interface BucketProjection<E extends { id: string }> {
  /** Collection of the directories; also names the locks and placements. */
  collection: string;
  /** Collection of one bucket: the projection's own, or one per part (e.g. unit and year). */
  bucketCollection(directory: string, bucket: string): string;
  /**
   * Whether a nomination can change buckets. Then where it sits is kept in a placement
   * document (one per placed nomination); otherwise its bucket follows from its entry.
   */
  movable: boolean;
  /** The count keys an entry adds to its bucket's counts (e.g. `all`, `unitId=VCSDT`). */
  countKeys(entry: E): readonly string[];
}

/** Where one nomination belongs: which list (directory), which bucket, and its entry. */
export interface Placement<E> {
  directory: string;
  bucket: string;
  entry: E;
}

export type BucketCounts = Record<string, number>;
interface BucketDoc<E> {
  _id: string;
  entries: E[];
}
interface DirectoryDoc {
  _id: string;
  buckets: Record<string, BucketCounts>;
}
interface Location {
  directory: string;
  bucket: string;
}
interface PlacementDoc extends Location {
  _id: string;
  /** Where the nomination is being taken out of, while it moves. */
  leaving?: Location[];
}

const PLACEMENTS = 'projection_placements';

function collection<T extends { _id: string }>(name: string) {
  const db = mongoose.connection.db;
  if (!db) throw new Error('not connected to the database');
  return db.collection<T>(name);
}

export const bucketId = (directory: string, bucket: string) => `bucket:${directory}:${bucket}`;
export const directoryId = (directory: string) => `directory:${directory}`;
const placementId = (p: BucketProjection<never>, id: string) => `${p.collection}:${id}`;

/** The counts of a bucket's entries under every key they add. */
export function countsOf<E extends { id: string }>(
  p: BucketProjection<E>,
  entries: readonly E[],
): BucketCounts {
  const counts: BucketCounts = {};
  for (const entry of entries) {
    for (const key of p.countKeys(entry)) counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export async function readDirectory(
  p: BucketProjection<never>,
  directory: string,
): Promise<Record<string, BucketCounts>> {
  const doc = await collection<DirectoryDoc>(p.collection).findOne({
    _id: directoryId(directory),
  });
  return doc?.buckets ?? {};
}

export async function readBucket<E extends { id: string }>(
  p: BucketProjection<E>,
  directory: string,
  bucket: string,
): Promise<E[]> {
  const doc = await collection<BucketDoc<E>>(p.bucketCollection(directory, bucket)).findOne({
    _id: bucketId(directory, bucket),
  });
  return (doc?.entries ?? []) as E[];
}

type AnyProjection = BucketProjection<{ id: string }>;
type AnyEntry = { id: string };

/**
 * What one write does to one directory: takes a nomination out of a bucket, puts its entry
 * into a bucket (the same or another), or only recounts a bucket (`id` absent).
 */
interface DirectoryChange {
  id?: string;
  from?: string;
  to?: { bucket: string; entry: AnyEntry };
  recount?: string;
}

const byId = (a: AnyEntry, b: AnyEntry) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Applies a batch of changes to one directory and its buckets under the directory's one
 * lock: reads the directory and each bucket touched once, rewrites the buckets that
 * changed, then the directory with the counts of every bucket touched (also when nothing
 * changed: a retry after a crash mends counts the crash skipped). Every write to a
 * directory's buckets holds its lock, so counts are always of the buckets' last state.
 * Concurrent changes of one directory in this process (twenty appraisals at once) make one
 * batch: one lock, one read and one write per document, however many nominations move.
 */
const directoryWrites = new WriteCombiner<{
  p: AnyProjection;
  directory: string;
  change: DirectoryChange;
}>(async (lock, batch) => {
  const { p, directory } = batch[0]!;
  const touched = [
    ...new Set(
      batch.flatMap(({ change: c }) => [c.from, c.to?.bucket, c.recount]).filter((b) => !!b),
    ),
  ] as string[];
  await withDocumentLock(lock, async () => {
    const [stored, ...before] = await Promise.all([
      readDirectory(p as never, directory),
      ...touched.map((bucket) => readBucket(p, directory, bucket)),
    ]);
    const entries = new Map(touched.map((bucket, i) => [bucket, before[i]!]));
    for (const { change: c } of batch) {
      if (c.from)
        entries.set(
          c.from,
          entries.get(c.from)!.filter((e) => e.id !== c.id),
        );
      if (c.to) {
        const { bucket, entry } = c.to;
        entries.set(bucket, [...entries.get(bucket)!.filter((e) => e.id !== c.id), entry]);
      }
    }
    const counts = { ...stored };
    await Promise.all(
      touched.map(async (bucket, i) => {
        const after = [...entries.get(bucket)!].sort(byId);
        if (after.length) counts[bucket] = countsOf(p, after);
        else delete counts[bucket];
        if (sameJson(before[i], after)) return;
        const buckets = collection<BucketDoc<AnyEntry>>(p.bucketCollection(directory, bucket));
        const _id = bucketId(directory, bucket);
        if (after.length === 0) await buckets.deleteOne({ _id });
        else await buckets.replaceOne({ _id }, { entries: after }, { upsert: true });
      }),
    );
    if (sameJson(stored, counts)) return;
    await collection<DirectoryDoc>(p.collection).replaceOne(
      { _id: directoryId(directory) },
      { buckets: counts },
      { upsert: true },
    );
  });
});

function changeDirectory<E extends AnyEntry>(
  p: BucketProjection<E>,
  directory: string,
  change: DirectoryChange,
): Promise<void> {
  return directoryWrites.write(`${p.collection}:${directoryId(directory)}`, {
    p: p as unknown as AnyProjection,
    directory,
    change,
  });
}

export function removeEntry<E extends AnyEntry>(
  p: BucketProjection<E>,
  directory: string,
  bucket: string,
  nominationId: string,
): Promise<void> {
  return changeDirectory(p, directory, { id: nominationId, from: bucket });
}

/**
 * Puts the nomination where `next` says (or takes it out of the projection when undefined),
 * leaving the bucket it sat in. Callers serialise calls for one nomination. A move is
 * recorded before it is made: the placement names the new bucket and the ones being left,
 * then one write of the directory takes the entry out of those and puts it in the new one,
 * then the placement forgets the old ones. Whenever a crash stops it, the next call (a
 * retry, a later step, a repair) still knows every bucket that may hold the entry.
 */
export async function place<E extends AnyEntry>(
  p: BucketProjection<E>,
  nominationId: string,
  next: Placement<E> | undefined,
): Promise<void> {
  const to = next && { bucket: next.bucket, entry: next.entry };
  if (!p.movable) {
    if (next) await changeDirectory(p, next.directory, { id: nominationId, to });
    return;
  }
  const placements = collection<PlacementDoc>(PLACEMENTS);
  const _id = placementId(p as BucketProjection<never>, nominationId);
  const current = await placements.findOne({ _id });
  const isNext = (l: Location) => l.directory === next?.directory && l.bucket === next.bucket;
  const leaving = [...(current ? [current] : []), ...(current?.leaving ?? [])]
    .filter((l) => !isNext(l))
    .map(({ directory, bucket }) => ({ directory, bucket }));
  const where = next && { directory: next.directory, bucket: next.bucket };
  if (where && (leaving.length > 0 || !current)) {
    await placements.replaceOne(
      { _id },
      { ...where, ...(leaving.length > 0 && { leaving }) },
      { upsert: true },
    );
  }
  // The first bucket left in the new bucket's directory goes in the same batch as the new one.
  const batched = next && leaving.find((l) => l.directory === next.directory);
  for (const l of leaving) {
    if (l !== batched) await removeEntry(p, l.directory, l.bucket, nominationId);
  }
  if (next) {
    await changeDirectory(p, next.directory, { id: nominationId, from: batched?.bucket, to });
  }
  if (!where) {
    if (current) await placements.deleteOne({ _id });
  } else if (leaving.length > 0 || current?.leaving) {
    await placements.replaceOne({ _id }, where, { upsert: true });
  }
}

/** Recomputes a directory's counts from its buckets (after a repair). */
export async function recountDirectory<E extends AnyEntry>(
  p: BucketProjection<E>,
  directory: string,
  buckets: readonly string[],
): Promise<void> {
  await Promise.all(buckets.map((recount) => changeDirectory(p, directory, { recount })));
}

/**
 * Every stored bucket and directory document, from the projection's collection and those
 * named after it (`<collection>_…`). For reconciliation: reads them all.
 */
export async function readAll<E extends { id: string }>(p: BucketProjection<E>) {
  const db = mongoose.connection.db!;
  const names = (await db.listCollections({}, { nameOnly: true }).toArray())
    .map((c) => c.name)
    .filter((name) => name === p.collection || name.startsWith(`${p.collection}_`));
  const docs = [];
  for (const name of names) {
    docs.push(
      ...(await collection<{ _id: string; entries?: E[]; buckets?: DirectoryDoc['buckets'] }>(name)
        .find({})
        .toArray()),
    );
  }
  return docs;
}
