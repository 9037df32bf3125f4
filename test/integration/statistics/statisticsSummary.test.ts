import fc from 'fast-check';
import pino from 'pino';
import { recordTransition } from '../../../activities/nomination/recordTransition';
import type { Transition } from '../../../activities/nomination/transition';
import { DIMENSIONS, StatisticsService } from '../../../api/statistics/statisticsService';
import { getAwardDefinition } from '../../../domain/catalogue/awards';
import { isAwardCode } from '../../../domain/catalogue/awardCodes';
import { ethnicGroupByCode } from '../../../domain/people/ethnicGroups';
import type { Actor } from '../../../domain/process/roles';
import type { Stage } from '../../../domain/process/stages';
import { PersonModel } from '../../../data/history/personModel';
import { NominationModel } from '../../../data/nomination/nominationModel';
import {
  BUILD,
  StatisticsBuildModel,
  buildStatisticsSummaries,
} from '../../../data/statistics/buildStatisticsSummaries';
import { checkStatistics, repairStatistics } from '../../../data/statistics/recountStatistics';
import { StatisticsSummaryModel } from '../../../data/statistics/statisticsSummaryModel';
import {
  emptyPipelineCounts,
  readPipelineCounts,
  type PipelineCounts,
} from '../../../data/statistics/pipelinePosition';
import { vietnamDateOf, type IsoDate } from '../../../domain/calendar';
import { weekStart } from '../../../domain/desk/projection';
import { startTestStack, type TestStack } from '../../harness/testStack';

const secretariat: Actor = { userId: 'tt', name: 'Thường trực', role: 'secretariat' };
const log = pino({ level: process.env.TDKT_TEST_LOG_LEVEL ?? 'silent' });
const statistics = new StatisticsService();

const PEOPLE = [
  { _id: 'SP-1', gender: 'female', ethnicityCode: '03' },
  { _id: 'SP-2', gender: 'male', ethnicityCode: '06' },
  { _id: 'SP-3', gender: 'female', ethnicityCode: '01' },
];

/**
 * The breakdown as it was computed before the summaries (every nomination of the year, its
 * person read at the time), kept here as the oracle the summaries must agree with.
 */
async function breakdownFromRecords(year: number) {
  const nominations = await NominationModel.find({ year, stage: { $ne: 'draft' } }).lean();
  const people = new Map(
    (await PersonModel.find({}, { gender: 1, ethnicityCode: 1 }).lean()).map((p) => [p._id, p]),
  );
  const tables = Object.fromEntries(DIMENSIONS.map((d) => [d, new Map<string, any>()]));
  const add = (dimension: string, key: string, label: string, stage: Stage) => {
    const outcome =
      stage === 'approved'
        ? 'awarded'
        : stage === 'revoked'
          ? 'revoked'
          : ['rejected', 'withdrawn', 'cancelled'].includes(stage)
            ? 'notAwarded'
            : 'inProgress';
    const row = tables[dimension]!.get(key) ?? {
      key,
      label,
      nominated: 0,
      awarded: 0,
      notAwarded: 0,
      inProgress: 0,
      revoked: 0,
    };
    row.nominated += 1;
    row[outcome] += 1;
    tables[dimension]!.set(key, row);
  };
  const kinds: Record<string, string> = { merit: 'Thường xuyên (công trạng)', ad_hoc: 'Đột xuất' };
  for (const n of nominations) {
    add('unit', n.unitId, n.unitId, n.stage);
    add(
      'award',
      n.awardCode,
      isAwardCode(n.awardCode) ? getAwardDefinition(n.awardCode).name.vi : n.awardCode,
      n.stage,
    );
    add('kind', n.kind, kinds[n.kind]!, n.stage);
    if (n.nominee.kind === 'collective') {
      add('gender', 'collective', 'Tập thể', n.stage);
      add('ethnicity', 'collective', 'Tập thể', n.stage);
      continue;
    }
    const person = n.nominee.personId ? people.get(n.nominee.personId) : undefined;
    add(
      'gender',
      person?.gender ?? 'unknown',
      person ? { female: 'Nữ', male: 'Nam' }[person.gender]! : 'Chưa có hồ sơ cá nhân',
      n.stage,
    );
    const group = person ? ethnicGroupByCode(person.ethnicityCode) : undefined;
    add('ethnicity', group?.code ?? 'unknown', group?.vi ?? 'Chưa có hồ sơ cá nhân', n.stage);
  }
  return Object.fromEntries(
    DIMENSIONS.map((d) => [
      d,
      [...tables[d]!.values()].sort(
        (a, b) => b.nominated - a.nominated || a.key.localeCompare(b.key),
      ),
    ]),
  );
}

/** The pipeline's counts as plain, sorted data. */
function shown(counts: PipelineCounts) {
  const sorted = (map: Map<string, number>) =>
    Object.fromEntries([...map].filter(([, n]) => n !== 0).sort(([a], [b]) => a.localeCompare(b)));
  return {
    open: Object.fromEntries(
      [...counts.open].sort(([a], [b]) => a.localeCompare(b)).map(([u, m]) => [u, sorted(m)]),
    ),
    received: sorted(counts.received),
    approved: sorted(counts.approved),
    closedOtherwise: sorted(counts.closedOtherwise),
    outcome: counts.outcome,
  };
}

/** The pipeline as reading every nomination of the year gives it: the oracle for its counts. */
async function pipelineFromRecords(year: number) {
  const nominations = await NominationModel.find({ year, stage: { $ne: 'draft' } }).lean();
  const counts = emptyPipelineCounts();
  const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  const final = ['approved', 'rejected', 'withdrawn', 'cancelled', 'revoked'];
  for (const n of nominations) {
    if (!final.includes(n.stage)) {
      const unit = counts.open.get(n.unitId) ?? new Map();
      counts.open.set(n.unitId, unit);
      add(unit, n.stage);
    }
    if (n.receivedOn) add(counts.received, weekStart(n.receivedOn as IsoDate));
    const closing = [...n.history]
      .sort((a, b) => a.seq - b.seq)
      .find((h) => final.includes(h.stage));
    if (closing && n.stage !== 'revoked') {
      const week = weekStart(vietnamDateOf(closing.at.getTime()));
      add(n.stage === 'approved' ? counts.approved : counts.closedOtherwise, week);
    }
    if (n.stage === 'approved') counts.outcome.awarded += 1;
    else if (n.stage === 'revoked') counts.outcome.revoked += 1;
    else if (final.includes(n.stage)) counts.outcome.notAwarded += 1;
  }
  return shown(counts);
}

/** Journeys a nomination may take (domain.md §7), as the stages its steps record. */
const PATHS: Record<string, Stage[]> = {
  waiting: ['appraisal'],
  rejected: ['appraisal', 'appraisal', 'rejected'],
  withdrawn: ['appraisal', 'withdrawn'],
  resubmitted: ['appraisal', 'returned', 'appraisal', 'council_review'],
  approved: [
    'appraisal',
    'council_review',
    'council_vote',
    'awaiting_decision',
    'minister_decision',
    'approved',
  ],
  revoked: ['appraisal', 'awaiting_decision', 'minister_decision', 'approved', 'revoked'],
  upward: ['appraisal', 'minister_decision', 'forwarded', 'rejected'],
};

const nominee = fc.oneof(
  fc.constant({ kind: 'collective' as const }),
  fc.constantFrom('SP-1', 'SP-2', 'SP-3', 'SP-MISSING', undefined).map((personId) => ({
    kind: 'individual' as const,
    personId,
  })),
);
const journey = fc.record({
  unitId: fc.constantFrom('SU-1', 'SU-2', 'SU-3'),
  awardCode: fc.constantFrom('LDTT', 'CSTDCS', 'BKBO'),
  kind: fc.constantFrom('merit', 'ad_hoc'),
  nominee,
  path: fc.constantFrom(...Object.keys(PATHS)),
  // What the unit changes while the dossier is returned, before resubmitting it.
  edit: fc.record({
    nextYear: fc.boolean(),
    awardCode: fc.constantFrom('LDTT', 'CSTDCS', 'BKBO'),
    nominee,
  }),
  // How many times each step is recorded (Temporal's retries), and whether all at once.
  attempts: fc.integer({ min: 1, max: 3 }),
  together: fc.boolean(),
});

// One stack for the file: the later describes read the summaries the first one kept.
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
  await PersonModel.create(
    PEOPLE.map((p) => ({
      ...p,
      fullName: p._id,
      unitId: 'SU-1',
      recruitmentDate: '2010-01-01',
    })) as never[],
  );
});
afterAll(() => stack.stop());

let run = 0;
/** The years the journeys below were counted in. */
const years: number[] = [];

describe('statistics summaries (real database): kept by the steps, rebuilt by reconcile', () => {
  test('kept step by step, retried and interleaved, they give what reading every nomination gave (statistics and pipeline)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(journey, { minLength: 1, maxLength: 6 }),
        fc.array(fc.nat(), { minLength: 40, maxLength: 40 }),
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 40, maxLength: 40 }),
        async (journeys, order, gaps) => {
          const year = 2300 + run * 2;
          years.push(year, year + 1);
          const prefix = `st${++run}`;
          const steps = journeys.map((j, i) => ({ j, id: `${prefix}-${i}`, seq: 0 }));
          for (const { j, id } of steps) {
            await NominationModel.create({
              _id: id,
              unitId: j.unitId,
              nominee: { ...j.nominee, name: 'Người được đề nghị' },
              awardCode: j.awardCode,
              kind: j.kind,
              year,
              achievements: '…',
              stage: 'draft',
              createdBy: secretariat,
            });
          }
          // Steps of different nominations interleave; each nomination's stay in order. They
          // are days apart, so that the pipeline's weeks differ.
          let day = Date.UTC(year, 0, 5);
          let pick = 0;
          for (;;) {
            const open = steps.filter((s) => s.seq < PATHS[s.j.path]!.length);
            if (open.length === 0) break;
            const next = open[order[pick % order.length]! % open.length]!;
            day += gaps[pick++ % gaps.length]! * 86_400_000;
            const stage = PATHS[next.j.path]![next.seq]!;
            next.seq += 1;
            if (next.j.path === 'resubmitted' && next.seq === 3) {
              // The unit edits the returned dossier, then resubmits it.
              await NominationModel.updateOne(
                { _id: next.id },
                {
                  $set: {
                    year: next.j.edit.nextYear ? year + 1 : year,
                    awardCode: next.j.edit.awardCode,
                    nominee: { ...next.j.edit.nominee, name: 'Người được đề nghị' },
                  },
                },
              );
            }
            const at = new Date(day);
            const transition: Transition = {
              nominationId: next.id,
              seq: next.seq,
              stage,
              action: stage,
              actor: secretariat,
              at: at.toISOString(),
              ...(next.seq === 1 && { facts: { receivedOn: vietnamDateOf(at.getTime()) } }),
            };
            const attempts = Array.from({ length: next.j.attempts }, () => transition);
            if (next.j.together) await Promise.all(attempts.map(recordTransition));
            else for (const attempt of attempts) await recordTransition(attempt);
          }
          for (const y of [year, year + 1]) {
            expect(await statistics.breakdown(secretariat, y)).toEqual(
              await breakdownFromRecords(y),
            );
            expect(shown(await readPipelineCounts(y))).toEqual(await pipelineFromRecords(y));
          }
        },
      ),
      { numRuns: 12 },
    );
    expect(await checkStatistics()).toMatchObject({ nominations: [], summaries: [] });
  });

  test("reconcile finds a unit's pipeline document changed or lost past the steps, and rebuilds it", async () => {
    // A unit's pipeline document changed past the steps, another lost: found, then rebuilt.
    const [changed, lost] = ['SU-1', 'SU-2'].map((unit) => `pipeline:${unit}`);
    const year = years[0]!;
    await StatisticsSummaryModel.updateOne(
      { _id: changed },
      { $inc: { [`y.${year}.open.appraisal`]: 3 } },
    );
    expect((await StatisticsSummaryModel.deleteOne({ _id: lost })).deletedCount).toBe(1);
    const found = (await checkStatistics()).summaries.map((d) => d.summaryId);
    expect(found).toEqual(expect.arrayContaining([changed, lost]));
    expect((await repairStatistics()).remaining).toEqual([]);
    expect(await checkStatistics()).toMatchObject({ nominations: [], summaries: [] });
    for (const y of years) {
      expect(shown(await readPipelineCounts(y))).toEqual(await pipelineFromRecords(y));
    }
  });
});

describe('statistics summaries (real database): built at start-up, the latest year', () => {
  test('data from before the summaries: counted at start-up, once, however many processes start', async () => {
    await NominationModel.create(
      ['approved', 'rejected', 'appraisal', 'draft', 'revoked'].map((stage, i) => ({
        _id: `old-${i}`,
        unitId: 'SU-OLD',
        nominee: { kind: 'individual', name: 'Người cũ', personId: i % 2 ? 'SP-1' : 'SP-2' },
        awardCode: 'LDTT',
        kind: 'merit',
        year: 2099,
        achievements: '…',
        stage,
        lastSeq: 4,
        createdBy: secretariat,
      })) as never[],
    );
    await StatisticsBuildModel.deleteMany({});
    await Promise.all([1, 2, 3].map(() => buildStatisticsSummaries(log)));
    expect(await StatisticsBuildModel.findById(BUILD).lean()).toMatchObject({
      status: 'built',
    });
    const expected = await breakdownFromRecords(2099);
    expect(expected.unit).toEqual([expect.objectContaining({ key: 'SU-OLD', nominated: 4 })]);
    expect(await statistics.breakdown(secretariat, 2099)).toEqual(expected);
    // Built: a later start does nothing, even if records were written past the workflows.
    await NominationModel.updateOne({ _id: 'old-2' }, { $set: { stage: 'approved' } });
    await buildStatisticsSummaries(log);
    expect(await statistics.breakdown(secretariat, 2099)).toEqual(expected);
    // Reconciliation finds that one (its entry, and the unit's pipeline still counting it open
    // at appraisal); a summary's count changed past the steps, too.
    const pipelineDrift = {
      summaryId: 'pipeline:SU-OLD',
      differences: {
        'y.2099.open.appraisal': { expected: 0, stored: 1 },
        'y.2099.outcome.awarded': { expected: 2, stored: 1 },
      },
    };
    expect(await checkStatistics()).toMatchObject({
      nominations: [{ nominationId: 'old-2', kind: 'stale' }],
      summaries: [pipelineDrift],
    });
    const [document] = await StatisticsSummaryModel.find({ year: 2099 }).lean();
    await StatisticsSummaryModel.updateOne(
      { _id: document!._id },
      { $inc: { 'c.kind.merit.awarded': 7 } },
    );
    expect((await checkStatistics()).summaries).toEqual([
      {
        summaryId: document!._id,
        differences: {
          'c.kind.merit.awarded': {
            expected: document!.c.kind.merit.awarded ?? 0,
            stored: (document!.c.kind.merit.awarded ?? 0) + 7,
          },
        },
      },
      pipelineDrift,
    ]);
    const repaired = await repairStatistics();
    expect(repaired.remaining).toEqual([]);
    expect(await checkStatistics()).toMatchObject({ nominations: [], summaries: [] });
    expect(await statistics.breakdown(secretariat, 2099)).toEqual(await breakdownFromRecords(2099));
  });

  test('a database whose summaries were built before the pipeline counts: built again once at start-up, the pipeline then equal to the records', async () => {
    // As the previous version left it: summaries built under the old claim, no unit document.
    await StatisticsSummaryModel.deleteMany({ year: null });
    await StatisticsBuildModel.deleteMany({});
    await StatisticsBuildModel.create({ _id: 'summaries', status: 'built', holder: 'old' });
    expect(await readPipelineCounts()).toEqual(emptyPipelineCounts());
    await Promise.all([1, 2].map(() => buildStatisticsSummaries(log)));
    expect(await StatisticsBuildModel.findById(BUILD).lean()).toMatchObject({ status: 'built' });
    const counted = await NominationModel.distinct('year', { stage: { $ne: 'draft' } });
    expect(counted.length).toBeGreaterThan(0);
    for (const y of counted) {
      expect(shown(await readPipelineCounts(y))).toEqual(await pipelineFromRecords(y));
    }
    expect(await checkStatistics()).toMatchObject({ nominations: [], summaries: [] });
  });

  test('the latest year with a submitted dossier, from the summaries', async () => {
    const latest = await NominationModel.findOne({ stage: { $ne: 'draft' } })
      .sort({ year: -1 })
      .lean();
    expect(await statistics.latestYear(secretariat)).toBe(latest!.year);
  });
});
