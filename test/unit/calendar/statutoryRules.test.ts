/**
 * Years without an official schedule: the calendar falls back on the Labour Code's rules, with
 * Tết and the National Day adjacent day marked provisional.
 */

import {
  addDays,
  addWorkingDays,
  CIVIL_SERVICE_CALENDAR,
  createWorkingCalendar,
  daysOffInYear,
  isoDateOf,
  isWeekend,
  isWorkingDay,
  parseIsoDate,
  parseOfficialSchedule,
  SHIPPED_OFFICIAL_SCHEDULES,
  type IsoDate,
  type LunarSource,
  vietnameseLunarSource,
  type WorkingCalendar,
} from '../../../domain/calendar';

const d = parseIsoDate;
const rulesOnly = createWorkingCalendar();

function weekdaysOff(calendar: WorkingCalendar, from: string, to: string): IsoDate[] {
  const result: IsoDate[] = [];
  for (let date = d(from); date <= to; date = addDays(date, 1)) {
    if (!isWeekend(date) && !isWorkingDay(date, calendar)) result.push(date);
  }
  return result;
}

describe('2027, no official schedule yet (CIVIL_SERVICE_CALENDAR falls back on the rules)', () => {
  const calendar = CIVIL_SERVICE_CALENDAR;

  test.each([
    ['BLLĐ Điều 112 khoản 1 điểm a: Tết Dương lịch 01/01/2027 (Friday)', '2027-01-01'],
    ['BLLĐ Điều 112 khoản 1 điểm b: mùng 1 Tết 06/02/2027 is within the break', '2027-02-06'],
    [
      'BLLĐ Điều 112 khoản 1 điểm e: Giỗ Tổ Hùng Vương 16/04/2027 (10/3 Âm lịch, Friday)',
      '2027-04-16',
    ],
    ['BLLĐ Điều 112 khoản 1 điểm c: Ngày Chiến thắng 30/04/2027', '2027-04-30'],
    [
      'BLLĐ Điều 111 khoản 3: 01/5/2027 is a Saturday → compensatory Monday 03/05/2027',
      '2027-05-03',
    ],
    ['BLLĐ Điều 112 khoản 1 điểm đ: Quốc khánh 02/09/2027 (Thursday)', '2027-09-02'],
    ['BLLĐ Điều 112 khoản 1 điểm đ: adjacent day estimated as Friday 03/09/2027', '2027-09-03'],
  ])('%s', (_title, date) => {
    expect(isWorkingDay(d(date), calendar)).toBe(false);
  });

  test('Tết 2027 (BLLĐ Điều 112 khoản 1 điểm b + Điều 111 khoản 3): provisional break Thu 04/02 – Wed 10/02/2027', () => {
    // 2 days before mùng 1 (Sat 06/02) and 3 from it; Sat 06 and Sun 07 give Tue 09 and Wed 10.
    expect(weekdaysOff(calendar, '2027-01-15', '2027-02-28')).toEqual([
      '2027-02-04',
      '2027-02-05',
      '2027-02-08',
      '2027-02-09',
      '2027-02-10',
    ]);
    expect(addWorkingDays(d('2027-02-03'), 1, calendar)).toBe('2027-02-11');
  });

  test('the Tết and adjacent-day estimates are flagged provisional; law-fixed days are not', () => {
    const listed = daysOffInYear(2027, calendar);
    const byDate = (date: string) => listed.find((day) => day.date === date);
    expect(byDate('2027-02-06')).toMatchObject({ occasion: 'lunarNewYear', provisional: true });
    expect(byDate('2027-02-09')).toMatchObject({ kind: 'compensatory', provisional: true });
    expect(byDate('2027-09-03')).toMatchObject({ occasion: 'nationalDay', provisional: true });
    expect(byDate('2027-09-02')).toMatchObject({ occasion: 'nationalDay', provisional: false });
    expect(byDate('2027-04-16')).toMatchObject({ occasion: 'hungKings', provisional: false });
    expect(byDate('2027-05-03')).toMatchObject({ kind: 'compensatory', provisional: false });
    expect(byDate('2027-02-06')?.reason_vi).toContain('mùng 1 tháng Giêng');
  });
});

describe('BLLĐ Điều 111 khoản 3: compensatory days go to the next day that is not already off', () => {
  test('2023: Hùng Kings Sat 29/4 → Tue 02/5 (Mon 01/5 is a holiday), 30/4 Sun → Wed 03/5', () => {
    expect(weekdaysOff(rulesOnly, '2023-04-24', '2023-05-07')).toEqual([
      '2023-05-01',
      '2023-05-02',
      '2023-05-03',
    ]);
  });

  test('2023: Quốc khánh Sat 02/9 → adjacent Fri 01/9 and compensatory Mon 04/9', () => {
    expect(weekdaysOff(rulesOnly, '2023-08-28', '2023-09-08')).toEqual([
      '2023-09-01',
      '2023-09-04',
    ]);
  });

  test('2028: Tết Dương lịch on Saturday 01/01 → Monday 03/01/2028', () => {
    expect(weekdaysOff(rulesOnly, '2028-01-01', '2028-01-09')).toEqual(['2028-01-03']);
  });
});

describe('the rules reproduce the announced Tết and National Day breaks (back-test)', () => {
  test.each([
    [2023, '2023-01-20', '2023-01-26', 'Tết 2023: 20/01 – 26/01 (29 Chạp – mùng 5)'],
    [2024, '2024-02-08', '2024-02-14', 'Tết 2024: Thông báo 5015/TB-LĐTBXH'],
    [2025, '2025-01-27', '2025-01-31', 'Tết 2025: Thông báo 6150/TB-BLĐTBXH'],
    [2026, '2026-02-16', '2026-02-20', 'Tết 2026: Thông báo 9441 (Bộ Nội vụ)'],
  ])('%i: weekdays %s … %s (%s)', (year, first, last) => {
    const expected: IsoDate[] = [];
    for (let date = d(first); date <= last; date = addDays(date, 1)) {
      if (!isWeekend(date)) expected.push(date);
    }
    expect(weekdaysOff(rulesOnly, `${year}-01-10`, `${year}-03-01`)).toEqual(expected);
  });

  test.each([
    [2024, '2024-09-03', 'Thông báo 5015/TB-LĐTBXH: Monday 02/9 + Tuesday 03/9'],
    [2025, '2025-09-01', 'Thông báo 6150/TB-BLĐTBXH: Monday 01/9 + Tuesday 02/9'],
    [2026, '2026-09-01', 'Thông báo 9441: Tuesday 01/9 + Wednesday 02/9'],
  ])('%i adjacent National Day day %s (%s)', (year, adjacent) => {
    const days = weekdaysOff(rulesOnly, `${year}-08-25`, `${year}-09-10`);
    expect(days).toEqual([adjacent, `${year}-09-02`].sort());
  });
});

describe('an official schedule replaces the rules only for the occasions it lists', () => {
  const newYearSwapOnly = parseOfficialSchedule({
    year: 2027,
    source: 'unverified',
    daysOff: [
      {
        date: '2027-01-01',
        occasion: 'newYear',
        reason_vi: 'Tết Dương lịch',
        reason_en: "New Year's Day",
      },
    ],
    workingDays: [],
  });

  test('a 2027 schedule with only New Year keeps the provisional Tết and National Day', () => {
    const calendar = createWorkingCalendar({ schedules: [newYearSwapOnly] });
    expect(isWorkingDay(d('2027-02-04'), calendar)).toBe(false);
    expect(isWorkingDay(d('2027-09-03'), calendar)).toBe(false);
  });

  test('a 2027 schedule announcing Tết as 1 day before + 4 after replaces the estimate', () => {
    const tet = [
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-02-09',
      '2027-02-10',
      '2027-02-11',
    ];
    const schedule = parseOfficialSchedule({
      year: 2027,
      source: 'unverified',
      daysOff: tet.map((date) => ({
        date,
        occasion: 'lunarNewYear',
        reason_vi: 'Tết Âm lịch',
        reason_en: 'Lunar New Year',
      })),
      workingDays: [],
    });
    const calendar = createWorkingCalendar({ schedules: [schedule] });
    expect(weekdaysOff(calendar, '2027-01-15', '2027-02-28')).toEqual([
      '2027-02-05',
      '2027-02-08',
      '2027-02-09',
      '2027-02-10',
      '2027-02-11',
    ]);
    expect(isWorkingDay(d('2027-02-04'), calendar)).toBe(true);
    const listed = daysOffInYear(2027, calendar).filter((day) => day.occasion === 'lunarNewYear');
    expect(listed.every((day) => day.kind === 'announced' && !day.provisional)).toBe(true);
  });

  test('the shipped calendar differs from the rules only by the announced swaps', () => {
    for (let date = d('2024-01-01'); date <= '2026-12-31'; date = addDays(date, 1)) {
      const shipped = isWorkingDay(date, CIVIL_SERVICE_CALENDAR);
      const rules = isWorkingDay(date, rulesOnly);
      if (shipped !== rules) {
        const swapped = SHIPPED_OFFICIAL_SCHEDULES.some(
          (s) =>
            s.workingDays.some((w) => w.date === date) ||
            s.daysOff.some((o) => o.date === date && o.reason_vi.includes('hoán đổi')),
        );
        if (!swapped) throw new Error(`${date}: shipped ${shipped}, rules ${rules}`);
      }
    }
  });
});

describe('supported years and lunar look-ups', () => {
  test('years before the Labour Code 2019 took effect (2021) or after the lunar tables are refused', () => {
    expect(() => isWorkingDay(d('2020-12-31'), rulesOnly)).toThrow(RangeError);
    expect(() => isWorkingDay(d('2200-01-01'), rulesOnly)).toThrow(RangeError);
    expect(() => addWorkingDays(d('2199-12-30'), 5, rulesOnly)).toThrow(RangeError);
    expect(isWorkingDay(isoDateOf(2199, 12, 31), rulesOnly)).toBe(true);
  });

  test('each year is computed once: a 200-working-day deadline does no further lunar conversion', () => {
    let conversions = 0;
    const counting: LunarSource = {
      toSolar: (lunar) => {
        conversions += 1;
        return vietnameseLunarSource.toSolar(lunar);
      },
      fromSolar: (date) => {
        conversions += 1;
        return vietnameseLunarSource.fromSolar(date);
      },
    };
    const calendar = createWorkingCalendar({
      schedules: SHIPPED_OFFICIAL_SCHEDULES,
      lunar: counting,
    });
    addWorkingDays(d('2027-01-04'), 200, calendar);
    const afterFirst = conversions;
    expect(afterFirst).toBeGreaterThan(0);
    expect(afterFirst).toBeLessThan(30); // a handful per year, not one per day
    for (let start = d('2027-01-04'); start <= '2027-12-31'; start = addDays(start, 1)) {
      addWorkingDays(start, 200, calendar);
    }
    const afterYearOfDeadlines = conversions;
    expect(afterYearOfDeadlines - afterFirst).toBeLessThan(30); // only 2028 was added
  });

  test('360 deadlines of 200 working days take well under a second', () => {
    const calendar = createWorkingCalendar({ schedules: SHIPPED_OFFICIAL_SCHEDULES });
    const started = performance.now();
    for (let start = d('2025-01-01'); start <= '2025-12-26'; start = addDays(start, 1)) {
      addWorkingDays(start, 200, calendar);
    }
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
