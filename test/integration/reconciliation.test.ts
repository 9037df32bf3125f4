import type { Actor } from '../../domain/process/roles';
import { vietnamDateOf } from '../../domain/calendar';
import { NominationModel } from '../../data/nomination/nominationModel';
import { appraiseUpdate, nominationWorkflowId } from '../../workflows/nomination/messages';
import { reconcileNominations } from '../../scripts/reconcile/reconcileNominations';
import { eventually } from '../harness/apiClient';
import { startTestStack, type TestStack } from '../harness/testStack';

const head: Actor = { userId: 'head', name: 'Thủ trưởng', role: 'unit_head', unitId: 'VP' };
const secretariat: Actor = { userId: 'tt', name: 'Thường trực', role: 'secretariat' };

/** The read model is checked against the workflows; a corrupted copy is reported. */
describe('reconciliation', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack.stop());

  async function submitted(id: string) {
    await NominationModel.create({
      _id: id,
      unitId: 'VP',
      nominee: { kind: 'individual', name: 'Nguyễn Văn D' },
      awardCode: 'LDTT',
      year: 2026,
      achievements: 'Hoàn thành tốt nhiệm vụ.',
      stage: 'draft',
      createdBy: head,
      workflowId: nominationWorkflowId(id),
    });
    const handle = await stack.client.workflow.start('nominationWorkflow', {
      workflowId: nominationWorkflowId(id),
      taskQueue: stack.taskQueue,
      args: [
        {
          nominationId: id,
          dossierId: 'd',
          unitId: 'VP',
          awardCode: 'LDTT',
          kind: 'merit',
          year: 2026,
          receivedOn: vietnamDateOf(Date.now()),
          submittedBy: head,
        },
      ],
    });
    await eventually(
      () => NominationModel.findById(id).lean(),
      (doc) => (doc?.lastSeq ?? 0) >= 2,
    );
    return handle;
  }

  test('agreeing copies report nothing; a wrong stage, a lost step and a lost workflow are reported', async () => {
    const running = await submitted('rec-running');
    await running.executeUpdate(appraiseUpdate, {
      args: [{ actor: secretariat, outcome: 'accept' }],
    });
    await submitted('rec-stage');
    await submitted('rec-behind');
    expect(await reconcileNominations(stack.client, 2)).toEqual({ checked: 3, drift: [] });

    await NominationModel.updateOne({ _id: 'rec-stage' }, { $set: { stage: 'council_review' } });
    await NominationModel.updateOne({ _id: 'rec-behind' }, { $set: { lastSeq: 1 } });
    await NominationModel.create({
      _id: 'rec-orphan',
      unitId: 'VP',
      nominee: { kind: 'individual', name: 'Nguyễn Văn E' },
      awardCode: 'LDTT',
      year: 2026,
      achievements: 'x',
      stage: 'appraisal',
      createdBy: head,
      workflowId: nominationWorkflowId('rec-orphan'),
    });
    const report = await reconcileNominations(stack.client, 2);
    expect(report.checked).toBe(4);
    expect(report.drift.map((d) => [d.nominationId, d.kind]).sort()).toEqual([
      ['rec-behind', 'steps_behind'],
      ['rec-orphan', 'missing_workflow'],
      ['rec-stage', 'stage_differs'],
    ]);
  });
});
