import {
  agencyOn,
  formatDocumentNumber,
  formatRegisterNumber,
} from '../../../domain/agency/agencyIdentity';

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
    expect(formatDocumentNumber(12, 'BDTTG')).toBe('12/QĐ-BDTTG');
  });

  test('a submission upward (tờ trình) reads N/TTr-<symbol> (Decree 30/2020/NĐ-CP, Appendix III)', () => {
    expect(formatDocumentNumber(3, 'BDTTG', 'submission')).toBe('03/TTr-BDTTG');
    expect(formatDocumentNumber(3, 'UBDT', 'submission')).toBe('03/TTr-UBDT');
  });

  test.each([
    [1, '01/QĐ-BDTTG'],
    [9, '09/QĐ-BDTTG'],
    [10, '10/QĐ-BDTTG'],
    [123, '123/QĐ-BDTTG'],
  ])(
    'number %i reads %s: below 10 with a leading zero (Decree 30/2020/NĐ-CP, Art. 15(1))',
    (n, text) => {
      expect(formatDocumentNumber(n, 'BDTTG')).toBe(text);
    },
  );

  test.each([
    [{ sequence: 12, symbol: 'BDTTG', year: 2026 }, 3, '12.03/BDTTG/2026'],
    [{ sequence: 12, symbol: 'BDTTG', year: 2025 }, 3, '12.03/BDTTG/2025'],
    // Decision 12 of 2025 exists twice: under UBDT until 28/02, under BDTTG from 01/03.
    [{ sequence: 12, symbol: 'UBDT', year: 2025 }, 3, '12.03/UBDT/2025'],
    [{ sequence: 140, symbol: 'BDTTG', year: 2026 }, 117, '140.117/BDTTG/2026'],
    // Decision 01/QĐ-BDTTG: the register number is written as the decision's number is.
    [{ sequence: 1, symbol: 'BDTTG', year: 2026 }, 1, '01.01/BDTTG/2026'],
  ])('certificate register number of %o line %i: %s', (decision, line, expected) => {
    expect(formatRegisterNumber(decision, line)).toBe(expected);
  });
});
