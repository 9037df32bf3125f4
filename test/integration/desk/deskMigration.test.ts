import { addDays, vietnamDateOf } from '../../../domain/calendar';
import { NominationModel } from '../../../data/nomination/nominationModel';
import { seedDemoData } from '../../../scripts/seed/seedDemoData';
import { ApiClient } from '../../harness/apiClient';
import { startUpMigrations } from '../../harness/startUpMigrations';
import { startTestStack, type TestStack } from '../../harness/testStack';
import { db, ids, stored } from './deskListsSetup';

/**
 * A database written while the desk and the unit rosters were projections is brought to the
 * indexed desk at start-up: its open nominations get their desk keys, the projections go,
 * the nominations' indexes become those declared.
 */
describe('the start-up migration to the indexed desk', () => {
  let stack: TestStack;
  let secretariat: ApiClient;
  beforeAll(async () => {
    stack = await startTestStack();
    await seedDemoData();
    secretariat = await ApiClient.signIn(stack.apiUrl, 'thuongtruc');
  });
  afterAll(() => stack.stop());

  test('keys given once, projections dropped, the old desk index gone; a second start does nothing', async () => {
    const today = vietnamDateOf(Date.now());
    for (const [name, doc] of [
      ['desk_days', { _id: 'directory:open', buckets: {} }],
      ['unit_rosters', { _id: 'directory:CU', buckets: {} }],
      ['unit_rosters_CU_2025', { _id: 'bucket:CU:2025-01', entries: [] }],
      ['projection_placements', { _id: 'desk_days:old-due', directory: 'open', bucket: 'x' }],
    ] as const) {
      await db()
        .collection(name)
        .insertOne(doc as never);
    }
    // As the previous version left them: open, with no desk key.
    const legacy = [
      stored('old-waiting', { unitId: 'CU', stage: 'council_vote', stepOn: addDays(today, -9) }),
      stored('old-due', {
        unitId: 'CU',
        stage: 'appraisal',
        dueOn: addDays(today, 3),
        stepOn: addDays(today, -2),
      }),
      stored('old-closed', { unitId: 'CU', stage: 'approved', stepOn: addDays(today, -30) }),
    ].map(({ deskKey: _key, ...doc }) => doc);
    await NominationModel.collection.insertMany(legacy as never[]);
    await NominationModel.collection.createIndex({ unitId: 1, stage: 1, dueAt: 1 });
    expect((await secretariat.get('/api/desk/stalled?unitId=CU')).body.total).toBe(0);

    const first = await startUpMigrations(2);
    const migrated = first.filter((l) => l.msg === 'desk reads the nominations: migrated');
    // Two processes at once: neither step fails on what the other did.
    expect(first.filter((l) => (l.level as number) >= 50)).toEqual([]);
    expect(migrated.reduce((n, l) => n + (l.deskKeys as number), 0)).toBe(2);
    expect(migrated.every((l) => l.indexesRebuilt === false)).toBe(true);
    expect(ids(await secretariat.get('/api/desk/stalled?unitId=CU'))).toEqual([
      'old-due',
      'old-waiting',
    ]);
    const names = (await db().listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name);
    expect(names.filter((n) => /desk_days|unit_rosters|projection_placements/.test(n))).toEqual([]);
    const indexes = (await NominationModel.collection.indexes()).map((i) => i.name);
    expect(indexes).not.toContain('unitId_1_stage_1_dueAt_1');
    expect(indexes).toEqual(expect.arrayContaining(['deskKey_1', 'unitId_1_deskKey_1']));

    const second = await startUpMigrations(1);
    expect(second.filter((l) => l.msg === 'desk reads the nominations: migrated')).toEqual([]);
  });
});
