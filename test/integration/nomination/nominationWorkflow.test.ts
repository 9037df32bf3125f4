import type { WorkflowHandle } from '@temporalio/client';
import {
  CIVIL_SERVICE_CALENDAR,
  addWorkingDays,
  deadlineAfter,
  publicCommentEnd,
  vietnamDateOf,
  type IsoDate,
  type PostingDayRule,
} from '../../../domain/calendar';
import type { Actor } from '../../../domain/process/roles';
import { validateConfigOverride } from '../../../domain/ruleSets/overrides';
import {
  latestOverride,
  ruleSetForReceipt,
  saveOverrideRevision,
} from '../../../data/configuration/ruleSetsInForce';
import { NominationModel } from '../../../data/nomination/nominationModel';
import { NotificationModel } from '../../../data/notification/notificationModel';
import {
  addedToRoundSignal,
  appraiseUpdate,
  cancelUpdate,
  councilResultSignal,
  decisionRulingSignal,
  externalOutcomeUpdate,
  includedInDecisionSignal,
  nominationWorkflowId,
  objectionUpdate,
  rapporteurOpinionUpdate,
  resubmitUpdate,
  statusQuery,
  withdrawUpdate,
  type NominationStart,
} from '../../../workflows/nomination/messages';
import type { nominationWorkflow } from '../../../workflows/nomination/nominationWorkflow';
import {
  deadlineKey,
  holderRoleKey,
  stageKey,
  unitKey,
} from '../../../workflows/nomination/searchAttributes';
import { eventually } from '../../harness/apiClient';
import { captureHistory } from '../../harness/captureHistory';
import { startTestStack, type TestStack } from '../../harness/testStack';

const head: Actor = { userId: 'head', name: 'Thủ trưởng', role: 'unit_head', unitId: 'VP' };
const otherHead: Actor = {
  userId: 'head2',
  name: 'Thủ trưởng khác',
  role: 'unit_head',
  unitId: 'TTTT',
};
const secretariat: Actor = { userId: 'tt', name: 'Thường trực', role: 'secretariat' };
const member: Actor = { userId: 'hd', name: 'Thành viên', role: 'council_member' };
const chair: Actor = { userId: 'ct', name: 'Chủ tịch', role: 'council_chair' };
const minister: Actor = { userId: 'bt', name: 'Bộ trưởng', role: 'minister' };
const today = (): IsoDate => vietnamDateOf(Date.now());
const explanation = { vi: 'Đạt 9/10 phiếu', en: 'Passed 9/10' };

type Handle = WorkflowHandle<typeof nominationWorkflow>;

/** The nomination workflow on the real dev server with real activities and database. */
describe('nominationWorkflow', () => {
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
    const id = `wf-${awardCode.toLowerCase()}-${++counter}`;
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

  test('§7 every stage in order: appraisal, council, round, decision; search attributes follow', async () => {
    const handle = await submit('CSTDCS');
    const described = await eventually(
      () => handle.describe(),
      (d) => d.typedSearchAttributes.get(stageKey) !== undefined,
    );
    expect(described.typedSearchAttributes.get(stageKey)).toBe('appraisal');
    expect(described.typedSearchAttributes.get(holderRoleKey)).toBe('secretariat');
    expect(described.typedSearchAttributes.get(deadlineKey)).toBeInstanceOf(Date);

    await throughCouncil(handle);
    await handle.signal(decisionRulingSignal, signed(7));
    const result = await handle.result();
    expect(result).toMatchObject({ stage: 'approved', decision: { number: '7/QĐ-BDTTG' } });
    expect(await actions(handle)).toEqual([
      'submitted',
      'checks_needs_judgement',
      'appraisal_accepted',
      'rapporteur_supports',
      'added_to_round',
      'council_passed',
      'included_in_decision',
      'minister_approved',
    ]);
    const doc = await record(handle);
    expect(doc).toMatchObject({
      stage: 'approved',
      roundId: 'round-1',
      decisionId: 'decision-1',
      ruleSetId: 'tdkt-2025-07',
    });
    expect(doc!.decision?.number).toBe('7/QĐ-BDTTG');
    expect(doc!.holderRole).toBeUndefined();

    await captureHistory(handle, 'nomination-full-path');
  });

  test('an award without a council vote (LĐTT) goes from appraisal to the decision', async () => {
    const handle = await submit('LDTT');
    const status = await handle.executeUpdate(appraiseUpdate, {
      args: [{ actor: secretariat, outcome: 'accept' }],
    });
    expect(status.stage).toBe('awaiting_decision');
  });

  test('§7.2 return pauses the appraisal clock; resubmission shows in the timeline and restarts it', async () => {
    const receivedOn = addWorkingDays(today(), -3, CIVIL_SERVICE_CALENDAR);
    const handle = await submit('CSTDCS', { receivedOn });
    expect((await record(handle))!.dueOn).toBe(
      deadlineAfter(receivedOn, 10, CIVIL_SERVICE_CALENDAR),
    );

    const returned = await handle.executeUpdate(appraiseUpdate, {
      args: [
        {
          actor: secretariat,
          outcome: 'return',
          reasons: [
            {
              code: 'MISSING_DOCUMENT',
              message: { vi: 'Thiếu báo cáo thành tích', en: 'Achievement report missing' },
              item: 'documents.achievement_report',
            },
          ],
        },
      ],
    });
    expect(returned.stage).toBe('returned');
    const atReturn = await record(handle);
    expect(atReturn).toMatchObject({
      holderRole: 'unit_head',
      dueOn: deadlineAfter(today(), 10, CIVIL_SERVICE_CALENDAR),
    });
    expect(atReturn!.history.at(-1)!.reasons![0]).toMatchObject({
      code: 'MISSING_DOCUMENT',
      item: 'documents.achievement_report',
    });

    await expect(
      handle.executeUpdate(resubmitUpdate, { args: [{ actor: head, dossierVersion: 1 }] }),
    ).rejects.toMatchObject({ cause: { type: 'INVALID_ACTION' } });
    await expect(
      handle.executeUpdate(resubmitUpdate, { args: [{ actor: otherHead, dossierVersion: 2 }] }),
    ).rejects.toMatchObject({ cause: { type: 'NOT_YOUR_UNIT' } });
    const back = await handle.executeUpdate(resubmitUpdate, {
      args: [{ actor: head, dossierVersion: 2 }],
    });
    expect(back.stage).toBe('appraisal');
    // 3 of the 10 working days were used before the return; 7 remain from today.
    expect((await record(handle))!.dueOn).toBe(deadlineAfter(today(), 7, CIVIL_SERVICE_CALENDAR));
    // What was sent each time is written by the workflow itself, not by the API.
    expect((await record(handle))!.submissions.map((s) => s.version)).toEqual([1, 2]);
    await captureHistory(handle, 'nomination-resubmitted');
  });

  test('a supplement not sent in time ends the nomination, after a reminder and an escalation', async () => {
    // Received and returned (by a letter of that day) 15 working days ago.
    const letter = addWorkingDays(today(), -15, CIVIL_SERVICE_CALENDAR);
    const handle = await submit('BKBO', { receivedOn: letter });
    await handle.executeUpdate(appraiseUpdate, {
      args: [
        {
          actor: secretariat,
          outcome: 'return',
          effectiveOn: letter,
          reasons: [
            { code: 'MISSING_DOCUMENT', message: { vi: 'Thiếu biên bản', en: 'Minutes missing' } },
          ],
        },
      ],
    });
    expect((await handle.result()).stage).toBe('rejected');
    expect(await actions(handle)).toEqual([
      'submitted',
      'checks_needs_judgement',
      'returned',
      'supplement_deadline_missed',
    ]);
    // The appraisal's own deadline had passed as well; the unit's period is the one here.
    const alerts = (await record(handle))!.alerts.filter((a) => a.stage === 'returned');
    expect(alerts.map((a) => [a.kind, a.toRole])).toEqual([
      ['reminder', 'unit_head'],
      ['escalation', 'secretariat'],
    ]);
    const reminder = await NotificationModel.findOne({
      nominationId: idOf(handle),
      kind: 'reminder',
      toRole: 'unit_head',
    }).lean();
    expect(reminder!.toUnitId).toBe('VP');
    await captureHistory(handle, 'nomination-supplement-missed');
  });

  test('a return letter dated in the future is refused', async () => {
    const handle = await submit('BKBO');
    await expect(
      handle.executeUpdate(appraiseUpdate, {
        args: [
          {
            actor: secretariat,
            outcome: 'return',
            effectiveOn: '2099-01-01',
            reasons: [{ code: 'X_Y', message: { vi: 'a', en: 'a' } }],
          },
        ],
      }),
    ).rejects.toMatchObject({ cause: { type: 'INVALID_ACTION' } });
  });

  test('across Tết 2026: reminder on the 7th and escalation after the 10th working day', async () => {
    // Received Thu 05/02/2026; Tết break 14–22/02 (Thông báo 9441): the 10 working days end 26/02.
    const handle = await submit('CSTDCS', { receivedOn: '2026-02-05' });
    await eventually(
      () => record(handle),
      (doc) => doc!.overdue === true,
    );
    const doc = await record(handle);
    expect(doc).toMatchObject({ dueOn: '2026-02-26', holderRole: 'secretariat', overdue: true });
    expect(doc!.alerts.map((a) => [a.kind, a.toRole])).toEqual([
      ['reminder', 'secretariat'],
      ['escalation', 'council_chair'],
    ]);
    const escalation = await NotificationModel.findOne({
      nominationId: idOf(handle),
      kind: 'escalation',
    }).lean();
    expect(escalation?.body?.vi).toContain('26/02/2026');
    // Overdue, not stuck: the secretariat can still act, and the next stage has a fresh deadline.
    const status = await handle.executeUpdate(appraiseUpdate, {
      args: [{ actor: secretariat, outcome: 'accept' }],
    });
    expect(status.stage).toBe('council_review');
    expect((await record(handle))!.overdue).toBe(false);
    await captureHistory(handle, 'nomination-escalated-across-tet');
  });

  test('§7.3 an objection during public comment sends the nomination back to appraisal', async () => {
    const handle = await submit('CSTDTQ');
    const commenting = await handle.executeUpdate(appraiseUpdate, {
      args: [{ actor: secretariat, outcome: 'accept' }],
    });
    expect(commenting.stage).toBe('public_comment');
    const back = await handle.executeUpdate(objectionUpdate, {
      args: [
        {
          actor: secretariat,
          author: 'Trần Văn C (Vụ Pháp chế)',
          content: 'Sáng kiến chưa được công nhận cấp Bộ.',
        },
      ],
    });
    expect(back.stage).toBe('appraisal');
    const last = (await record(handle))!.history.at(-1)!;
    expect(last).toMatchObject({
      action: 'objection_received',
      reason: 'Sáng kiến chưa được công nhận cấp Bộ.',
    });
    expect(last.detail!.vi).toContain('Trần Văn C');
    await captureHistory(handle, 'nomination-objection');
  });

  test.each<[string, number, PostingDayRule]>([
    // The Hero title's posting day counted by the administrator's choice…
    ['AHLD', 10, 'posting_day_counted'],
    // …the National Emulation Fighter's left as shipped: not counted.
    ['CSTDTQ', 5, 'posting_day_not_counted'],
  ])(
    '§7.3 the public comment of %s (%i working days) ends as counted: %s, and says so',
    async (awardCode, workingDays, rule) => {
      if (rule === 'posting_day_counted') {
        const ruleSet = await ruleSetForReceipt(today());
        const change = {
          awardRules: {
            AHLD: {
              ...ruleSet.values.awardRules.AHLD,
              publicComment: { required: true, workingDays, postingDay: rule },
            },
          },
        };
        const checked = validateConfigOverride(ruleSet, change);
        expect(checked.ok).toBe(true);
        await saveOverrideRevision({
          ruleSetId: ruleSet.id,
          revision: ((await latestOverride(ruleSet.id))?.revision ?? 0) + 1,
          override: change,
          changes: checked.ok ? checked.changes : [],
          reason: 'Tính cả ngày đăng công khai',
          by: secretariat,
        });
      }
      const handle = await submit(awardCode);
      const postedOn = today();
      const commenting = await handle.executeUpdate(appraiseUpdate, {
        args: [{ actor: secretariat, outcome: 'accept' }],
      });
      expect(commenting.stage).toBe('public_comment');
      expect(await record(handle)).toMatchObject({
        dueOn: publicCommentEnd(postedOn, workingDays, rule, CIVIL_SERVICE_CALENDAR),
        publicCommentPostingDay: rule,
      });
    },
  );

  test('§7.6 a Prime Minister award is proposed upward and the outcome entered when it returns', async () => {
    // Ad hoc: the simplified procedure has no public comment period.
    const handle = await submit('BKTTG', { kind: 'ad_hoc' });
    expect((await record(handle))!.dueOn).toBe(deadlineAfter(today(), 5, CIVIL_SERVICE_CALENDAR));
    await throughCouncil(handle);
    await handle.signal(decisionRulingSignal, signed(3));
    await eventually(
      () => record(handle),
      (doc) => doc!.stage === 'forwarded',
    );
    expect((await record(handle))!.dueOn).toBe(deadlineAfter(today(), 10, CIVIL_SERVICE_CALENDAR));
    const granted = await handle.executeUpdate(externalOutcomeUpdate, {
      args: [
        {
          actor: secretariat,
          outcome: 'granted',
          number: '1234/QĐ-TTg',
          decidedOn: today(),
          issuer: 'prime_minister',
        },
      ],
    });
    expect(granted.stage).toBe('approved');
    expect(await actions(handle)).toContain('proposed_upward');
    expect((await record(handle))!.history.at(-1)!.detail!.vi).toContain('1234/QĐ-TTg');
    await captureHistory(handle, 'nomination-forwarded-upward');
  });

  test('§7.5 struck from a decision ends the nomination with the reason; a return goes back to council', async () => {
    const struck = await submit('CSTDCS');
    await throughCouncil(struck);
    await struck.signal(decisionRulingSignal, {
      decisionId: 'decision-1',
      outcome: 'struck',
      actor: minister,
      reason: 'Đang có đơn khiếu nại.',
    });
    expect((await struck.result()).stage).toBe('rejected');
    expect((await record(struck))!.history.at(-1)).toMatchObject({
      action: 'struck_from_decision',
      reason: 'Đang có đơn khiếu nại.',
    });

    const returned = await submit('CSTDCS');
    await throughCouncil(returned);
    await returned.signal(decisionRulingSignal, {
      decisionId: 'decision-1',
      outcome: 'returned_to_council',
      actor: minister,
      reason: 'Xét lại tỷ lệ.',
    });
    await eventually(
      () => returned.query(statusQuery),
      (s) => s.stage === 'council_review',
    );
  });

  test('withdrawal by the unit and cancellation by the secretariat end the process with the reason', async () => {
    const withdrawn = await submit('CSTDCS');
    await expect(
      withdrawn.executeUpdate(withdrawUpdate, {
        args: [{ actor: otherHead, reason: 'Nhầm đơn vị' }],
      }),
    ).rejects.toMatchObject({ cause: { type: 'NOT_YOUR_UNIT' } });
    const status = await withdrawn.executeUpdate(withdrawUpdate, {
      args: [{ actor: head, reason: 'Cá nhân xin rút.' }],
    });
    expect(status.stage).toBe('withdrawn');
    expect((await withdrawn.result()).stage).toBe('withdrawn');
    await captureHistory(withdrawn, 'nomination-withdrawn');
    expect((await record(withdrawn))!.history.at(-1)).toMatchObject({
      action: 'withdrawn',
      reason: 'Cá nhân xin rút.',
    });

    const cancelled = await submit('CSTDCS');
    await cancelled.executeUpdate(appraiseUpdate, {
      args: [{ actor: secretariat, outcome: 'accept' }],
    });
    expect(
      (
        await cancelled.executeUpdate(cancelUpdate, {
          args: [{ actor: secretariat, reason: 'Trùng hồ sơ.' }],
        })
      ).stage,
    ).toBe('cancelled');
  });

  test('a stale view, a wrong role and a wrong stage are refused at once with their reason', async () => {
    const handle = await submit('CSTDCS');
    await expect(
      handle.executeUpdate(appraiseUpdate, {
        args: [{ actor: secretariat, outcome: 'accept', expectedSeq: 0 }],
      }),
    ).rejects.toMatchObject({ cause: { type: 'STALE_VIEW' } });
    await expect(
      handle.executeUpdate(appraiseUpdate, { args: [{ actor: member, outcome: 'accept' }] }),
    ).rejects.toMatchObject({ cause: { type: 'ROLE_NOT_ALLOWED' } });
    await expect(
      handle.executeUpdate(externalOutcomeUpdate, {
        args: [
          {
            actor: secretariat,
            outcome: 'granted',
            number: '1/QĐ-TTg',
            decidedOn: '2026-01-01',
            issuer: 'prime_minister',
          },
        ],
      }),
    ).rejects.toMatchObject({ cause: { type: 'WRONG_STAGE' } });
    expect((await handle.query(statusQuery)).seq).toBe(2);
  });

  test('two different people deciding at once: exactly one decision is applied', async () => {
    const handle = await submit('CSTDCS');
    const results = await Promise.allSettled([
      handle.executeUpdate(appraiseUpdate, { args: [{ actor: secretariat, outcome: 'accept' }] }),
      handle.executeUpdate(appraiseUpdate, {
        args: [
          {
            actor: { ...secretariat, userId: 'tt2' },
            outcome: 'reject',
            reasons: [{ code: 'INELIGIBLE', message: { vi: 'Không đủ', en: 'No' } }],
          },
        ],
      }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const doc = await record(handle);
    expect(doc!.history.filter((h) => h.action.startsWith('appraisal_'))).toHaveLength(1);
  });
});
