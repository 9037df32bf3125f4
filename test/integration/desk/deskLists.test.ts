import mongoose from 'mongoose';
import { recordTransition } from '../../../activities/nomination/recordTransition';
import type { Transition } from '../../../activities/nomination/transition';
import {
  CIVIL_SERVICE_CALENDAR,
  addDays,
  addWorkingDays,
  endOfVietnamDate,
  vietnamDateOf,
  type IsoDate,
} from '../../../domain/calendar';
import type { Stage } from '../../../domain/process/stages';
import { NominationModel } from '../../../data/nomination/nominationModel';
import { countReads } from '../../../data/readCounter';
import { repairStatistics } from '../../../data/statistics/recountStatistics';
import { reconcileNominations } from '../../../scripts/reconcile/reconcileNominations';
import { ApiClient, eventually } from '../../harness/apiClient';
import { type TestStack } from '../../harness/testStack';
import {
  system,
  ids,
  stored,
  type Seeded,
  findsDuring,
  planOf,
  startDeskStack,
} from './deskListsSetup';

/**
 * The secretariat's desk, a unit's dossier list and the pipeline are indexed queries on the
 * nominations' read model, through the real workflow, HTTP and database: what they show after
 * each step, their order and paging while nominations move, and that a page reads through an
 * index what it shows, however many other nominations there are.
 * One stack for the three topics below: each reads the nominations the ones before it left.
 */
let stack: TestStack;
let officer: ApiClient;
let head: ApiClient;
let secretariat: ApiClient;
beforeAll(async () => {
  ({ stack, officer, head, secretariat } = await startDeskStack());
});
afterAll(() => stack.stop());

const submitted: string[] = [];

describe('the desk and the dossier lists follow each step', () => {
  test('each step moves a nomination on the desk and in the lists: submitted, accepted, withdrawn', async () => {
    for (const name of ['Lò Văn Púa', 'Hà Thị Mỷ']) {
      const created = await officer.post('/api/nominations', {
        nominee: { kind: 'individual', name },
        awardCode: 'LDTT',
        year: 2025,
        achievements: 'Hoàn thành tốt nhiệm vụ.',
      });
      submitted.push(created.body._id);
    }
    expect((await officer.get('/api/nominations?stage=draft')).body.total).toBe(2);
    // A unit's drafts are neither on the desk nor in the secretariat's list.
    expect((await secretariat.get('/api/desk/stalled')).body.total).toBe(0);
    expect((await secretariat.get('/api/nominations')).body.total).toBe(0);

    for (const id of submitted)
      expect((await head.post(`/api/nominations/${id}/submit`)).status).toBe(202);
    // Submission answers at once; the workflow records the step after.
    const desk = await eventually(
      () => secretariat.get('/api/desk/stalled?unitId=VCSDT'),
      (res) => res.body.total === 2,
    );
    const docs = await NominationModel.find({ _id: { $in: submitted } }).lean();
    const byDue = [...docs]
      .sort((a, b) => a.dueOn!.localeCompare(b.dueOn!) || a._id.localeCompare(b._id))
      .map((d) => d._id);
    expect(ids(desk)).toEqual(byDue);
    expect(desk.body.items[0]).toMatchObject({ stage: 'appraisal', holderRole: 'secretariat' });

    const appraisalDue = docs.find((d) => d._id === submitted[0])!.dueOn;
    expect(
      (await secretariat.post(`/api/nominations/${submitted[0]}/appraisal`, { outcome: 'accept' }))
        .status,
    ).toBe(200);
    const awaiting = await secretariat.get('/api/desk/stalled?stage=awaiting_decision');
    expect(ids(awaiting)).toEqual([submitted[0]]);
    expect(awaiting.body.items[0].dueOn).not.toBe(appraisalDue);
    expect(ids(await secretariat.get('/api/desk/stalled?stage=appraisal'))).toEqual([submitted[1]]);

    expect(
      (
        await head.post(`/api/nominations/${submitted[1]}/withdraw`, {
          reason: 'Đơn vị rút để bổ sung thành tích',
        })
      ).status,
    ).toBe(200);
    expect(ids(await secretariat.get('/api/desk/stalled'))).toEqual([submitted[0]]);
    const units = await secretariat.get('/api/desk/units');
    expect(units.body.items.find((u: { unitId: string }) => u.unitId === 'VCSDT')).toMatchObject({
      open: 1,
      late: 0,
    });
    const pipeline = await secretariat.get('/api/desk/pipeline?year=2025');
    expect(pipeline.body.byStage).toEqual([
      { stage: 'awaiting_decision', label: expect.any(Object), count: 1 },
    ]);
    expect(pipeline.body.closed).toEqual({ awarded: 0, notAwarded: 1, revoked: 0 });
    expect(pipeline.body.byUnit).toEqual([
      { unitId: 'VCSDT', open: 1, byStage: { awaiting_decision: 1 } },
    ]);
    // The unit's list: newest first, stages as they are now.
    const list = await officer.get('/api/nominations');
    expect(list.body.items.map((n: { _id: string; stage: string }) => [n._id, n.stage])).toEqual([
      [submitted[1], 'withdrawn'],
      [submitted[0], 'awaiting_decision'],
    ]);
    expect((await officer.get('/api/nominations?stage=withdrawn&year=2025')).body.total).toBe(1);
    expect(await reconcileNominations(stack.client)).toEqual({ checked: 2, drift: [] });
  });

  test('a retried step changes neither the nomination nor the desk', async () => {
    const doc = (await NominationModel.findById(submitted[0]).lean())!;
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
    const desk = await secretariat.get('/api/desk/stalled');
    await recordTransition(retry);
    expect(await NominationModel.findById(submitted[0]).lean()).toEqual(doc);
    expect((await secretariat.get('/api/desk/stalled')).body).toEqual(desk.body);
  });
});

const today = vietnamDateOf(Date.now());
const day = (n: number) => addWorkingDays(today, n, CIVIL_SERVICE_CALENDAR);
const seeded: (Seeded & { id: string })[] = [
  ...[-7, -3, -3, -1, 0, 2, 2, 2, 5, 9, 14, 30].map((offset, i) => ({
    id: `page-${String(i).padStart(2, '0')}`,
    stage: 'appraisal' as Stage,
    dueOn: day(offset),
    stepOn: day(offset - 10),
  })),
  ...[-12, -4].map((offset, i) => ({
    id: `wait-${i}`,
    stage: 'council_vote' as Stage,
    stepOn: day(offset),
  })),
  { id: 'page-closed', stage: 'approved' as Stage, stepOn: day(-20) },
];
/** Due ones by due date, then the undated by the day of their last step; ids break ties. */
const expected = seeded
  .filter((s) => s.stage !== 'approved')
  .sort(
    (a, b) =>
      Number(!a.dueOn) - Number(!b.dueOn) ||
      (a.dueOn ?? a.stepOn).localeCompare(b.dueOn ?? b.stepOn) ||
      a.id.localeCompare(b.id),
  )
  .map((s) => s.id);

describe('the desk pages in urgency order', () => {
  test('the desk pages in urgency order; late only is a range of it; totals are exact', async () => {
    await NominationModel.collection.insertMany(
      seeded.map((s) => stored(s.id, { ...s, unitId: 'PAGE' })) as never[],
    );
    // Written past the steps: their counts of open ones come from reconcile's repair.
    expect((await repairStatistics()).remaining).toEqual([]);
    const pages: string[] = [];
    let after: string | null = null;
    for (let page = 1; page <= 4; page += 1) {
      const res: { body: { items: { nominationId: string }[]; next: string | null } } =
        await secretariat.get(
          `/api/desk/stalled?unitId=PAGE&pageSize=4&page=${page}${after ? `&after=${after}` : ''}`,
        );
      // The steps' count of the unit's open ones, whatever the page.
      expect(res.body).toMatchObject({ page, total: 14, totalIsLowerBound: false });
      pages.push(...ids(res));
      after = res.body.next;
    }
    expect(pages).toEqual(expected);
    expect(after).toBeNull();
    // The same pages by number.
    const third = await secretariat.get('/api/desk/stalled?unitId=PAGE&pageSize=4&page=3');
    expect(ids(third)).toEqual(expected.slice(8, 12));
    const big = await secretariat.get('/api/desk/stalled?unitId=PAGE&pageSize=5');
    expect(big.body).toMatchObject({ total: 14, totalIsLowerBound: false });
    // By stage and year too, from the same counts.
    for (const [query, total] of [
      ['stage=council_vote', 2],
      ['year=2025', 14],
      ['year=2024', 0],
      ['year=2025&stage=appraisal', 12],
    ] as const) {
      const res = await secretariat.get(`/api/desk/stalled?unitId=PAGE&${query}&pageSize=1`);
      expect([query, res.body.total, res.body.totalIsLowerBound]).toEqual([query, total, false]);
    }

    const bkbo = await secretariat.get('/api/desk/stalled?unitId=PAGE&awardCode=BKBO');
    expect(ids(bkbo)).toEqual(expected.filter((id) => /[13]$/.test(id)));
    const late = await secretariat.get('/api/desk/stalled?unitId=PAGE&risk=late');
    expect(ids(late)).toEqual(expected.slice(0, 4));
    expect(late.body.items[0]).toMatchObject({ risk: 'late', workingDaysLeft: -7 });
    expect(late.body.total).toBe(4);
    // Counted in the database, not three pages ahead: exact whatever the page size.
    const lateByOne = await secretariat.get('/api/desk/stalled?unitId=PAGE&risk=late&pageSize=1');
    expect(lateByOne.body).toMatchObject({ total: 4, totalIsLowerBound: false });
    const units = await secretariat.get('/api/desk/units');
    expect(units.body.items.find((u: { unitId: string }) => u.unitId === 'PAGE')).toBeUndefined();
    const risky = await secretariat.get('/api/desk/stalled?unitId=PAGE&risk=at_risk&pageSize=3');
    // Late ones, then those projected late, in due order; undated ones are never at risk.
    expect(ids(risky)).toEqual(expected.slice(0, 3));
    expect(risky.body.items.every((r: { risk: string }) => r.risk !== 'on_track')).toBe(true);
  });

  test('paging by the cursor lists every nomination that stays put once, while others move', async () => {
    const first = await secretariat.get('/api/desk/stalled?unitId=PAGE&pageSize=4');
    expect(ids(first)).toEqual(expected.slice(0, 4));
    // Meanwhile: one shown leaves the desk, one not yet shown moves to a later date, one
    // arrives before the cursor and one after it.
    const step = async (id: string, seq: number, stage: Stage, dueOn?: IsoDate) =>
      recordTransition({
        nominationId: id,
        seq,
        stage,
        action: 'step',
        actor: system,
        at: new Date().toISOString(),
        ...(stage !== 'approved' && {
          holder: {
            role: 'secretariat',
            ...(dueOn && { dueOn, dueAt: new Date(endOfVietnamDate(dueOn)).toISOString() }),
          },
        }),
      });
    const shown = expected[1]!;
    const later = expected[5]!;
    await step(shown, 2, 'approved');
    await step(later, 2, 'appraisal', day(20));
    await NominationModel.collection.insertMany(
      [
        ['page-early', day(-30)],
        ['page-new', day(3)],
      ].map(([id, dueOn]) =>
        stored(id!, {
          unitId: 'PAGE',
          stage: 'appraisal',
          dueOn: dueOn as IsoDate,
          stepOn: day(-40),
        }),
      ) as never[],
    );

    const rest: string[] = [];
    for (let after = first.body.next as string | null, page = 2; after; page += 1) {
      const res = await secretariat.get(
        `/api/desk/stalled?unitId=PAGE&pageSize=4&page=${page}&after=${after}`,
      );
      rest.push(...ids(res));
      after = res.body.next;
    }
    // Every row after the cursor, once, where it is now: the moved one at its new date, the
    // one due on day 3 among them; not the one that left, nor the one that came before.
    expect(shown).toBe('page-01');
    expect(later).toBe('page-05');
    expect(rest).toEqual([
      'page-04',
      'page-06',
      'page-07',
      'page-new',
      'page-08',
      'page-09',
      'page-10',
      'page-05',
      'page-11',
      'wait-0',
      'wait-1',
    ]);
  });
});

describe('the desk and the dossier lists read nominations by index', () => {
  test('a page reads through an index what it shows, whatever else the collection holds', async () => {
    const counter = countReads(mongoose.connection.getClient());
    const pages: [ApiClient, string][] = [
      [secretariat, '/api/desk/stalled?pageSize=5'],
      [secretariat, '/api/desk/stalled?unitId=PAGE&pageSize=3&page=2&after=due:0'],
      [secretariat, '/api/desk/stalled?risk=late&pageSize=2'],
      [officer, '/api/nominations?pageSize=1'],
      [secretariat, '/api/nominations?pageSize=2&sort=-updatedAt'],
      // What awaits the secretariat, on its home page: open ones it holds, in the desk's order.
      [secretariat, '/api/inbox?awaitingPageSize=2&pageSize=1'],
    ];
    /** Queries and documents returned for each page, and how the server ran its finds. */
    const reads = async () => {
      const found = [];
      for (const [client, path] of pages) {
        counter.reset();
        const finds = await findsDuring(async () =>
          expect((await client.get(path)).status).toBe(200),
        );
        const { commands, returned } = counter.snapshot().nominations!;
        found.push({ path, commands, returned, plans: await Promise.all(finds.map(planOf)) });
      }
      return found;
    };
    try {
      // The stage durations the desk judges risk by are read once in five minutes: now.
      await secretariat.get('/api/desk/stalled?pageSize=1');
      const before = await reads();
      for (const { path, returned, plans } of before) {
        expect([path, returned > 0]).toEqual([path, true]);
        expect(plans).not.toHaveLength(0);
        for (const plan of plans) {
          expect(plan).toEqual({
            filterPushdown: true,
            sortPushdown: true,
            scansTable: false,
            searchesIndex: true,
          });
        }
      }
      // 500 nominations of another unit and year: closed, and open ones due after every
      // nomination above. Every page reads as much as before.
      await NominationModel.collection.insertMany(
        Array.from({ length: 500 }, (_, i) =>
          stored(`other-${String(i).padStart(3, '0')}`, {
            unitId: 'KHAC',
            year: 2019,
            stage: i % 2 ? 'approved' : 'appraisal',
            dueOn: i % 2 ? undefined : addDays(today, 400),
            stepOn: addDays(today, -400),
          }),
        ) as never[],
      );
      expect(await reads()).toEqual(before);
    } finally {
      counter.stop();
    }
  });

  test('the pipeline reads no nomination: a small summary document per unit, kept by the steps', async () => {
    const counter = countReads(mongoose.connection.getClient());
    try {
      for (const path of ['/api/desk/pipeline', '/api/desk/pipeline?year=2025']) {
        // Durations are read once in five minutes; then only the units' pipeline documents.
        await secretariat.get(path);
        counter.reset();
        const pipeline = await secretariat.get(path);
        expect(pipeline.status).toBe(200);
        const reads = counter.snapshot();
        expect([path, reads.nominations]).toEqual([path, undefined]);
        expect(reads.statistics_summaries!.commands).toBe(1);
        const units = await NominationModel.distinct('unitId', { stage: { $ne: 'draft' } });
        expect(reads.statistics_summaries!.returned).toBeLessThanOrEqual(units.length);
        expect(pipeline.body.byUnit.length).toBeGreaterThan(0);
      }
    } finally {
      counter.stop();
    }
  });
});
