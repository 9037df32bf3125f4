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
 * Writes are read-modify-write under a document lock (FerretDB loses concurrent updates
 * of one document). Each write derives its result from the nomination's current state and
 * where the nomination sits, so a retried write changes nothing.
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
interface PlacementDoc {
  _id: string;
  directory: string;
  bucket: string;
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

const directoryLock = (p: AnyProjection, directory: string) =>
  `${p.collection}:${directoryId(directory)}`;

/**
 * Sets buckets' counts in their directory (absent when a bucket is empty). Each refresh
 * comes from a writer that still holds its bucket's lock, so the counts are of the bucket's
 * last state. Concurrent refreshes of one directory in this process are written together.
 */
const directoryWrites = new WriteCombiner<{
  p: AnyProjection;
  directory: string;
  bucket: string;
  counts: BucketCounts | undefined;
}>(async (lock, refreshes) => {
  const { p, directory } = refreshes[0]!;
  const changedIn = (stored: Record<string, BucketCounts>) =>
    refreshes.some((r) => !sameJson(stored[r.bucket], r.counts));
  // No read before the lock to skip it: most steps move a count, and FerretDB's cost is
  // parsing the directory, not taking the lock.
  await withDocumentLock(lock, async () => {
    const stored = await readDirectory(p as never, directory);
    if (!changedIn(stored)) return;
    for (const { bucket, counts } of refreshes) {
      if (counts) stored[bucket] = counts;
      else delete stored[bucket];
    }
    await collection<DirectoryDoc>(p.collection).replaceOne(
      { _id: directoryId(directory) },
      { buckets: stored },
      { upsert: true },
    );
  });
});

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Rewrites one bucket with the batch's changes applied to its entries in order, then its
 * counts in the directory while still holding the bucket (so no later state of the bucket
 * can be counted before this one). Also when nothing changed: a retry after a crash mends
 * counts the crash skipped. Concurrent changes of one bucket in this process (a busy due
 * date) are written together. Locks are always taken bucket, then directory.
 */
const bucketWrites = new WriteCombiner<{
  p: AnyProjection;
  directory: string;
  bucket: string;
  change: (entries: { id: string }[]) => { id: string }[];
}>(async (lock, changes) => {
  const { p, directory, bucket } = changes[0]!;
  await withDocumentLock(lock, async () => {
    const before = await readBucket(p, directory, bucket);
    const after = changes.reduce((entries, c) => c.change(entries), before).sort(byId);
    const buckets = collection<BucketDoc<{ id: string }>>(p.bucketCollection(directory, bucket));
    const id = bucketId(directory, bucket);
    if (!sameJson(before, after)) {
      if (after.length === 0) await buckets.deleteOne({ _id: id });
      else await buckets.replaceOne({ _id: id }, { entries: after }, { upsert: true });
    }
    const counts = after.length ? countsOf(p, after) : undefined;
    await directoryWrites.write(directoryLock(p, directory), { p, directory, bucket, counts });
  });
});

/** Rewrites one bucket with `change` applied to its entries, and its counts in the directory. */
function changeBucket<E extends { id: string }>(
  p: BucketProjection<E>,
  directory: string,
  bucket: string,
  change: (entries: E[]) => E[],
): Promise<void> {
  return bucketWrites.write(
    `${p.bucketCollection(directory, bucket)}:${bucketId(directory, bucket)}`,
    {
      p: p as unknown as AnyProjection,
      directory,
      bucket,
      change: change as unknown as (entries: { id: string }[]) => { id: string }[],
    },
  );
}

export function removeEntry<E extends { id: string }>(
  p: BucketProjection<E>,
  directory: string,
  bucket: string,
  nominationId: string,
): Promise<void> {
  return changeBucket(p, directory, bucket, (entries) =>
    entries.filter((e) => e.id !== nominationId),
  );
}

/**
 * Puts the nomination where `next` says (or takes it out of the projection when undefined),
 * leaving the bucket it sat in. Callers serialise calls for one nomination.
 */
export async function place<E extends { id: string }>(
  p: BucketProjection<E>,
  nominationId: string,
  next: Placement<E> | undefined,
): Promise<void> {
  if (!p.movable) {
    if (next)
      await changeBucket(p, next.directory, next.bucket, (entries) => [
        ...entries.filter((e) => e.id !== nominationId),
        next.entry,
      ]);
    return;
  }
  const placements = collection<PlacementDoc>(PLACEMENTS);
  const _id = placementId(p as BucketProjection<never>, nominationId);
  const current = await placements.findOne({ _id });
  if (current && (current.directory !== next?.directory || current.bucket !== next.bucket)) {
    await removeEntry(p, current.directory, current.bucket, nominationId);
  }
  if (!next) {
    if (current) await placements.deleteOne({ _id });
    return;
  }
  // Where it goes is written before it goes there: a crash in between leaves a placement
  // whose bucket lacks the entry (the next sync adds or removes it), never an entry that
  // no placement points at, which nothing would ever take off the desk.
  if (current?.directory !== next.directory || current.bucket !== next.bucket) {
    await placements.replaceOne(
      { _id },
      { directory: next.directory, bucket: next.bucket },
      { upsert: true },
    );
  }
  await changeBucket(p, next.directory, next.bucket, (entries) => [
    ...entries.filter((e) => e.id !== nominationId),
    next.entry,
  ]);
}

/** Recomputes a directory's counts from its buckets (after a repair). */
export async function recountDirectory<E extends { id: string }>(
  p: BucketProjection<E>,
  directory: string,
  buckets: readonly string[],
): Promise<void> {
  await Promise.all(buckets.map((bucket) => changeBucket(p, directory, bucket, (e) => e)));
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
