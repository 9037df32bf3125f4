import {
  fullMonthsBetween,
  fullYearsBetween,
  isIsoDate,
  overlapDays,
} from '../../../domain/ruleSets/isoDate';

describe('ISO date arithmetic used by the rules', () => {
  test.each<[string, string, number]>([
    ['2025-07-01', '2026-01-01', 6],
    ['2025-07-02', '2026-01-01', 5],
    ['2025-01-31', '2025-02-28', 1], // clamped: the 31st is reached at month end
    ['2025-01-31', '2025-03-01', 1],
    ['2024-02-29', '2025-02-28', 12],
    ['2026-01-01', '2025-07-01', 0],
  ])('full months from %s to %s = %i', (from, to, months) => {
    expect(fullMonthsBetween(from, to)).toBe(months);
  });

  test('full years use the anniversary', () => {
    expect(fullYearsBetween('2015-05-03', '2025-05-03')).toBe(10);
    expect(fullYearsBetween('2015-05-04', '2025-05-03')).toBe(9);
  });

  test('validation rejects impossible dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
  });

  test('overlap is inclusive and open ranges run to the window end', () => {
    expect(
      overlapDays({ from: '2025-12-31', to: null }, { from: '2025-01-01', to: '2025-12-31' }),
    ).toBe(1);
    expect(
      overlapDays(
        { from: '2024-01-01', to: '2024-12-31' },
        { from: '2025-01-01', to: '2025-12-31' },
      ),
    ).toBe(0);
  });
});
