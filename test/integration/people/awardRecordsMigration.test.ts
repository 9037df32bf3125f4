import { randomBytes } from 'node:crypto';
import mongoose from 'mongoose';
import { connectDatabase, disconnectDatabase } from '../../../data/connection';
import { AwardRecordModel } from '../../../data/history/awardRecordModel';
import { migrateAwardRecords } from '../../../data/history/awardRecordsMigration';
import { capturedLog } from '../../harness/startUpMigrations';

/**
 * A database written while every award record had a copy in `award_shelves` and the records
 * were indexed by `subject, subjectId, year`: start-up drops both, at once from two processes,
 * and finds nothing to do afterwards or on a database that never had them.
 */
describe('the start-up migration of the award records', () => {
  const { log, lines } = capturedLog();
  const db = () => mongoose.connection.db!;
  const collections = async () =>
    (await db().listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name);

  beforeAll(async () => {
    const url = new URL(process.env.TDKT_TEST_MONGODB_URI!);
    url.pathname = `/award_records_migration_${randomBytes(4).toString('hex')}`;
    await connectDatabase(url.toString());
  });
  afterAll(async () => {
    await db().dropDatabase();
    await disconnectDatabase();
  });

  test('shelves and the old index dropped once; a second start does nothing', async () => {
    await db()
      .collection('award_shelves')
      .insertOne({ _id: 'individual:CB-001', records: {} } as never);
    await AwardRecordModel.collection.createIndex({ subject: 1, subjectId: 1, year: -1 });

    const first = await Promise.all([migrateAwardRecords(log), migrateAwardRecords(log)]);
    expect(first.some((done) => done.shelves)).toBe(true);
    expect(first.some((done) => done.oldIndex)).toBe(true);
    expect(lines.filter((l) => (l.level as number) >= 50)).toEqual([]);
    expect(lines.some((l) => l.msg === 'award records: shelves and old index dropped')).toBe(true);
    expect(await collections()).not.toContain('award_shelves');
    expect((await AwardRecordModel.collection.indexes()).map((i) => i.name).sort()).toEqual([
      '_id_',
      'nominationId_1',
      'subjectId_1',
    ]);

    lines.length = 0;
    expect(await migrateAwardRecords(log)).toEqual({ shelves: false, oldIndex: false });
    expect(lines).toEqual([]);
  });

  test('a database that never had them: nothing to do', async () => {
    await AwardRecordModel.collection.drop();
    expect(await migrateAwardRecords(log)).toEqual({ shelves: false, oldIndex: false });
  });
});
