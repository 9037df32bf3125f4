import mongoose from 'mongoose';
import type { Logger } from 'pino';
import { WAITING_STAGES, type Stage } from '../../domain/process/stages';
import { NominationModel } from '../nomination/nominationModel';
import { storedDeskKey } from './deskKey';

/** The day buckets, directories and placements the desk and unit rosters were kept in. */
const PROJECTIONS = /^(desk_days|unit_rosters(_.+)?|projection_placements)$/;

/** Ignores the error a concurrent start-up causes (its code), rethrows any other. */
const unlessCode = (code: number) => (error: { code?: number }) => {
  if (error.code !== code) throw error;
};

/**
 * Whether the build reads the nominations' indexes in order. FerretDB's indexes made before
 * its ordered index expressions (scripts/ferretdb/patches/0005) serve equality only: a sort
 * by an indexed field is then not pushed down, which its explain says. MongoDB's explain has
 * no such field: its indexes are always ordered.
 */
async function indexesReadInOrder(): Promise<boolean> {
  const plan = (await NominationModel.collection
    .find({ updatedAt: { $gte: new Date(0) } })
    .sort({ updatedAt: -1 })
    .limit(1)
    .explain()) as { sortPushdown?: boolean };
  return plan.sortPushdown !== false;
}

/**
 * Brings the desk of a database written before it read `nominations` to today's shape:
 * gives every open nomination its desk key (from its stage, deadline and last step, only
 * where it has none and no step came since: a step sets its own), rebuilds the nominations'
 * indexes where the embedded build made them before they were ordered, creates the ones
 * declared since and drops those no longer declared (as syncIndexes), and drops the
 * projection collections. Each part finds its work done on a second run. Returns what it did.
 */
export async function migrateDesk(
  log: Logger,
): Promise<{ deskKeys: number; indexesRebuilt: boolean; dropped: string[] }> {
  let deskKeys = 0;
  const missing = NominationModel.find(
    { stage: { $in: WAITING_STAGES }, deskKey: { $exists: false } },
    { stage: 1, dueOn: 1, lastSeq: 1, 'history.at': 1 },
  )
    .lean<
      { _id: string; stage: Stage; dueOn?: string; lastSeq: number; history: { at: Date }[] }[]
    >()
    .cursor();
  for await (const doc of missing) {
    const { modifiedCount } = await NominationModel.updateOne(
      { _id: doc._id, lastSeq: doc.lastSeq, deskKey: { $exists: false } },
      { $set: { deskKey: storedDeskKey(doc) } },
    );
    deskKeys += modifiedCount;
  }

  const indexesRebuilt = !(await indexesReadInOrder());
  if (indexesRebuilt) await NominationModel.collection.dropIndexes();
  // syncIndexes, each step tolerating a process starting at the same time (IndexNotFound).
  const { toDrop } = await NominationModel.diffIndexes();
  const removed = toDrop as string[];
  for (const name of removed) {
    await NominationModel.collection.dropIndex(name).catch(unlessCode(27));
  }
  await NominationModel.createIndexes();

  const db = mongoose.connection.db!;
  const dropped = (await db.listCollections({}, { nameOnly: true }).toArray())
    .map((c) => c.name)
    .filter((name) => PROJECTIONS.test(name))
    .sort();
  for (const name of dropped) {
    // A process starting at the same time may have dropped it first (NamespaceNotFound).
    await db.dropCollection(name).catch(unlessCode(26));
  }

  const done = { deskKeys, indexesRebuilt, dropped };
  if (deskKeys > 0 || indexesRebuilt || removed.length > 0 || dropped.length > 0) {
    log.info({ ...done, indexesDropped: removed }, 'desk reads the nominations: migrated');
  }
  return done;
}
