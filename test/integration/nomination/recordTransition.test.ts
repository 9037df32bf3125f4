import { ApplicationFailure } from '@temporalio/common';
import { recordTransition } from '../../../activities/nomination/recordTransition';
import type { Transition } from '../../../activities/nomination/transition';
import type { Actor } from '../../../domain/process/roles';
import { PersonModel } from '../../../data/history/personModel';
import { NominationModel } from '../../../data/nomination/nominationModel';
import { shardOf, summaryId } from '../../../data/statistics/statisticsEntry';
import { StatisticsSummaryModel } from '../../../data/statistics/statisticsSummaryModel';
import { tallyOfYear } from '../../../data/statistics/yearTally';
import { startTestStack, type TestStack } from '../../harness/testStack';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.stop());

const officer: Actor = { userId: 'u1', name: 'Cán bộ', role: 'unit_officer', unitId: 'VP' };
const secretariat: Actor = { userId: 's1', name: 'Thường trực', role: 'secretariat' };

async function draft(id: string, unitId = 'VP', personId?: string): Promise<void> {
  await NominationModel.create({
    _id: id,
    unitId,
    nominee: { kind: 'individual', name: 'Nguyễn Văn A', personId },
    awardCode: 'LDTT',
    year: 2026,
    achievements: 'Hoàn thành tốt nhiệm vụ.',
    stage: 'draft',
    createdBy: officer,
    history: [{ seq: 0, at: new Date(), action: 'drafted', stage: 'draft', actor: officer }],
  });
}

const transition = (
  id: string,
  seq: number,
  stage: Transition['stage'],
  action: string,
): Transition => ({
  nominationId: id,
  seq,
  stage,
  action,
  actor: secretariat,
  at: '2026-03-02T02:00:00.000Z',
});

describe('recordTransition (real database): retries, late duplicates, missing nominations', () => {
  test('a retried transition is recorded once', async () => {
    await draft('retry');
    const submitted = transition('retry', 1, 'appraisal', 'submitted');
    await Promise.all([
      recordTransition(submitted),
      recordTransition(submitted),
      recordTransition(submitted),
    ]);
    const doc = await NominationModel.findById('retry').lean();
    expect(doc?.history.map((h) => h.action)).toEqual(['drafted', 'submitted']);
    expect(doc?.lastSeq).toBe(1);
  });

  test('a late duplicate of an older transition does not move the stage back', async () => {
    await draft('late');
    await recordTransition(transition('late', 1, 'appraisal', 'submitted'));
    await recordTransition(transition('late', 2, 'council_review', 'appraisal_accepted'));
    await recordTransition(transition('late', 1, 'appraisal', 'submitted'));
    const doc = await NominationModel.findById('late').lean();
    expect(doc?.stage).toBe('council_review');
    expect(doc?.history).toHaveLength(3);
  });

  test('a transition for a nomination that does not exist fails without retrying', async () => {
    await expect(
      recordTransition(transition('missing', 1, 'appraisal', 'submitted')),
    ).rejects.toMatchObject({
      type: 'NOMINATION_NOT_FOUND',
      nonRetryable: true,
    } satisfies Partial<ApplicationFailure>);
  });
});

describe('recordTransition (real database): what a step counts and tells', () => {
  /** The unit's row and the person's rows of 2026 in the statistics. */
  async function counted(unitId: string) {
    const tally = await tallyOfYear(2026);
    return {
      unit: tally.unit.get(unitId),
      gender: tally.gender.get('female'),
      ethnicity: tally.ethnicity.get('03'),
    };
  }

  test('a step that changes what the nomination counts as is counted once, whatever the attempts', async () => {
    await PersonModel.create({
      _id: 'P-TK',
      fullName: 'Lò Thị Ánh',
      gender: 'female',
      ethnicityCode: '03',
      unitId: 'TK',
      recruitmentDate: '2010-01-01',
    } as never);
    await draft('counted', 'TK', 'P-TK');
    const submitted = transition('counted', 1, 'appraisal', 'submitted');
    await Promise.all([1, 2, 3].map(() => recordTransition(submitted)));
    const inProgress = { nominated: 1, inProgress: 1, awarded: 0 };
    expect(await counted('TK')).toEqual({
      unit: expect.objectContaining(inProgress),
      gender: expect.objectContaining(inProgress),
      ethnicity: expect.objectContaining(inProgress),
    });
    // A note keeps the outcome: nothing to count.
    await recordTransition(transition('counted', 2, 'appraisal', 'checks_passed'));
    expect((await counted('TK')).unit).toMatchObject(inProgress);

    // The worker dies between the nomination's write and the summary's: here the summary's
    // document refuses the increment, as a crash would leave it undone.
    const shard = summaryId(2026, 'TK', shardOf('counted'));
    const stored = await StatisticsSummaryModel.collection.findOne({ _id: shard } as never);
    await StatisticsSummaryModel.collection.updateOne({ _id: shard } as never, {
      $set: { c: 'unwritable' },
    });
    const approved = transition('counted', 3, 'approved', 'minister_approved');
    await expect(recordTransition(approved)).rejects.toThrow();
    expect(await NominationModel.findById('counted').lean()).toMatchObject({
      stage: 'approved',
      lastSeq: 3,
    });
    await StatisticsSummaryModel.collection.updateOne({ _id: shard } as never, {
      $set: { c: stored!.c },
    });
    // Temporal retries the activity, twice here: the award is counted, once.
    await recordTransition(approved);
    await recordTransition(approved);
    const awarded = { nominated: 1, inProgress: 0, awarded: 1 };
    expect(await counted('TK')).toEqual({
      unit: expect.objectContaining(awarded),
      gender: expect.objectContaining(awarded),
      ethnicity: expect.objectContaining(awarded),
    });
    // A late duplicate of the submission counts nothing again.
    await recordTransition(submitted);
    expect((await counted('TK')).unit).toMatchObject(awarded);
  });

  test('the step recorded tells what the notice needs: the stage before, the unit, the dossier', async () => {
    await draft('told');
    expect(await recordTransition(transition('told', 1, 'appraisal', 'submitted'))).toEqual({
      unitId: 'VP',
      nominee: { name: 'Nguyễn Văn A' },
      awardCode: 'LDTT',
      year: 2026,
      previousStage: 'draft',
    });
    await recordTransition(transition('told', 2, 'returned', 'returned'));
    // A retry reads it from the timeline.
    expect(await recordTransition(transition('told', 2, 'returned', 'returned'))).toMatchObject({
      previousStage: 'appraisal',
    });
  });
});
