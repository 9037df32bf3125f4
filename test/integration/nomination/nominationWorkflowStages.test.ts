import {
  CIVIL_SERVICE_CALENDAR,
  deadlineAfter,
  publicCommentEnd,
  type PostingDayRule,
} from '../../../domain/calendar';
import { validateConfigOverride } from '../../../domain/ruleSets/overrides';
import {
  latestOverride,
  ruleSetForReceipt,
  saveOverrideRevision,
} from '../../../data/configuration/ruleSetsInForce';
import {
  appraiseUpdate,
  decisionRulingSignal,
  externalOutcomeUpdate,
  objectionUpdate,
  statusQuery,
} from '../../../workflows/nomination/messages';
import {
  deadlineKey,
  holderRoleKey,
  stageKey,
} from '../../../workflows/nomination/searchAttributes';
import { eventually } from '../../harness/apiClient';
import { captureHistory } from '../../harness/captureHistory';
import { secretariat, minister, today, nominationWorkflowSuite } from './nominationWorkflowSuite';

/** The nomination workflow on the real dev server with real activities and database. */
describe('nominationWorkflow: every stage and the paths through council and decision', () => {
  const { submit, record, actions, throughCouncil, signed } = nominationWorkflowSuite('stages');

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
});
