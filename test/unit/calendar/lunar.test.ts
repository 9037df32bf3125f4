import { parseIsoDate } from '../../../domain/calendar/isoDate';
import {
  hungKingsDayOf,
  lunarNewYearOf,
  vietnameseLunarSource,
} from '../../../domain/calendar/lunar';

describe('Vietnamese lunar calendar (@dqcai/vn-lunar, UTC+7)', () => {
  test.each([
    [2024, '2024-02-10', '2024-04-18'],
    [2025, '2025-01-29', '2025-04-07'],
    [2026, '2026-02-17', '2026-04-26'],
    [2027, '2027-02-06', '2027-04-16'],
    [2028, '2028-01-26', '2028-04-04'],
  ])(
    'BLLĐ 2019 Điều 112 khoản 1 điểm b, e: %i — mùng 1 Tết %s, Giỗ Tổ Hùng Vương (10/3 Âm lịch) %s',
    (year, tet, hungKings) => {
      expect(lunarNewYearOf(year)).toBe(tet);
      expect(hungKingsDayOf(year)).toBe(hungKings);
    },
  );

  // Years where the Vietnamese calendar (new moon at 105°E) and the Chinese one (120°E) disagree.
  test.each([
    [1985, '1985-01-21', '1985-02-20'],
    [2007, '2007-02-17', '2007-02-18'],
    [2030, '2030-02-02', '2030-02-03'],
  ])(
    'Vietnamese vs Chinese calendar: Tết %i is %s in Vietnam (China: %s)',
    (year, vietnam, china) => {
      expect(lunarNewYearOf(year)).toBe(vietnam);
      expect(lunarNewYearOf(year)).not.toBe(china);
    },
  );

  test('Hùng Kings 2023 is in the regular 3rd month although 2023 has a leap 2nd month', () => {
    expect(hungKingsDayOf(2023)).toBe('2023-04-29');
    expect(vietnameseLunarSource.fromSolar(parseIsoDate('2023-04-29'))).toEqual({
      year: 2023,
      month: 3,
      day: 10,
      leap: false,
    });
  });

  test.each([
    ['2024-02-08', { year: 2023, month: 12, day: 29, leap: false }],
    ['2024-02-09', { year: 2023, month: 12, day: 30, leap: false }],
    ['2025-01-25', { year: 2024, month: 12, day: 26, leap: false }],
    ['2026-02-22', { year: 2026, month: 1, day: 6, leap: false }],
  ])('solar %s is lunar %o (as the announcements state)', (date, lunar) => {
    expect(vietnameseLunarSource.fromSolar(parseIsoDate(date))).toEqual(lunar);
    expect(vietnameseLunarSource.toSolar(lunar)).toBe(date);
  });

  test('a lunar day that does not exist is rejected, not rolled over', () => {
    // The 12th month of Ất Tỵ (2025) has 29 days: Tết 2026 follows 29 Chạp.
    expect(() =>
      vietnameseLunarSource.toSolar({ year: 2025, month: 12, day: 30, leap: false }),
    ).toThrow(RangeError);
    expect(() => lunarNewYearOf(2200)).toThrow(RangeError);
  });
});
