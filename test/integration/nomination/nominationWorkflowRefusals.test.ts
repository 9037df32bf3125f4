import {
  appraiseUpdate,
  cancelUpdate,
  externalOutcomeUpdate,
  statusQuery,
  withdrawUpdate,
} from '../../../workflows/nomination/messages';
import { captureHistory } from '../../harness/captureHistory';
import {
  head,
  otherHead,
  secretariat,
  member,
  nominationWorkflowSuite,
} from './nominationWorkflowSuite';

/** The nomination workflow on the real dev server with real activities and database. */
describe('nominationWorkflow: ending and refusing', () => {
  const { submit, record } = nominationWorkflowSuite('refusals');

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
