import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import type { Actor } from '../../domain/process/roles';
import { NominationModel } from '../../data/nomination/nominationModel';
import {
  appraisalUpdate,
  councilReviewUpdate,
  ministerDecisionUpdate,
  nominationWorkflowId,
  statusQuery,
  type NominationStart,
} from '../../workflows/nomination/messages';
import { holderRoleKey, stageKey, unitKey } from '../../workflows/nomination/searchAttributes';
import { startTestStack, type TestStack } from '../harness/testStack';

const head: Actor = { userId: 'head', name: 'Thủ trưởng', role: 'unit_head', unitId: 'VP' };
const secretariat: Actor = { userId: 'tt', name: 'Thường trực', role: 'secretariat' };
const member: Actor = { userId: 'hd', name: 'Thành viên', role: 'council_member' };
const minister: Actor = { userId: 'bt', name: 'Bộ trưởng', role: 'minister' };

/** The nomination workflow on the real dev server with real activities. */
describe('nominationWorkflow', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack.stop());

  async function start(id: string) {
    await NominationModel.create({
      _id: id,
      unitId: 'VP',
      nominee: { kind: 'individual', name: 'Nguyễn Văn B' },
      awardCode: 'LDTT',
      year: 2026,
      achievements: 'Hoàn thành tốt nhiệm vụ.',
      stage: 'draft',
      createdBy: head,
    });
    const input: NominationStart = { nominationId: id, unitId: 'VP', awardCode: 'LDTT', year: 2026, submittedBy: head };
    return stack.client.workflow.start('nominationWorkflow', {
      workflowId: nominationWorkflowId(id),
      taskQueue: stack.taskQueue,
      args: [input],
      typedSearchAttributes: [{ key: unitKey, value: 'VP' }],
    });
  }

  test('approved path: stage, search attributes and decision number', async () => {
    const handle = await start('wf-approved');
    await handle.executeUpdate(appraisalUpdate, { args: [{ actor: secretariat, outcome: 'approve' }] });
    const described = await handle.describe();
    expect(described.typedSearchAttributes.get(stageKey)).toBe('council_review');
    expect(described.typedSearchAttributes.get(holderRoleKey)).toBe('council_member');
    expect(described.typedSearchAttributes.get(unitKey)).toBe('VP');

    await handle.executeUpdate(councilReviewUpdate, { args: [{ actor: member, outcome: 'approve' }] });
    const signed = await handle.executeUpdate(ministerDecisionUpdate, {
      args: [{ actor: minister, outcome: 'approve', reason: 'Đồng ý' }],
    });
    expect(signed.stage).toBe('approved');
    expect(signed.decision?.number).toMatch(/^1\/QĐ-BDTTG$/);
    expect(await handle.result()).toEqual(signed);
    expect(await handle.query(statusQuery)).toEqual(signed);

    if (process.env.TDKT_CAPTURE_HISTORIES) {
      const history = await handle.fetchHistory();
      writeFileSync(
        join(__dirname, '..', 'fixtures', 'histories', 'nomination-approved.json'),
        historyToJSON(history),
      );
    }
  });

  test('two different people deciding at once: exactly one decision is applied', async () => {
    const handle = await start('wf-race');
    const results = await Promise.allSettled([
      handle.executeUpdate(appraisalUpdate, { args: [{ actor: secretariat, outcome: 'approve' }] }),
      handle.executeUpdate(appraisalUpdate, {
        args: [{ actor: { ...secretariat, userId: 'tt2' }, outcome: 'reject', reason: 'Thiếu hồ sơ' }],
      }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(WorkflowUpdateFailedError);
    const doc = await NominationModel.findById('wf-race').lean();
    expect(doc?.history.filter((h) => h.action.startsWith('appraisal_'))).toHaveLength(1);
  });

  test('a rejection at council ends the workflow with the reason recorded', async () => {
    const handle = await start('wf-council-reject');
    await handle.executeUpdate(appraisalUpdate, { args: [{ actor: secretariat, outcome: 'approve' }] });
    await handle.executeUpdate(councilReviewUpdate, {
      args: [{ actor: member, outcome: 'reject', reason: 'Không đạt tỷ lệ phiếu' }],
    });
    expect((await handle.result()).stage).toBe('rejected');
    const doc = await NominationModel.findById('wf-council-reject').lean();
    expect(doc?.history.at(-1)).toMatchObject({ action: 'council_rejected', reason: 'Không đạt tỷ lệ phiếu' });
  });
});
