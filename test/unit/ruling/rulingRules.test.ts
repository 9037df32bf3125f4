import { refuseRulingContent } from '../../../domain/ruling/rulingRules';

describe('what a ruling on a decision must contain', () => {
  const annex = ['n1', 'n2'];
  const struck = (nominationId: string, reason = 'Không đạt') => ({ nominationId, reason });
  test.each([
    ['approve all', { outcome: 'approve_all' }, undefined, undefined],
    [
      'approve some, one struck',
      { outcome: 'approve_some', struck: [struck('n1')] },
      undefined,
      undefined,
    ],
    [
      'approve some, none struck',
      { outcome: 'approve_some', struck: [] },
      'STRUCK_REQUIRED',
      'struck',
    ],
    [
      'struck nomination not in the annex',
      { outcome: 'approve_some', struck: [struck('n9')] },
      'STRUCK_NOT_IN_DECISION',
      'struck.0.nominationId',
    ],
    [
      'struck twice',
      { outcome: 'approve_some', struck: [struck('n1'), struck('n1')] },
      'DUPLICATE_STRUCK',
      'struck.1.nominationId',
    ],
    [
      'struck without a reason',
      { outcome: 'approve_some', struck: [struck('n1', ' ')] },
      'REASON_REQUIRED',
      'struck.0.reason',
    ],
    [
      'every nomination struck',
      { outcome: 'approve_some', struck: [struck('n1'), struck('n2')] },
      'NOTHING_KEPT',
      'struck',
    ],
    ['reject without a reason', { outcome: 'reject' }, 'REASON_REQUIRED', 'reason'],
    [
      'return with a reason',
      { outcome: 'return_to_council', reason: 'Bổ sung' },
      undefined,
      undefined,
    ],
  ] as const)('%s', (_case, action, code, field) => {
    const refusal = refuseRulingContent(annex, {
      ...action,
      struck: 'struck' in action ? [...action.struck] : undefined,
    });
    expect(refusal?.code).toBe(code);
    expect(refusal?.field).toBe(field);
    if (refusal) expect(refusal.message.vi).toMatch(/[ạảãàáâậầấẩẫăắằặẳẵđêếềệểễôốồổỗộơớờợởỡưứừựửữ]/);
  });
});
