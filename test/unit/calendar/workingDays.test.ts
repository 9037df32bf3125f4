/**
 * Deadline arithmetic on the shipped civil-service calendar. Counting starts the day after the
 * event (BLDS 2015 Điều 147 khoản 3); only working days count.
 */

import {
  addDays,
  addWorkingDays,
  CIVIL_SERVICE_CALENDAR,
  deadlineAfter,
  endOfVietnamDate,
  firstWorkingDayOnOrAfter,
  isWorkingDay,
  lastWorkingDayOnOrBefore,
  parseIsoDate,
  workingDaysBetween,
} from '../../../domain/calendar';

const calendar = CIVIL_SERVICE_CALENDAR;
const d = parseIsoDate;

describe('addWorkingDays / deadlineAfter', () => {
  test.each([
    // [title, start, n, expected]
    ['Weekend: Friday 07/03/2025 + 1 = Monday 10/03/2025', '2025-03-07', 1, '2025-03-10'],
    ['Weekend: Saturday 08/03/2025 + 1 = Monday 10/03/2025', '2025-03-08', 1, '2025-03-10'],
    ['Weekend: Monday 10/03/2025 + 5 = Monday 17/03/2025', '2025-03-10', 5, '2025-03-17'],
    [
      'Tết 2024 (Thông báo 5015/TB-LĐTBXH): 07/02/2024 + 1 = 15/02/2024',
      '2024-02-07',
      1,
      '2024-02-15',
    ],
    [
      'Tết 2025 (Thông báo 6150/TB-BLĐTBXH): 24/01/2025 + 1 = 03/02/2025',
      '2025-01-24',
      1,
      '2025-02-03',
    ],
    [
      'Tết 2025 (Thông báo 6150/TB-BLĐTBXH): appraisal SLA, 20/01/2025 + 10 = 10/02/2025',
      '2025-01-20',
      10,
      '2025-02-10',
    ],
    [
      'Tết 2026 (Thông báo 9441, Bộ Nội vụ): 13/02/2026 + 1 = 23/02/2026',
      '2026-02-13',
      1,
      '2026-02-23',
    ],
    [
      '30/4–1/5/2024 (Công văn 2450/VPCP-KGVX): 26/04/2024 + 1 = 02/05/2024',
      '2024-04-26',
      1,
      '2024-05-02',
    ],
    [
      '30/4–1/5/2024 (Công văn 2450/VPCP-KGVX): 26/04/2024 + 3 = Saturday 04/05/2024 (worked)',
      '2024-04-26',
      3,
      '2024-05-04',
    ],
    [
      '30/4–1/5/2024 (Công văn 2450/VPCP-KGVX): 26/04/2024 + 4 = Monday 06/05/2024',
      '2024-04-26',
      4,
      '2024-05-06',
    ],
    [
      '30/4–1/5/2025 (Thông báo 6150/TB-BLĐTBXH): Friday 25/04/2025 + 1 = Saturday 26/04/2025 (worked)',
      '2025-04-25',
      1,
      '2025-04-26',
    ],
    [
      '30/4–1/5/2025 (Thông báo 6150/TB-BLĐTBXH): 29/04/2025 + 1 = 05/05/2025',
      '2025-04-29',
      1,
      '2025-05-05',
    ],
    [
      '2/9/2024 (Thông báo 5015/TB-LĐTBXH): 30/08/2024 + 1 = 04/09/2024',
      '2024-08-30',
      1,
      '2024-09-04',
    ],
    [
      '2/9/2025 (Thông báo 6150/TB-BLĐTBXH): 29/08/2025 + 1 = 03/09/2025',
      '2025-08-29',
      1,
      '2025-09-03',
    ],
    [
      '2/9/2026 (Thông báo 9441, Bộ Nội vụ): 28/08/2026 + 1 = 03/09/2026',
      '2026-08-28',
      1,
      '2026-09-03',
    ],
    [
      '2/9/2026 (Thông báo 9441, Bộ Nội vụ): Friday 21/08/2026 + 1 = Saturday 22/08/2026 (worked)',
      '2026-08-21',
      1,
      '2026-08-22',
    ],
    [
      'Tết Dương lịch 2026 (Công văn 12729/VPCP-KGVX): 31/12/2025 + 1 = 05/01/2026',
      '2025-12-31',
      1,
      '2026-01-05',
    ],
    [
      'Tết Dương lịch 2026 (Công văn 12729/VPCP-KGVX): 09/01/2026 + 1 = Saturday 10/01/2026 (worked)',
      '2026-01-09',
      1,
      '2026-01-10',
    ],
    [
      'Hùng Kings 2026 on Sunday, compensatory Monday (BLLĐ Điều 111 khoản 3): 24/04/2026 + 1 = 28/04/2026',
      '2026-04-24',
      1,
      '2026-04-28',
    ],
    [
      'Hùng Kings 2024 (BLLĐ Điều 112 khoản 1 điểm e): 17/04/2024 + 1 = 19/04/2024',
      '2024-04-17',
      1,
      '2024-04-19',
    ],
  ])('%s', (_title, start, n, expected) => {
    expect(addWorkingDays(d(start), n, calendar)).toBe(expected);
    expect(deadlineAfter(d(start), n, calendar)).toBe(expected);
  });
});

describe('addWorkingDays / deadlineAfter: counts, periods and long spans', () => {
  test.each([
    ['backwards over Tết 2025: 03/02/2025 − 1 = 24/01/2025', '2025-02-03', -1, '2025-01-24'],
    [
      'backwards onto a worked Saturday: 28/04/2025 − 1 = 26/04/2025',
      '2025-04-28',
      -1,
      '2025-04-26',
    ],
    ['backwards from a holiday: 30/04/2025 − 1 = 29/04/2025', '2025-04-30', -1, '2025-04-29'],
    ['n = 0 returns the start unchanged, even on a holiday', '2025-01-29', 0, '2025-01-29'],
  ])('%s', (_title, start, n, expected) => {
    expect(addWorkingDays(d(start), n, calendar)).toBe(expected);
  });

  test('the result of a positive count is always a working day', () => {
    for (let start = d('2024-01-01'); start <= '2026-12-31'; start = addDays(start, 1)) {
      expect(isWorkingDay(addWorkingDays(start, 1, calendar), calendar)).toBe(true);
    }
  });

  test('deadlineAfter rejects periods that are not a positive whole number of days', () => {
    expect(() => deadlineAfter(d('2025-03-07'), 0, calendar)).toThrow(RangeError);
    expect(() => deadlineAfter(d('2025-03-07'), 1.5, calendar)).toThrow(RangeError);
    expect(() => addWorkingDays(d('2025-03-07'), Number.NaN, calendar)).toThrow(RangeError);
  });

  test('a deadline ends at the end of its last day in Vietnam (BLDS 2015 Điều 148 khoản 1)', () => {
    const due = deadlineAfter(d('2025-01-24'), 1, calendar);
    expect(new Date(endOfVietnamDate(due)).toISOString()).toBe('2025-02-03T17:00:00.000Z');
  });

  test('200 working days from 02/01/2025 cross Tết, 30/4 and 2/9 of 2025 and land on 23/10/2025', () => {
    // After 02/01 there are 11 weekdays off (27–31/1, 7/4, 30/4, 1–2/5, 1–2/9) and one worked
    // Saturday (26/4): 200 + 11 − 1 = 210 weekdays = Fri 03/01 + 41 weeks + Mon–Thu 20–23/10.
    expect(addWorkingDays(d('2025-01-02'), 200, calendar)).toBe('2025-10-23');
    expect(workingDaysBetween(d('2025-01-02'), d('2025-10-23'), calendar)).toBe(200);
  });
});

describe('workingDaysBetween: start excluded, end included', () => {
  test.each([
    ['same day', '2025-03-10', '2025-03-10', 0],
    ['Monday → Tuesday', '2025-03-10', '2025-03-11', 1],
    ['Friday → Monday', '2025-03-07', '2025-03-10', 1],
    ['Friday → Sunday', '2025-03-07', '2025-03-09', 0],
    ['over Tết 2025 (Thông báo 6150/TB-BLĐTBXH): 24/01 → 03/02', '2025-01-24', '2025-02-03', 1],
    [
      'worked Saturday counts (Thông báo 6150/TB-BLĐTBXH): 25/04 → 26/04/2025',
      '2025-04-25',
      '2025-04-26',
      1,
    ],
    ['reversed arguments give the negative', '2025-02-03', '2025-01-24', -1],
    [
      'whole year 2025: 365 days − 104 weekend days − 12 weekdays off + 1 worked Saturday',
      '2024-12-31',
      '2025-12-31',
      250,
    ],
    ['whole year 2026: 365 − 104 − 13 + 2', '2025-12-31', '2026-12-31', 250],
    ['whole year 2024 (leap): 366 − 104 − 12 + 1', '2023-12-31', '2024-12-31', 251],
  ])('%s = %s → %s: %i', (_title, a, b, expected) => {
    expect(workingDaysBetween(d(a), d(b), calendar)).toBe(expected);
  });

  test('is the inverse of addWorkingDays for every start in 2024–2026 and n = 0…25', () => {
    for (let start = d('2024-01-01'); start <= '2026-12-31'; start = addDays(start, 1)) {
      for (let n = 0; n <= 25; n++) {
        const end = addWorkingDays(start, n, calendar);
        if (workingDaysBetween(start, end, calendar) !== n) {
          throw new Error(`between(${start}, add(${start}, ${n}) = ${end}) !== ${n}`);
        }
      }
    }
  });

  test('going back n working days from a working day is undone by going forward n', () => {
    for (let start = d('2024-01-01'); start <= '2026-12-31'; start = addDays(start, 1)) {
      if (!isWorkingDay(start, calendar)) continue;
      const back = addWorkingDays(start, -7, calendar);
      expect(addWorkingDays(back, 7, calendar)).toBe(start);
      expect(workingDaysBetween(start, back, calendar)).toBe(-7);
    }
  });
});

describe('first/last working day around a date', () => {
  test.each([
    ['a working day is itself', '2025-03-10', '2025-03-10', '2025-03-10'],
    ['mùng 1 Tết 2025 → 03/02 / 24/01', '2025-01-29', '2025-02-03', '2025-01-24'],
    ['a worked Saturday is itself (26/04/2025)', '2025-04-26', '2025-04-26', '2025-04-26'],
    ['Saturday 31/08/2024 → 04/09 / 30/08', '2024-08-31', '2024-09-04', '2024-08-30'],
  ])('%s', (_title, date, onOrAfter, onOrBefore) => {
    expect(firstWorkingDayOnOrAfter(d(date), calendar)).toBe(onOrAfter);
    expect(lastWorkingDayOnOrBefore(d(date), calendar)).toBe(onOrBefore);
  });
});
