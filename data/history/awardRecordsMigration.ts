import mongoose from 'mongoose';
import type { Logger } from 'pino';
import { AwardRecordModel } from './awardRecordModel';

/** What earlier versions kept beside the award records and nothing reads any more. */
const SHELVES = 'award_shelves';
const OLD_INDEX = 'subject_1_subjectId_1_year_-1';

/** Ignores the error a process starting at the same time causes (its code), rethrows any other. */
const unlessCode = (code: number) => (error: { code?: number }) => {
  if (error.code !== code) throw error;
};

/**
 * Earlier versions copied every award record into one document per subject (`award_shelves`),
 * because the embedded build read the whole of `award_records` for any filter but `_id`, and
 * indexed the records by `subject, subjectId, year`. The history now reads the records by
 * their `subjectId` index (which autoIndex builds): the copy and the old index go. A second
 * run finds nothing to do. Returns what this run dropped.
 */
export async function migrateAwardRecords(
  log: Logger,
): Promise<{ shelves: boolean; oldIndex: boolean }> {
  const db = mongoose.connection.db!;
  const [shelves] = await db.listCollections({ name: SHELVES }, { nameOnly: true }).toArray();
  // NamespaceNotFound (26): a process starting at the same time dropped it first.
  if (shelves) await db.dropCollection(SHELVES).catch(unlessCode(26));

  // NamespaceNotFound: no award records yet.
  const indexes = (await AwardRecordModel.collection.indexes().catch(unlessCode(26))) ?? [];
  const oldIndex = indexes.some((index) => index.name === OLD_INDEX);
  // IndexNotFound (27): a process starting at the same time dropped it first.
  if (oldIndex) await AwardRecordModel.collection.dropIndex(OLD_INDEX).catch(unlessCode(27));

  const done = { shelves: Boolean(shelves), oldIndex };
  if (done.shelves || done.oldIndex) log.info(done, 'award records: shelves and old index dropped');
  return done;
}
