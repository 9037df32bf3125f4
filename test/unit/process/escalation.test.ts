import {
  alertRecipient,
  deadlineState,
  isOverdueAt,
  manualAlertDetail,
} from '../../../domain/process/escalation';

// A deadline whose last working day is Thu 17/12/2026 ends at 00:00 on 18/12 in Vietnam.
const DUE_AT = '2026-12-17T17:00:00.000Z';

/** Alerts say "overdue" only past the deadline; the desk may remind or escalate early. */
describe('is an alert overdue', () => {
  test.each([
    ['a week before', '2026-12-10T03:00:00.000Z', false],
    ['the last day, 23:59 in Vietnam', '2026-12-17T16:59:59.999Z', false],
    ['00:00 after the last day', DUE_AT, true],
    ['two days later', '2026-12-19T02:00:00.000Z', true],
  ])('%s: %s', (_case, at, overdue) => {
    expect(isOverdueAt(at, DUE_AT)).toBe(overdue);
  });
});

describe('the deadline in words', () => {
  test('before the deadline: not overdue, with the due date as dd/mm/yyyy', () => {
    expect(deadlineState(false, '2026-12-17')).toEqual({
      vi: 'chưa quá hạn, sắp đến hạn ngày 17/12/2026',
      en: 'not yet overdue, due 17/12/2026',
    });
  });

  test('past the deadline: overdue, naming the deadline', () => {
    expect(deadlineState(true, '2026-12-17')).toEqual({
      vi: 'đã quá hạn (hạn 17/12/2026)',
      en: 'overdue (due 17/12/2026)',
    });
  });
});

describe('a desk alert on the timeline', () => {
  test.each([
    ['reminder', 'secretariat', 'secretariat'],
    ['escalation', 'secretariat', 'council_chair'],
    ['escalation', 'council_member', 'council_chair'],
    ['escalation', 'minister', 'secretariat'],
  ] as const)('a %s while the %s holds it goes to the %s', (kind, holder, to) => {
    expect(alertRecipient(kind, holder)).toBe(to);
  });

  test('an early escalation names the chair and says it is not overdue', () => {
    expect(manualAlertDetail('escalation', 'secretariat', false, '2026-12-17')).toEqual({
      vi: 'Báo cáo Chủ tịch Hội đồng: hồ sơ chưa quá hạn, sắp đến hạn ngày 17/12/2026.',
      en: 'Raised with Council chair: not yet overdue, due 17/12/2026.',
    });
  });

  test('a late reminder says it is overdue', () => {
    expect(manualAlertDetail('reminder', 'unit_head', true, '2026-12-17').vi).toBe(
      'Nhắc Thủ trưởng đơn vị: hồ sơ đã quá hạn (hạn 17/12/2026).',
    );
  });
});
