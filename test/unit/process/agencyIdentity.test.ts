import { agencyOn, formatDecisionNumber } from '../../../domain/agency/agencyIdentity';

/** The agency became the Ministry of Ethnic and Religious Affairs on 01/03/2025 (domain.md §1). */
describe('agencyOn', () => {
  test.each([
    ['2021-05-03', 'UBDT', 'Ủy ban Dân tộc'],
    ['2025-02-28', 'UBDT', 'Ủy ban Dân tộc'],
    ['2025-03-01', 'BDTTG', 'Bộ Dân tộc và Tôn giáo'],
    ['2026-11-26', 'BDTTG', 'Bộ Dân tộc và Tôn giáo'],
  ])('on %s the symbol is %s', (date, symbol, name) => {
    expect(agencyOn(date)).toMatchObject({ symbol, name: { vi: name } });
  });

  test('before any identity there is none', () => {
    expect(() => agencyOn('1990-01-01')).toThrow(RangeError);
  });

  test('decision numbers read N/QĐ-<symbol>', () => {
    expect(formatDecisionNumber(12, 'BDTTG')).toBe('12/QĐ-BDTTG');
  });
});
