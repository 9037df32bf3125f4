import {
  bucketId,
  countsOf,
  directoryId,
  type BucketCounts,
  type BucketProjection,
  type Placement,
} from './bucketProjection';

/**
 * The documents a projection holds for the given placements, built in memory: for loading
 * nominations in bulk (a benchmark, an import) instead of placing them one by one. Bucket
 * documents come with the collection each belongs in; directories go in `p.collection`.
 */
export function projectionDocuments<E extends { id: string }>(
  p: BucketProjection<E>,
  placements: Iterable<Placement<E>>,
) {
  const buckets = new Map<string, { directory: string; bucket: string; entries: E[] }>();
  const placementDocs: { _id: string; directory: string; bucket: string }[] = [];
  for (const { directory, bucket, entry } of placements) {
    const _id = bucketId(directory, bucket);
    const found = buckets.get(_id) ?? { directory, bucket, entries: [] };
    found.entries.push(entry);
    buckets.set(_id, found);
    placementDocs.push({ _id: `${p.collection}:${entry.id}`, directory, bucket });
  }
  const directories = new Map<string, Record<string, BucketCounts>>();
  const bucketDocs = [...buckets].map(([_id, { directory, bucket, entries }]) => {
    entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const counts = directories.get(directory) ?? {};
    counts[bucket] = countsOf(p, entries);
    directories.set(directory, counts);
    return { collection: p.bucketCollection(directory, bucket), doc: { _id, entries } };
  });
  const directoryDocs = [...directories].map(([directory, counts]) => ({
    _id: directoryId(directory),
    buckets: counts,
  }));
  return { bucketDocs, directoryDocs, placementDocs: p.movable ? placementDocs : [] };
}
