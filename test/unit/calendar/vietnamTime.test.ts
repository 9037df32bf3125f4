import { parseIsoDate } from '../../../domain/calendar/isoDate';
import {
  endOfVietnamDate,
  startOfVietnamDate,
  vietnamDateOf,
} from '../../../domain/calendar/vietnamTime';

describe('instant → Vietnamese calendar date (UTC+7, no daylight saving)', () => {
  test.each([
    ['2025-01-28T16:59:59.999Z', '2025-01-28', '23:59:59.999 in Hà Nội is still 28/01'],
    ['2025-01-28T17:00:00.000Z', '2025-01-29', '00:00 in Hà Nội is mùng 1 Tết 2025'],
    ['2024-12-31T17:00:00.000Z', '2025-01-01', 'New Year starts 7 hours before UTC'],
    ['2024-12-31T16:00:00.000Z', '2024-12-31', 'still the old year at 23:00'],
    ['1969-12-31T17:00:00.000Z', '1970-01-01', 'before the epoch'],
    ['2024-02-29T20:00:00.000Z', '2024-03-01', 'leap day rolls over'],
  ])('%s → %s (%s)', (instant, date) => {
    const ms = Date.parse(instant);
    expect(vietnamDateOf(ms)).toBe(date);
    expect(vietnamDateOf(new Date(ms))).toBe(date);
  });

  test('start and end of a Vietnamese day are 17:00 UTC the day before and that day', () => {
    const date = parseIsoDate('2025-09-02');
    expect(new Date(startOfVietnamDate(date)).toISOString()).toBe('2025-09-01T17:00:00.000Z');
    expect(new Date(endOfVietnamDate(date)).toISOString()).toBe('2025-09-02T17:00:00.000Z');
    expect(vietnamDateOf(startOfVietnamDate(date))).toBe(date);
    expect(vietnamDateOf(endOfVietnamDate(date) - 1)).toBe(date);
  });

  test('round trip for every day of 2024–2026', () => {
    let date = parseIsoDate('2024-01-01');
    for (let i = 0; i < 3 * 366; i++) {
      const start = startOfVietnamDate(date);
      expect(vietnamDateOf(start)).toBe(date);
      date = vietnamDateOf(start + 86_400_000);
    }
  });

  test('does not depend on the process time zone', () => {
    const saved = process.env.TZ;
    const ms = Date.parse('2025-01-28T17:30:00.000Z');
    try {
      for (const zone of ['UTC', 'America/New_York', 'Asia/Tokyo', 'Pacific/Kiritimati']) {
        process.env.TZ = zone;
        expect(vietnamDateOf(ms)).toBe('2025-01-29');
        expect(startOfVietnamDate(parseIsoDate('2025-01-29'))).toBe(
          Date.parse('2025-01-28T17:00:00.000Z'),
        );
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  test('rejects an invalid instant', () => {
    expect(() => vietnamDateOf(Number.NaN)).toThrow(RangeError);
    expect(() => vietnamDateOf(new Date('not a date'))).toThrow(RangeError);
  });
});
