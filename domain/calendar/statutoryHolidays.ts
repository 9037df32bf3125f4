/**
 * Holidays of Bộ luật Lao động 2019, Điều 112 khoản 1, for one Gregorian year, as rules:
 * - fixed by the law itself: 01/01, 30/04, 01/05, 02/09 and Hùng Kings' day (10/3 lunar);
 * - decided each year by the Prime Minister (khoản 3), estimated here until an official schedule
 *   says otherwise: the 5 Tết days and the day adjacent to 02/09.
 * The code models the 2019 Code, in force from 01/01/2021 (before it 02/09 was a single day).
 */

import type { DayOff } from './dayOff';
import { addDays, isoDateOf, weekdayOf, type IsoDate } from './isoDate';
import { hungKingsDayOf, lunarNewYearOf, type LunarDate, type LunarSource } from './lunar';
import { OCCASION_INFO, YEARLY_DECISION_BASIS, type Occasion } from './occasions';

function fixedDay(date: IsoDate, occasion: Occasion, vi: string, en: string): DayOff {
  const info = OCCASION_INFO[occasion];
  return {
    date,
    occasion,
    kind: 'holiday',
    reason_vi: `${info.vi} (${vi})`,
    reason_en: `${info.en} (${en})`,
    basis: info.basis ?? '',
    provisional: false,
  };
}

/** The five holidays whose date the law fixes, in date order. */
export function fixedStatutoryHolidays(year: number, lunar: LunarSource): DayOff[] {
  return [
    fixedDay(isoDateOf(year, 1, 1), 'newYear', '01/01', '1 January'),
    fixedDay(
      hungKingsDayOf(year, lunar),
      'hungKings',
      '10/3 Âm lịch',
      '10th day of the 3rd lunar month',
    ),
    fixedDay(isoDateOf(year, 4, 30), 'victoryDay', '30/4', '30 April'),
    fixedDay(isoDateOf(year, 5, 1), 'labourDay', '01/5', '1 May'),
    fixedDay(isoDateOf(year, 9, 2), 'nationalDay', '02/9', '2 September'),
  ].sort((a, b) => (a.date < b.date ? -1 : 1));
}

function lunarDayLabel(lunar: LunarDate): { vi: string; en: string } {
  const month = lunar.month === 1 ? 'Giêng' : lunar.month === 12 ? 'Chạp' : String(lunar.month);
  const day = lunar.month === 1 && lunar.day <= 10 ? `mùng ${lunar.day}` : `ngày ${lunar.day}`;
  return { vi: `${day} tháng ${month}`, en: `lunar day ${lunar.day}/${lunar.month}` };
}

/**
 * The estimate of the five Tết days: the last 2 days of the old lunar year and the first 3 of
 * the new one. Điều 112 allows "1 before + 4 after" or "2 before + 3 after"; with the
 * compensatory days of Điều 111 khoản 3 added, "2 + 3" reproduces the announced civil-service
 * breaks of every year 2021–2026, so it is the better default.
 */
export function provisionalLunarNewYearDays(year: number, lunar: LunarSource): DayOff[] {
  const firstDay = lunarNewYearOf(year, lunar);
  const info = OCCASION_INFO.lunarNewYear;
  return [-2, -1, 0, 1, 2].map((offset) => {
    const date = addDays(firstDay, offset);
    const label = lunarDayLabel(lunar.fromSolar(date));
    return {
      date,
      occasion: 'lunarNewYear' as const,
      kind: 'holiday' as const,
      reason_vi: `${info.vi} (${label.vi}, dự kiến)`,
      reason_en: `${info.en} (${label.en}, provisional)`,
      basis: `${info.basis}; ${YEARLY_DECISION_BASIS}`,
      provisional: true,
    };
  });
}

/**
 * The estimate of the National Day day adjacent to 02/09: the neighbour that joins the break to
 * a weekend, i.e. 03/09 when 02/09 is a Sunday, Monday or Thursday, otherwise 01/09. This
 * matches the Prime Minister's choice in every year 2021–2026 (Thursday 2021 → 03/09,
 * Friday 2022 → 01/09, Saturday 2023 → 01/09, Monday 2024 → 03/09, Tuesday 2025 → 01/09,
 * Wednesday 2026 → 01/09).
 */
export function provisionalNationalDayAdjacentDay(year: number): DayOff {
  const weekday = weekdayOf(isoDateOf(year, 9, 2));
  const after = weekday === 0 || weekday === 1 || weekday === 4;
  const info = OCCASION_INFO.nationalDay;
  return {
    date: isoDateOf(year, 9, after ? 3 : 1),
    occasion: 'nationalDay',
    kind: 'holiday',
    reason_vi: `${info.vi} (ngày liền kề ${after ? 'sau' : 'trước'} 02/9, dự kiến)`,
    reason_en: `${info.en} (day ${after ? 'after' : 'before'} 2 September, provisional)`,
    basis: `${info.basis}; ${YEARLY_DECISION_BASIS}`,
    provisional: true,
  };
}
