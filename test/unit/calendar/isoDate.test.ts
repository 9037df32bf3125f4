import {
  addDays,
  daysBetween,
  fromEpochDay,
  fullMonthsBetween,
  fullYearsBetween,
  isIsoDate,
  isoDateOf,
  isWeekend,
  overlapDays,
  parseIsoDate,
  toEpochDay,
  weekdayOf,
  yearOf,
} from '../../../domain/calendar/isoDate';

describe('IsoDate validation', () => {
  test.each([
    ['2024-02-29', true, 'leap day of a leap year'],
    ['2025-02-29', false, 'no 29 February in 2025'],
    ['2100-02-29', false, '2100 is not a leap year'],
    ['2000-02-29', true, '2000 is a leap year'],
    ['2025-04-31', false, 'April has 30 days'],
    ['2025-13-01', false, 'month 13'],
    ['2025-1-01', false, 'month not zero-padded'],
    ['25-01-01', false, 'two-digit year'],
    ['2025-01-01T00:00:00Z', false, 'a timestamp is not a date'],
    ['', false, 'empty'],
  ])('%s is valid: %s (%s)', (text, valid) => {
    expect(isIsoDate(text)).toBe(valid);
    if (valid) expect(parseIsoDate(text)).toBe(text);
    else expect(() => parseIsoDate(text)).toThrow(RangeError);
  });

  test('non-strings are not dates', () => {
    expect(isIsoDate(20250101)).toBe(false);
    expect(isIsoDate(null)).toBe(false);
  });

  test('isoDateOf pads and rejects a non-existent day', () => {
    expect(isoDateOf(2025, 1, 5)).toBe('2025-01-05');
    expect(() => isoDateOf(2025, 2, 30)).toThrow(RangeError);
  });
});

describe('epoch-day arithmetic (no Date involved)', () => {
  test('agrees with Date.UTC for every day of 1990–2110', () => {
    const from = Date.UTC(1990, 0, 1) / 86_400_000;
    const to = Date.UTC(2110, 11, 31) / 86_400_000;
    for (let day = from; day <= to; day++) {
      const utc = new Date(day * 86_400_000);
      const expected = utc.toISOString().slice(0, 10);
      const date = fromEpochDay(day);
      if (date !== expected || toEpochDay(date) !== day || weekdayOf(date) !== utc.getUTCDay()) {
        throw new Error(`mismatch at epoch day ${day}: ${date} vs ${expected}`);
      }
    }
  });

  test('1970-01-01 is epoch day 0, a Thursday', () => {
    expect(toEpochDay(parseIsoDate('1970-01-01'))).toBe(0);
    expect(weekdayOf(parseIsoDate('1970-01-01'))).toBe(4);
  });

  test('addDays crosses months, years and leap days', () => {
    expect(addDays(parseIsoDate('2024-02-28'), 1)).toBe('2024-02-29');
    expect(addDays(parseIsoDate('2024-12-31'), 1)).toBe('2025-01-01');
    expect(addDays(parseIsoDate('2025-03-01'), -1)).toBe('2025-02-28');
    expect(daysBetween(parseIsoDate('2025-01-01'), parseIsoDate('2026-01-01'))).toBe(365);
    expect(() => addDays(parseIsoDate('2025-03-01'), 0.5)).toThrow(RangeError);
  });

  test.each([
    ['2025-04-26', true, 'Saturday'],
    ['2025-04-27', true, 'Sunday'],
    ['2025-04-28', false, 'Monday'],
    ['2025-05-02', false, 'Friday'],
  ])('%s is a weekend day: %s (%s)', (date, weekend) => {
    expect(isWeekend(parseIsoDate(date))).toBe(weekend);
  });
});

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

  test("a record's date that is not a day fails the rule that reads it", () => {
    expect(() => fullMonthsBetween('2025-01-01', '2025-02-30')).toThrow(RangeError);
    expect(() => yearOf('2025-13-01')).toThrow(RangeError);
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
