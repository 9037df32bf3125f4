import { recordSubmission } from '../../../activities/nomination/recordSubmission';
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
const UNIT = 'SU-RETRY-SUB';
const YEAR = 2202;

/**
 * A (re)submission's content and statistics entry, and the automatic checks, are written by
 * the update of the step that follows them (`recordSubmission` and `runAppraisalChecks` asked
 * `withStep`). A step stopped between that update and the summary, retried and repeated,
 * writes the submission once and counts it once; a resubmission under another award moves
 * the nomination between rows once.
 */
describe('statistics: a step that writes its submission, retried after its write', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack.stop());
  afterEach(() => jest.restoreAllMocks());

  const step = (id: string, seq: number, stage: Stage, more: Partial<Transition> = {}) => ({
    nominationId: id,
    seq,
    stage,
    action: stage,
    actor: secretariat,
    // Long past, so reconcile counts none of it as still on its way.
    at: new Date(Date.UTC(2020, 0, seq)).toISOString(),
    ...(seq === 1 && { facts: { receivedOn: '2020-01-01' } }),
    ...more,
  });

  /** Stops the step once before its first summary document, then retries and repeats it. */
  const stoppedAndRetried = async (transition: Transition) => {
    jest
      .spyOn(StatisticsSummaryModel.collection, 'findOneAndUpdate')
      .mockRejectedValueOnce(new Error('worker killed before the summary'));
    await expect(recordTransition(transition)).rejects.toThrow('worker killed');
    expect((await NominationModel.findById(transition.nominationId).lean())?.lastSeq).toBe(
      transition.seq,
    );
    const recorded = await recordTransition(transition);
    await recordTransition(transition);
    return recorded;
  };

  const awardRow = async (id: string, awardCode: string) => {
    const summary = await StatisticsSummaryModel.findById(
      summaryId(YEAR, UNIT, shardOf(id)),
    ).lean();
    return { total: summary?.total, ...summary?.c?.award?.[awardCode] };
  };

  test('submitted, checked, returned and resubmitted under another award: each written and counted once', async () => {
    const id = 'retry-sub-1';
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
    const first = await recordSubmission({
      nominationId: id,
      first: { dossierId: 'no-such-dossier', workflowId: `nomination-${id}` },
      withStep: true,
    });
    // Prepared, not written: the step writes it.
    expect((await NominationModel.findById(id).lean())?.submissions).toEqual([]);
    expect(first?.statistics).toMatchObject({ counted: { awardCode: 'LDTT' } });
    await stoppedAndRetried(step(id, 1, 'appraisal', { submission: first }));
    await recordTransition(
      step(id, 2, 'appraisal', {
        checks: { verdict: 'needs_judgement', ruleSetId: 'r', configRevision: null, reasons: [] },
      }),
    );
    await recordTransition(step(id, 3, 'returned'));
    let nomination = await NominationModel.findById(id).lean();
    expect(nomination).toMatchObject({
      workflowId: `nomination-${id}`,
      checks: { verdict: 'needs_judgement' },
      statistics: { counted: { awardCode: 'LDTT', outcome: 'inProgress' } },
    });
    expect(nomination?.submissions.map((s) => s.version)).toEqual([1]);
    expect(await awardRow(id, 'LDTT')).toMatchObject({ total: 1, nominated: 1, inProgress: 1 });

    // The unit changes the award while the dossier is returned, and sends version 2.
    await NominationModel.updateOne(
      { _id: id },
      { $set: { awardCode: 'TTLDXS', dossierVersion: 2 } },
    );
    const again = await recordSubmission({ nominationId: id, version: 2, withStep: true });
    expect(again?.statistics).toMatchObject({
      counted: { awardCode: 'TTLDXS' },
      previous: { awardCode: 'LDTT' },
    });
    await stoppedAndRetried(step(id, 4, 'appraisal', { submission: again }));
    nomination = await NominationModel.findById(id).lean();
    expect(nomination?.submissions.map((s) => s.version)).toEqual([1, 2]);
    expect(await awardRow(id, 'LDTT')).toMatchObject({ total: 1, nominated: 0, inProgress: 0 });
    expect(await awardRow(id, 'TTLDXS')).toMatchObject({ total: 1, nominated: 1, inProgress: 1 });
    expect(await checkStatistics()).toMatchObject({ nominations: [], summaries: [] });
  });
});
