/**
 * The shipped schedules 2024–2026, day by day: every weekday that is off and every weekend day
 * that is worked, for the whole year, must be exactly what the law and the announcements give.
 */

import {
  addDays,
  CIVIL_SERVICE_CALENDAR,
  daysOffInYear,
  isoDateOf,
  isWeekend,
  isWorkingDay,
  parseIsoDate,
  SHIPPED_OFFICIAL_SCHEDULES,
  swappedWorkingDaysInYear,
  type IsoDate,
} from '../../../domain/calendar';

const calendar = CIVIL_SERVICE_CALENDAR;

function daysOfYear(year: number): IsoDate[] {
  const days: IsoDate[] = [];
  for (let date = isoDateOf(year, 1, 1); date <= isoDateOf(year, 12, 31); date = addDays(date, 1)) {
    days.push(date);
  }
  return days;
}

const T5015 = 'Thông báo 5015/TB-LĐTBXH';
const CV2450 = 'Công văn 2450/VPCP-KGVX';
const T6150 = 'Thông báo 6150/TB-BLĐTBXH';
const T9441 = 'Thông báo 9441 (Bộ Nội vụ)';
const CV12729 = 'Công văn 12729/VPCP-KGVX';
const LAW = 'BLLĐ 2019 Điều 112 khoản 1';
const COMP = 'BLLĐ 2019 Điều 111 khoản 3';

/** [date, basis] for every weekday off. */
const WEEKDAYS_OFF: Record<number, [string, string][]> = {
  2024: [
    ['2024-01-01', `${LAW} điểm a (Tết Dương lịch, thứ Hai)`],
    ['2024-02-08', `${T5015} (Tết, 29 Chạp)`],
    ['2024-02-09', `${T5015} (Tết, 30 Chạp)`],
    ['2024-02-12', `${T5015} (Tết, mùng 3)`],
    ['2024-02-13', `${T5015} (nghỉ bù mùng 1 thứ Bảy)`],
    ['2024-02-14', `${T5015} (nghỉ bù mùng 2 Chủ nhật)`],
    ['2024-04-18', `${LAW} điểm e (Giỗ Tổ Hùng Vương, thứ Năm)`],
    ['2024-04-29', `${CV2450} (hoán đổi, làm bù 04/5)`],
    ['2024-04-30', `${LAW} điểm c (Ngày Chiến thắng)`],
    ['2024-05-01', `${LAW} điểm d (Quốc tế lao động)`],
    ['2024-09-02', `${LAW} điểm đ (Quốc khánh)`],
    ['2024-09-03', `${T5015} (ngày liền kề sau 02/9)`],
  ],
  2025: [
    ['2025-01-01', `${LAW} điểm a (Tết Dương lịch, thứ Tư)`],
    ['2025-01-27', `${T6150} (Tết, 28 Chạp)`],
    ['2025-01-28', `${T6150} (Tết, 29 Chạp)`],
    ['2025-01-29', `${T6150} (Tết, mùng 1)`],
    ['2025-01-30', `${T6150} (Tết, mùng 2)`],
    ['2025-01-31', `${T6150} (Tết, mùng 3)`],
    ['2025-04-07', `${LAW} điểm e (Giỗ Tổ Hùng Vương, thứ Hai)`],
    ['2025-04-30', `${LAW} điểm c (Ngày Chiến thắng)`],
    ['2025-05-01', `${LAW} điểm d (Quốc tế lao động)`],
    ['2025-05-02', `${T6150} (hoán đổi, làm bù 26/4)`],
    ['2025-09-01', `${T6150} (ngày liền kề trước 02/9)`],
    ['2025-09-02', `${LAW} điểm đ (Quốc khánh)`],
  ],
  2026: [
    ['2026-01-01', `${LAW} điểm a (Tết Dương lịch, thứ Năm)`],
    ['2026-01-02', `${CV12729} (hoán đổi, làm bù 10/01)`],
    ['2026-02-16', `${T9441} (Tết, 29 Chạp)`],
    ['2026-02-17', `${T9441} (Tết, mùng 1)`],
    ['2026-02-18', `${T9441} (Tết, mùng 2)`],
    ['2026-02-19', `${T9441} (Tết, mùng 3)`],
    ['2026-02-20', `${T9441} (Tết, mùng 4)`],
    ['2026-04-27', `${COMP} (Giỗ Tổ Hùng Vương trùng Chủ nhật 26/4)`],
    ['2026-04-30', `${LAW} điểm c (Ngày Chiến thắng, thứ Năm)`],
    ['2026-05-01', `${LAW} điểm d (Quốc tế lao động, thứ Sáu)`],
    ['2026-08-31', `${T9441} (hoán đổi, làm bù 22/8)`],
    ['2026-09-01', `${T9441} (ngày liền kề trước 02/9)`],
    ['2026-09-02', `${LAW} điểm đ (Quốc khánh)`],
  ],
};

const WORKED_WEEKEND_DAYS: Record<number, [string, string][]> = {
  2024: [['2024-05-04', `${CV2450} (làm bù cho thứ Hai 29/4)`]],
  2025: [['2025-04-26', `${T6150} (làm bù cho thứ Sáu 02/5)`]],
  2026: [
    ['2026-01-10', `${CV12729} (làm bù cho thứ Sáu 02/01)`],
    ['2026-08-22', `${T9441} (làm bù cho thứ Hai 31/8)`],
  ],
};

describe.each([2024, 2025, 2026])('official schedule %i (cán bộ, công chức, viên chức)', (year) => {
  test.each(WEEKDAYS_OFF[year])('%s is not a working day — %s', (date) => {
    expect(isWorkingDay(parseIsoDate(date), calendar)).toBe(false);
  });

  test.each(WORKED_WEEKEND_DAYS[year])('%s (weekend) is a working day — %s', (date) => {
    const day = parseIsoDate(date);
    expect(isWeekend(day)).toBe(true);
    expect(isWorkingDay(day, calendar)).toBe(true);
  });

  test(`no other weekday of ${year} is off and no other weekend day is worked`, () => {
    const days = daysOfYear(year);
    const weekdaysOff = days.filter((d) => !isWeekend(d) && !isWorkingDay(d, calendar));
    const weekendsWorked = days.filter((d) => isWeekend(d) && isWorkingDay(d, calendar));
    expect(weekdaysOff).toEqual(WEEKDAYS_OFF[year].map(([d]) => d));
    expect(weekendsWorked).toEqual(WORKED_WEEKEND_DAYS[year].map(([d]) => d));
  });

  test(`the ${year} listing explains every day off with a non-provisional reason and its source`, () => {
    const listed = daysOffInYear(year, calendar);
    for (const [date] of WEEKDAYS_OFF[year]) {
      const day = listed.find((d) => d.date === date);
      expect(day).toBeDefined();
      expect(day?.reason_vi).not.toBe('');
      expect(day?.reason_en).not.toBe('');
      expect(day?.basis).not.toBe('');
      expect(day?.provisional).toBe(false);
    }
    expect(swappedWorkingDaysInYear(year, calendar).map((d) => d.date)).toEqual(
      WORKED_WEEKEND_DAYS[year].map(([d]) => d),
    );
  });
});

describe('sources cited in the shipped data', () => {
  test.each([
    [2024, ['5015/TB-LĐTBXH', '2450/VPCP-KGVX']],
    [2025, ['6150/TB-BLĐTBXH']],
    [2026, ['9441', '12729/VPCP-KGVX']],
  ])('%i cites %p', (year, numbers) => {
    const schedule = SHIPPED_OFFICIAL_SCHEDULES.find((s) => s.year === year);
    for (const number of numbers) expect(schedule?.source).toContain(number);
    expect(schedule?.source).not.toContain('unverified');
  });

  test('each announced day shows the document it comes from', () => {
    const tet2024 = daysOffInYear(2024, calendar).find((d) => d.date === '2024-02-13');
    expect(tet2024).toMatchObject({ kind: 'announced', occasion: 'lunarNewYear' });
    expect(tet2024?.basis).toContain('5015/TB-LĐTBXH');
    const swap2024 = daysOffInYear(2024, calendar).find((d) => d.date === '2024-04-29');
    expect(swap2024?.basis).toContain('2450/VPCP-KGVX');
    const newYear2026 = daysOffInYear(2026, calendar).find((d) => d.date === '2026-01-02');
    expect(newYear2026?.basis).toContain('12729/VPCP-KGVX');
  });

  test('Hùng Kings 2026 on a Sunday is listed with its compensatory Monday (BLLĐ Điều 111 khoản 3)', () => {
    const listed = daysOffInYear(2026, calendar);
    expect(listed.find((d) => d.date === '2026-04-26')).toMatchObject({
      occasion: 'hungKings',
      kind: 'holiday',
    });
    const compensatory = listed.find((d) => d.date === '2026-04-27');
    expect(compensatory).toMatchObject({ occasion: 'hungKings', kind: 'compensatory' });
    expect(compensatory?.basis).toContain('Điều 111 khoản 3');
    expect(compensatory?.reason_vi).toContain('Nghỉ bù');
  });
});
