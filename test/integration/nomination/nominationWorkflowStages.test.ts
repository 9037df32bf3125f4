import { CIVIL_SERVICE_CALENDAR, deadlineAfter } from '../../../domain/calendar';
import {
  appraiseUpdate,
  decisionRulingSignal,
  externalOutcomeUpdate,
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
describe('nominationWorkflow: every stage and the paths through the decision', () => {
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

    // nomination-full-path.json is this path before its short steps ran as local activities.
    await captureHistory(handle, 'nomination-full-path-local-steps');
  });

  test('an award without a council vote (LĐTT) goes from appraisal to the decision', async () => {
    const handle = await submit('LDTT');
    const status = await handle.executeUpdate(appraiseUpdate, {
      args: [{ actor: secretariat, outcome: 'accept' }],
    });
    expect(status.stage).toBe('awaiting_decision');
  });

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
