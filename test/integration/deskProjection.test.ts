import mongoose from 'mongoose';
import { recordTransition } from '../../activities/nomination/recordTransition';
import type { Transition } from '../../activities/nomination/transition';
import {
  CIVIL_SERVICE_CALENDAR,
  addWorkingDays,
  endOfVietnamDate,
  vietnamDateOf,
  type IsoDate,
} from '../../domain/calendar';
import { connectDatabase, disconnectDatabase } from '../../data/connection';
import { syncProjections } from '../../data/desk/syncProjections';
import { NominationModel } from '../../data/nomination/nominationModel';
import { countReads } from '../../data/readCounter';
import { checkProjections, repairProjections } from '../../scripts/reconcile/reconcileProjections';
import { seedDemoData } from '../../scripts/seed/seedDemoData';
import { ApiClient, eventually } from '../harness/apiClient';
import { startTestStack, type TestStack } from '../harness/testStack';

const system = { userId: 'system', name: 'Hệ thống', role: 'system' as const };
const db = () => mongoose.connection.db!;

/** Every projection document, for before/after comparisons. */
async function snapshot() {
  const names = (await db().listCollections({}, { nameOnly: true }).toArray())
    .map((c) => c.name)
    .filter((n) => /^(desk_days|unit_rosters|projection_placements)/.test(n))
    .sort();
  return JSON.stringify(
    await Promise.all(names.map((c) => db().collection(c).find({}).sort({ _id: 1 }).toArray())),
  );
}

/** The desk buckets holding `id` (there must be at most one). */
async function deskBucketsOf(id: string): Promise<string[]> {
  const docs = await db()
    .collection<{ _id: string; entries?: { id: string }[] }>('desk_days')
    .find({})
    .toArray();
  return docs.filter((d) => d.entries?.some((e) => e.id === id)).map((d) => d._id);
}

/**
 * The `_id`-addressable projections (data/desk) through the real workflow, HTTP and
 * database: the desk's day buckets, the units' rosters, their repair, and that a page reads
 * by `_id` only.
 */
describe('the desk and unit roster projections', () => {
  let stack: TestStack;
  let officer: ApiClient;
  let head: ApiClient;
  let secretariat: ApiClient;

  beforeAll(async () => {
    stack = await startTestStack();
    // Reconnected with command monitoring, so reads can be counted (the worker shares it).
    await disconnectDatabase();
    await connectDatabase(`${stack.databaseUri}?monitorCommands=true`);
    await seedDemoData();
    [officer, head, secretariat] = await Promise.all(
      ['canbo.vcsdt', 'vutruong.vcsdt', 'thuongtruc'].map((u) => ApiClient.signIn(stack.apiUrl, u)),
    );
  });
  afterAll(() => stack.stop());

  const ids: string[] = [];

  test('a nomination moving stages moves buckets; withdrawal takes it off the desk; the roster follows', async () => {
    for (const name of ['Lò Văn Púa', 'Hà Thị Mỷ']) {
      const created = await officer.post('/api/nominations', {
        nominee: { kind: 'individual', name },
        awardCode: 'LDTT',
        year: 2025,
        achievements: 'Hoàn thành tốt nhiệm vụ.',
      });
      ids.push(created.body._id);
    }
    const drafts = await officer.get('/api/nominations?stage=draft');
    expect(drafts.body.total).toBe(2);
    expect(await deskBucketsOf(ids[0]!)).toEqual([]);

    for (const id of ids)
      expect((await head.post(`/api/nominations/${id}/submit`)).status).toBe(202);
    for (const id of ids) {
      // Submission answers at once; the workflow records the step (and the desk) after.
      const doc = await eventually(
        () => NominationModel.findById(id).lean(),
        (d) => d?.stage === 'appraisal' && !!d.dueOn,
      );
      await eventually(
        () => deskBucketsOf(id),
        (buckets) => buckets.length > 0,
      );
      expect(await deskBucketsOf(id)).toEqual([`bucket:open:due:${doc!.dueOn}`]);
    }
    const appraisalDue = (await NominationModel.findById(ids[0]).lean())!.dueOn;

    const accepted = await secretariat.post(`/api/nominations/${ids[0]}/appraisal`, {
      outcome: 'accept',
    });
    expect(accepted.status).toBe(200);
    const moved = (await NominationModel.findById(ids[0]).lean())!;
    expect(moved.stage).toBe('awaiting_decision');
    expect(moved.dueOn).not.toBe(appraisalDue);
    expect(await deskBucketsOf(ids[0]!)).toEqual([`bucket:open:due:${moved.dueOn}`]);
    const awaiting = await secretariat.get('/api/desk/stalled?stage=awaiting_decision');
    expect(awaiting.body.items.map((r: { nominationId: string }) => r.nominationId)).toEqual([
      ids[0],
    ]);
    expect(awaiting.body.total).toBe(1);

    const withdrawn = await head.post(`/api/nominations/${ids[1]}/withdraw`, {
      reason: 'Đơn vị rút để bổ sung thành tích',
    });
    expect(withdrawn.status).toBe(200);
    expect(await deskBucketsOf(ids[1]!)).toEqual([]);
    expect((await secretariat.get('/api/desk/stalled')).body.total).toBe(1);
    const units = await secretariat.get('/api/desk/units');
    expect(units.body.items.find((u: { unitId: string }) => u.unitId === 'VCSDT')).toMatchObject({
      open: 1,
      late: 0,
    });
    // The unit's list: newest first, stages as they are now.
    const list = await officer.get('/api/nominations');
    expect(list.body.items.map((n: { _id: string; stage: string }) => [n._id, n.stage])).toEqual([
      [ids[1], 'withdrawn'],
      [ids[0], 'awaiting_decision'],
    ]);
    expect((await officer.get('/api/nominations?stage=withdrawn&year=2025')).body.total).toBe(1);
    expect(await checkProjections()).toMatchObject({ drift: [], directories: [] });
  });

  test('a retried recordTransition or a repeated sync changes nothing', async () => {
    const doc = (await NominationModel.findById(ids[0]).lean())!;
    const last = doc.history.at(-1)!;
    const retry: Transition = {
      nominationId: doc._id,
      seq: last.seq,
      stage: last.stage,
      action: last.action,
      actor: last.actor as Transition['actor'],
      at: last.at.toISOString(),
      holder: { role: 'secretariat', dueAt: doc.dueAt!.toISOString(), dueOn: doc.dueOn! },
    };
    const before = await snapshot();
    await recordTransition(retry);
    await syncProjections(doc._id);
    expect(await snapshot()).toBe(before);
  });

  test('a move cut short by a crash is finished by the next sync, wherever the entry was left', async () => {
    const id = ids[0]!;
    const [bucket] = await deskBucketsOf(id);
    const entry = (await db()
      .collection('desk_days')
      .findOne({ _id: bucket as never }))!.entries.find((e: { id: string }) => e.id === id);
    // As a worker killed mid-move leaves it: the placement names the new bucket and the
    // one being left, and the entry is still in the old one too.
    const left = 'bucket:open:due:2020-01-06';
    await db()
      .collection('desk_days')
      .insertOne({ _id: left as never, entries: [entry] });
    await db()
      .collection('projection_placements')
      .updateOne(
        { _id: `desk_days:${id}` as never },
        { $set: { leaving: [{ directory: 'open', bucket: 'due:2020-01-06' }] } },
      );
    await syncProjections(id);
    expect(await deskBucketsOf(id)).toEqual([bucket]);
    expect(
      await db()
        .collection('projection_placements')
        .findOne({ _id: `desk_days:${id}` as never }),
    ).not.toHaveProperty('leaving');
    expect(await checkProjections()).toMatchObject({ drift: [], directories: [] });
  });

  test('the stalled list pages in urgency order: by due date, then the undated, longest waiting first', async () => {
    const today = vietnamDateOf(Date.now());
    const day = (n: number) => addWorkingDays(today, n, CIVIL_SERVICE_CALENDAR);
    const seeded: { id: string; stage: string; enteredOn: IsoDate; dueOn?: IsoDate }[] = [
      ...[-7, -3, -3, -1, 0, 2, 2, 2, 5, 9, 14, 30].map((offset, i) => ({
        id: `page-${String(i).padStart(2, '0')}`,
        stage: 'appraisal',
        dueOn: day(offset),
        enteredOn: day(offset - 10),
      })),
      ...[-12, -4].map((offset, i) => ({
        id: `wait-${i}`,
        stage: 'council_vote',
        enteredOn: day(offset),
      })),
      { id: 'page-closed', stage: 'approved', enteredOn: day(-20) },
    ];
    await NominationModel.collection.insertMany(
      seeded.map((s, i) => ({
        _id: s.id as never,
        unitId: 'PAGE',
        nominee: { kind: 'individual', name: `Nguyễn Văn ${i}` },
        awardCode: i % 2 ? 'BKBO' : 'LDTT',
        kind: 'merit',
        year: 2025,
        achievements: '…',
        stage: s.stage,
        createdBy: system,
        holderRole: s.stage === 'approved' ? undefined : 'secretariat',
        ...(s.dueOn && { dueOn: s.dueOn, dueAt: new Date(endOfVietnamDate(s.dueOn as IsoDate)) }),
        alerts: [],
        lastSeq: 1,
        history: [
          {
            seq: 1,
            at: new Date(endOfVietnamDate(s.enteredOn) - 20 * 3600_000),
            action: 'step',
            stage: s.stage,
            actor: system,
          },
        ],
        createdAt: new Date(),
      })),
    );
    for (const s of seeded) await syncProjections(s.id);

    const expected = seeded
      .filter((s) => s.stage !== 'approved')
      .sort(
        (a, b) =>
          Number(!a.dueOn) - Number(!b.dueOn) ||
          (a.dueOn ?? a.enteredOn).localeCompare(b.dueOn ?? b.enteredOn) ||
          a.id.localeCompare(b.id),
      )
      .map((s) => s.id);
    const pages: string[] = [];
    for (let page = 1; page <= 4; page += 1) {
      const res = await secretariat.get(`/api/desk/stalled?unitId=PAGE&pageSize=4&page=${page}`);
      expect(res.body.total).toBe(14);
      pages.push(...res.body.items.map((r: { nominationId: string }) => r.nominationId));
    }
    expect(pages).toEqual(expected);
    // Two filters have no count of their own: their total is counted from the buckets.
    const two = await secretariat.get('/api/desk/stalled?unitId=PAGE&awardCode=BKBO&pageSize=2');
    expect(two.body.total).toBe(seeded.filter((s, i) => i % 2 && s.stage !== 'approved').length);
    expect(two.body.items).toHaveLength(2);
    const late = await secretariat.get('/api/desk/stalled?unitId=PAGE&risk=late');
    expect(late.body.items.map((r: { nominationId: string }) => r.nominationId)).toEqual(
      expected.slice(0, 4),
    );
    expect(late.body.items[0]).toMatchObject({ risk: 'late', workingDaysLeft: -7 });
  });

  test('a page reads its projection by _id only and never the nominations, however many there are', async () => {
    const counter = countReads(mongoose.connection.getClient());
    /** Lookups of the projection's collections by `_id`; fails on any other read of them. */
    const reads = async (client: ApiClient, path: string, projection: string) => {
      counter.reset();
      expect((await client.get(path)).status).toBe(200);
      const all = Object.entries(counter.snapshot());
      expect(all.map(([collection]) => collection)).not.toContain('nominations');
      const own = all.filter(([collection]) => collection.startsWith(projection));
      expect(own.map(([collection, r]) => [collection, r.scans, r.scanFilters])).toEqual(
        own.map(([collection]) => [collection, 0, []]),
      );
      return own.reduce((sum, [, r]) => sum + r.idLookups, 0);
    };
    try {
      const pages = [
        [secretariat, '/api/desk/stalled?pageSize=5', 'desk_days', 5],
        [secretariat, '/api/desk/stalled?unitId=PAGE&pageSize=5&page=2', 'desk_days', 5],
        [officer, '/api/nominations?pageSize=1', 'unit_rosters', 1],
      ] as const;
      const before = [];
      for (const [client, path, projection, pageSize] of pages) {
        const lookups = await reads(client, path, projection);
        // The directory and at most a bucket per row shown.
        expect(lookups).toBeGreaterThanOrEqual(2);
        expect(lookups).toBeLessThanOrEqual(1 + pageSize);
        before.push(lookups);
      }
      // Many more closed nominations, on the unit's roster too: the same pages read as much.
      const old = Array.from({ length: 120 }, (_, i) => `old-${String(i).padStart(3, '0')}`);
      await NominationModel.collection.insertMany(
        old.map((id) => ({
          _id: id as never,
          unitId: 'VCSDT',
          nominee: { kind: 'individual', name: 'Nguyễn Văn Cũ' },
          stage: 'approved',
          year: 2020,
          awardCode: 'LDTT',
          history: [],
          createdAt: new Date('2020-03-01'),
        })),
      );
      for (const id of old) await syncProjections(id);
      for (const [i, [client, path, projection]] of pages.entries()) {
        expect(await reads(client, path, projection)).toBe(before[i]);
      }
    } finally {
      counter.stop();
    }
  });

  test('reconciliation reports each kind of projection drift and repairs it', async () => {
    const desk = db().collection<{ _id: string; entries: { id: string; stage: string }[] }>(
      'desk_days',
    );
    const [late] = await deskBucketsOf('page-00');
    const [soon] = await deskBucketsOf('page-09');
    // Lost: page-00 taken out of its bucket. Stale: page-09's entry shows an old stage.
    const lost = (await desk.findOne({ _id: late! }))!.entries;
    await desk.replaceOne({ _id: late! }, { entries: lost.filter((e) => e.id !== 'page-00') });
    // Left over: the closed nomination put back on the desk.
    const { entries } = (await desk.findOne({ _id: soon! }))!;
    await desk.replaceOne(
      { _id: soon! },
      {
        entries: [
          ...entries.map((e) => (e.id === 'page-09' ? { ...e, stage: 'returned' } : e)),
          { id: 'page-closed', stage: 'appraisal' },
        ],
      },
    );
    const report = await checkProjections();
    expect(
      report.drift.map((d) => [d.nominationId, d.kind]).sort((a, b) => a[0]!.localeCompare(b[0]!)),
    ).toEqual([
      ['page-00', 'missing'],
      ['page-09', 'stale'],
      ['page-closed', 'extra'],
    ]);
    expect(report.directories.map((d) => d.bucket).sort()).toEqual(
      [late, soon].map((b) => b!.replace('bucket:open:', '')).sort(),
    );

    await repairProjections(report);
    expect(await checkProjections()).toMatchObject({ drift: [], directories: [] });
    const first = await secretariat.get('/api/desk/stalled?unitId=PAGE&pageSize=1');
    expect(first.body.items[0].nominationId).toBe('page-00');
  });
});
