import { recordTransition } from '../../../activities/nomination/recordTransition';
import type { Transition } from '../../../activities/nomination/transition';
import type { Actor } from '../../../domain/process/roles';
import type { Stage } from '../../../domain/process/stages';
import { NominationModel } from '../../../data/nomination/nominationModel';
import { checkStatistics } from '../../../data/statistics/recountStatistics';
import { shardOf, summaryId } from '../../../data/statistics/statisticsEntry';
import { StatisticsSummaryModel } from '../../../data/statistics/statisticsSummaryModel';
import { startTestStack, type TestStack } from '../../harness/testStack';

const secretariat: Actor = { userId: 'tt', name: 'Thường trực', role: 'secretariat' };
const UNIT = 'SU-RETRY';
const YEAR = 2201;

/**
 * A step's own update sets the counted outcome, and the summary takes the step's increments
 * after it: a step whose attempt stops between the two (the worker killed, its first
 * summary document not written; a second one may be) is finished by its retry, which reads the nomination after its write and recovers the outcome before
 * from the timeline. Each step below stops once there, then is retried.
 */
describe('statistics: a step retried after its own write, before its counting', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack.stop());
  afterEach(() => jest.restoreAllMocks());

  const step = (id: string, seq: number, stage: Stage): Transition => ({
    nominationId: id,
    seq,
    stage,
    action: stage,
    actor: secretariat,
    // Long past, so reconcile counts none of it as still on its way.
    at: new Date(Date.UTC(2020, 0, seq)).toISOString(),
    ...(seq === 1 && { facts: { receivedOn: '2020-01-01' } }),
  });

  const row = async (id: string) => {
    const summary = await StatisticsSummaryModel.findById(
      summaryId(YEAR, UNIT, shardOf(id)),
    ).lean();
    return { total: summary?.total, ...summary?.c?.award?.LDTT };
  };

  test('submission, then an outcome change (awarded): each counted once, from the retry', async () => {
    const id = 'retry-1';
    await NominationModel.create({
      _id: id,
      unitId: UNIT,
      nominee: { kind: 'collective', name: 'Tập thể' },
      awardCode: 'LDTT',
      kind: 'merit',
      year: YEAR,
      achievements: '…',
      stage: 'draft',
      createdBy: secretariat,
    });
    const stages: Stage[] = ['appraisal', 'minister_decision', 'approved'];
    for (const [i, stage] of stages.entries()) {
      const transition = step(id, i + 1, stage);
      jest
        .spyOn(StatisticsSummaryModel.collection, 'findOneAndUpdate')
        .mockRejectedValueOnce(new Error('worker killed before the summary'));
      await expect(recordTransition(transition)).rejects.toThrow('worker killed');
      const written = await NominationModel.findById(id).lean();
      expect(written?.stage).toBe(stage);
      await recordTransition(transition);
      // A third attempt (a duplicate) adds nothing.
      await recordTransition(transition);
    }
    const nomination = await NominationModel.findById(id).lean();
    expect(nomination?.statistics?.counted).toMatchObject({ outcome: 'awarded', year: YEAR });
    expect(await row(id)).toEqual({
      total: 1,
      nominated: 1,
      awarded: 1,
      inProgress: 0,
    });
    expect(await checkStatistics()).toMatchObject({ nominations: [], summaries: [] });
  });
});
