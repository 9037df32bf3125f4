import type { WorkflowHandle } from '@temporalio/client';
import { vietnamDateOf, type IsoDate } from '../../../domain/calendar';
import type { Actor } from '../../../domain/process/roles';
import { NominationModel } from '../../../data/nomination/nominationModel';
import {
  addedToRoundSignal,
  appraiseUpdate,
  councilResultSignal,
  includedInDecisionSignal,
  nominationWorkflowId,
  rapporteurOpinionUpdate,
  statusQuery,
  type NominationStart,
} from '../../../workflows/nomination/messages';
import type { nominationWorkflow } from '../../../workflows/nomination/nominationWorkflow';
import { unitKey } from '../../../workflows/nomination/searchAttributes';
import { eventually } from '../../harness/apiClient';
import { startTestStack, type TestStack } from '../../harness/testStack';

export const head: Actor = { userId: 'head', name: 'Thủ trưởng', role: 'unit_head', unitId: 'VP' };
export const otherHead: Actor = {
  userId: 'head2',
  name: 'Thủ trưởng khác',
  role: 'unit_head',
  unitId: 'TTTT',
};
export const secretariat: Actor = { userId: 'tt', name: 'Thường trực', role: 'secretariat' };
export const member: Actor = { userId: 'hd', name: 'Thành viên', role: 'council_member' };
export const chair: Actor = { userId: 'ct', name: 'Chủ tịch', role: 'council_chair' };
export const minister: Actor = { userId: 'bt', name: 'Bộ trưởng', role: 'minister' };
export const today = (): IsoDate => vietnamDateOf(Date.now());
export const explanation = { vi: 'Đạt 9/10 phiếu', en: 'Passed 9/10' };

export type Handle = WorkflowHandle<typeof nominationWorkflow>;

/**
 * The nomination workflow on the real dev server with real activities and database: one
 * stack per test file; `idPrefix` keeps each file's workflow ids apart on the shared server.
 */
export function nominationWorkflowSuite(idPrefix: string) {
  let stack: TestStack;
  let counter = 0;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack.stop());

  async function submit(
    awardCode: string,
    options: { receivedOn?: string; kind?: 'merit' | 'ad_hoc' } = {},
  ): Promise<Handle> {
    const id = `wf-${idPrefix}-${awardCode.toLowerCase()}-${++counter}`;
    await NominationModel.create({
      _id: id,
      unitId: 'VP',
      nominee: { kind: 'individual', name: 'Nguyễn Văn B' },
      awardCode,
      kind: options.kind ?? 'merit',
      year: 2026,
      achievements: 'Hoàn thành xuất sắc nhiệm vụ.',
      stage: 'draft',
      createdBy: head,
    });
    const input: NominationStart = {
      nominationId: id,
      dossierId: `d-${id}`,
      unitId: 'VP',
      awardCode,
      kind: options.kind ?? 'merit',
      year: 2026,
      receivedOn: options.receivedOn ?? today(),
      submittedBy: head,
    };
    const handle = await stack.client.workflow.start<typeof nominationWorkflow>(
      'nominationWorkflow',
      {
        workflowId: nominationWorkflowId(id),
        taskQueue: stack.taskQueue,
        args: [input],
        typedSearchAttributes: [{ key: unitKey, value: 'VP' }],
      },
    );
    await eventually(
      () => NominationModel.findById(id).lean(),
      // submitted, then the automatic eligibility and duplicate checks
      (doc) => (doc?.lastSeq ?? 0) >= 2,
    );
    return handle;
  }

  const idOf = (handle: Handle) => handle.workflowId.replace('nomination-', '');
  const record = (handle: Handle) => NominationModel.findById(idOf(handle)).lean();
  const actions = async (handle: Handle) => (await record(handle))!.history.map((h) => h.action);

  async function throughCouncil(handle: Handle): Promise<void> {
    await handle.executeUpdate(appraiseUpdate, {
      args: [{ actor: secretariat, outcome: 'accept' }],
    });
    await handle.executeUpdate(rapporteurOpinionUpdate, {
      args: [{ actor: member, opinion: 'support', summary: 'Thành tích tiêu biểu.' }],
    });
    await handle.signal(addedToRoundSignal, { roundId: 'round-1' });
    await handle.signal(councilResultSignal, {
      roundId: 'round-1',
      outcome: 'passed',
      explanation,
      minutesId: 'minutes-1',
      closedBy: chair,
    });
    await handle.signal(includedInDecisionSignal, { decisionId: 'decision-1' });
    await eventually(
      () => handle.query(statusQuery),
      (s) => s.stage === 'minister_decision',
    );
  }

  const signed = (sequence: number) => ({
    decisionId: 'decision-1',
    outcome: 'signed' as const,
    decision: {
      number: `${sequence}/QĐ-BDTTG`,
      sequence,
      symbol: 'BDTTG',
      year: 2026,
      signedOn: today(),
    },
    actor: minister,
  });

  return { submit, idOf, record, actions, throughCouncil, signed };
}
