import { ApplicationFailure } from '@temporalio/common';
import { recordTransition } from '../../activities/nomination/recordTransition';
import type { Transition } from '../../activities/nomination/transition';
import type { Actor } from '../../domain/process/roles';
import { NominationModel } from '../../data/nomination/nominationModel';
import { startTestStack, type TestStack } from '../harness/testStack';

describe('recordTransition (real database)', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack.stop());

  const officer: Actor = { userId: 'u1', name: 'Cán bộ', role: 'unit_officer', unitId: 'VP' };
  const secretariat: Actor = { userId: 's1', name: 'Thường trực', role: 'secretariat' };

  async function draft(id: string): Promise<void> {
    await NominationModel.create({
      _id: id,
      unitId: 'VP',
      nominee: { kind: 'individual', name: 'Nguyễn Văn A' },
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
