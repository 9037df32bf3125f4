import mongoose from 'mongoose';
import {
  countsOf,
  readAll,
  removeEntry,
  recountDirectory,
  type BucketProjection,
  type Placement,
} from '../../data/desk/bucketProjection';
import { deskPlacement, deskProjection, type DeskSource } from '../../data/desk/deskEntry';
import { rosterPlacement, rosterProjection, type RosterSource } from '../../data/desk/rosterEntry';
import { PROJECTION_SOURCE_FIELDS, syncProjections } from '../../data/desk/syncProjections';
import { NominationModel } from '../../data/nomination/nominationModel';

/** A nomination the projection shows wrongly: absent, in the wrong bucket, out of date, or left over. */
export interface ProjectionDrift {
  projection: string;
  nominationId: string;
  kind: 'missing' | 'misplaced' | 'stale' | 'extra';
}
/** A bucket whose counts in its directory disagree with its entries. */
export interface DirectoryDrift {
  projection: string;
  directory: string;
  bucket: string;
}
export interface ProjectionReport {
  checked: number;
  drift: ProjectionDrift[];
  directories: DirectoryDrift[];
}

type Source = DeskSource & RosterSource;
type Where = { directory: string; bucket: string; entry: unknown };
interface Checked {
  projection: BucketProjection<{ id: string }>;
  placementOf(source: Source): Placement<{ id: string }> | undefined;
}
const CHECKED: Checked[] = [
  { projection: deskProjection, placementOf: deskPlacement },
  { projection: rosterProjection, placementOf: rosterPlacement },
] as never;

/** `bucket:<directory>:<bucket>` (a bucket key may itself hold a colon). */
function parseBucketId(id: string): { directory: string; bucket: string } | undefined {
  const match = /^bucket:([^:]+):(.+)$/.exec(id);
  return match ? { directory: match[1]!, bucket: match[2]! } : undefined;
}

/** Where each projection should place every nomination, from the read model (reads it all). */
async function expectedPlacements(): Promise<{ checked: number; expected: Map<string, Where>[] }> {
  const expected = CHECKED.map(() => new Map<string, Where>());
  let checked = 0;
  let after = '';
  for (;;) {
    const page = (await NominationModel.find({ _id: { $gt: after } }, PROJECTION_SOURCE_FIELDS)
      .sort({ _id: 1 })
      .limit(1000)
      .lean()) as unknown as Source[];
    if (page.length === 0) break;
    after = page[page.length - 1]!._id;
    checked += page.length;
    for (const source of page) {
      CHECKED.forEach((c, i) => {
        const placement = c.placementOf(source);
        if (placement) expected[i]!.set(source._id, placement);
      });
    }
  }
  return { checked, expected };
}

async function storedPlacements(collection: string): Promise<Map<string, string>> {
  const docs = await mongoose.connection
    .db!.collection<{ _id: string; directory: string; bucket: string }>('projection_placements')
    .find({})
    .toArray();
  const prefix = `${collection}:`;
  return new Map(
    docs
      .filter((d) => d._id.startsWith(prefix))
      .map((d) => [d._id.slice(prefix.length), `${d.directory}\n${d.bucket}`]),
  );
}

/**
 * Compares the desk's and the unit rosters' projections with what the read model says they
 * should hold: every nomination in exactly its bucket with its current entry and placement,
 * nothing else, and every directory's counts equal to its buckets' entries.
 */
export async function checkProjections(): Promise<ProjectionReport> {
  const { checked, expected } = await expectedPlacements();
  const drift: ProjectionDrift[] = [];
  const directories: DirectoryDrift[] = [];
  for (const [i, { projection }] of CHECKED.entries()) {
    const want = expected[i]!;
    const found = new Map<string, Where[]>();
    const counted = new Map<string, Record<string, Record<string, number>>>();
    const docs = await readAll(projection);
    for (const doc of docs) {
      if (doc.buckets) counted.set(doc._id.replace(/^directory:/, ''), doc.buckets);
    }
    for (const doc of docs) {
      const at = parseBucketId(doc._id);
      if (!at || !doc.entries) continue;
      for (const entry of doc.entries) {
        found.set(entry.id, [...(found.get(entry.id) ?? []), { ...at, entry }]);
      }
      const counts = counted.get(at.directory)?.[at.bucket];
      if (JSON.stringify(counts) !== JSON.stringify(countsOf(projection, doc.entries))) {
        directories.push({ projection: projection.collection, ...at });
      }
    }
    // Counts of buckets that no longer exist.
    const buckets = new Set(docs.map((d) => d._id));
    for (const [directory, byBucket] of counted) {
      for (const bucket of Object.keys(byBucket)) {
        if (!buckets.has(`bucket:${directory}:${bucket}`)) {
          directories.push({ projection: projection.collection, directory, bucket });
        }
      }
    }
    const placements = projection.movable
      ? await storedPlacements(projection.collection)
      : new Map<string, string>();
    const report = (nominationId: string, kind: ProjectionDrift['kind']) =>
      drift.push({ projection: projection.collection, nominationId, kind });
    for (const [id, where] of want) {
      const at = found.get(id) ?? [];
      const placed = placements.get(id);
      if (at.length === 0) report(id, 'missing');
      else if (
        at.length > 1 ||
        at[0]!.directory !== where.directory ||
        at[0]!.bucket !== where.bucket ||
        (projection.movable && placed !== `${where.directory}\n${where.bucket}`)
      )
        report(id, 'misplaced');
      else if (JSON.stringify(at[0]!.entry) !== JSON.stringify(where.entry)) report(id, 'stale');
    }
    for (const id of new Set([...found.keys(), ...placements.keys()])) {
      if (!want.has(id)) report(id, 'extra');
    }
  }
  return { checked, drift, directories };
}

/**
 * Repairs what `checkProjections` found, with the same locked writes as the live path (safe
 * while the system runs): a drifted nomination is taken out of every bucket it sits in and
 * placed afresh; drifted directory counts are recounted from their buckets.
 */
export async function repairProjections(report: ProjectionReport): Promise<void> {
  const placements = mongoose.connection.db!.collection<{ _id: string }>('projection_placements');
  for (const { projection } of CHECKED) {
    const ids = new Set(
      report.drift.filter((d) => d.projection === projection.collection).map((d) => d.nominationId),
    );
    if (ids.size === 0) continue;
    for (const doc of await readAll(projection)) {
      const at = parseBucketId(doc._id);
      for (const entry of doc.entries ?? []) {
        if (at && ids.has(entry.id))
          await removeEntry(projection, at.directory, at.bucket, entry.id);
      }
    }
    for (const id of ids) await placements.deleteOne({ _id: `${projection.collection}:${id}` });
  }
  for (const id of new Set(report.drift.map((d) => d.nominationId))) await syncProjections(id);
  for (const d of report.directories) {
    const { projection } = CHECKED.find((c) => c.projection.collection === d.projection)!;
    await recountDirectory(projection, d.directory, [d.bucket]);
  }
}
