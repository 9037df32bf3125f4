import { readBucket, readDirectory, type BucketProjection } from './bucketProjection';

export interface BucketPageQuery<E> {
  /** Buckets are walked in the order of their keys, ascending or descending. */
  direction: 'asc' | 'desc';
  /** The directory key counting what `matches` keeps; without one, every bucket is read. */
  countKey?: string;
  matches(entry: E): boolean;
  /** Order of the entries within a bucket. */
  compare(a: E, b: E): number;
  skip: number;
  limit: number;
}

/**
 * One page of a projection's list and its total. With a count key, whole buckets before the
 * page are skipped on their counts and the walk stops once the page is full, so a page
 * reads the directory and the buckets it shows; without one, every bucket is read to count.
 */
export async function pageOfBuckets<E extends { id: string }>(
  p: BucketProjection<E>,
  directory: string,
  q: BucketPageQuery<E>,
): Promise<{ entries: E[]; total: number }> {
  const counts = await readDirectory(p, directory);
  const buckets = Object.keys(counts).sort();
  if (q.direction === 'desc') buckets.reverse();
  const countOf = (bucket: string) =>
    q.countKey === undefined ? undefined : (counts[bucket]![q.countKey] ?? 0);
  let total = q.countKey === undefined ? 0 : buckets.reduce((s, b) => s + countOf(b)!, 0);
  let skip = q.skip;
  const entries: E[] = [];
  for (const bucket of buckets) {
    const counted = countOf(bucket);
    if (counted !== undefined) {
      if (entries.length >= q.limit) break;
      if (counted <= skip) {
        skip -= counted;
        continue;
      }
    }
    const kept = (await readBucket(p, directory, bucket)).filter(q.matches).sort(q.compare);
    if (counted === undefined) total += kept.length;
    const from = Math.min(skip, kept.length);
    skip -= from;
    entries.push(...kept.slice(from, from + q.limit - entries.length));
  }
  return { entries, total };
}
