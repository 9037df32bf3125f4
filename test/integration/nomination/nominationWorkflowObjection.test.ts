import {
  CIVIL_SERVICE_CALENDAR,
  publicCommentEnd,
  type PostingDayRule,
} from '../../../domain/calendar';
import { validateConfigOverride } from '../../../domain/ruleSets/overrides';
import {
  latestOverride,
  ruleSetForReceipt,
  saveOverrideRevision,
} from '../../../data/configuration/ruleSetsInForce';
import { appraiseUpdate, objectionUpdate } from '../../../workflows/nomination/messages';
import { captureHistory } from '../../harness/captureHistory';
import { secretariat, today, nominationWorkflowSuite } from './nominationWorkflowSuite';

/** The nomination workflow on the real dev server with real activities and database. */
describe('nominationWorkflow: objections during public comment', () => {
  const { submit, record } = nominationWorkflowSuite('objection');

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
});
