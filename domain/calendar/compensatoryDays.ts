/**
 * Bộ luật Lao động 2019, Điều 111 khoản 3: when a holiday falls on a weekly rest day, the worker
 * takes the rest day on the next working day. For agencies resting on Saturday and Sunday this
 * means one weekday off for each holiday on a weekend, given in date order and skipping days that
 * are already off — e.g. 2023: Hùng Kings (Sat 29/4) → Tue 02/5 (Mon 01/5 is itself a holiday),
 * Victory Day (Sun 30/4) → Wed 03/5.
 */

import type { DayOff } from './dayOff';
import { addDays, isWeekend, type IsoDate } from './isoDate';
import { COMPENSATORY_BASIS } from './occasions';

/**
 * @param holidays  the holidays that earn compensation (those on a weekend do).
 * @param isAlreadyOff  true for every date that is off for another reason (other holidays,
 *   announced days off); compensatory days never land on those.
 */
export function compensatoryDaysFor(
  holidays: readonly DayOff[],
  isAlreadyOff: (date: IsoDate) => boolean,
): DayOff[] {
  const given = new Set<string>();
  const result: DayOff[] = [];
  const onWeekend = holidays
    .filter((h) => isWeekend(h.date))
    .sort((a, b) => (a.date < b.date ? -1 : 1));
  for (const holiday of onWeekend) {
    let date = addDays(holiday.date, 1);
    while (isWeekend(date) || isAlreadyOff(date) || given.has(date)) date = addDays(date, 1);
    given.add(date);
    result.push({
      date,
      occasion: holiday.occasion,
      kind: 'compensatory',
      reason_vi: `Nghỉ bù: ${holiday.reason_vi} trùng ngày nghỉ hằng tuần`,
      reason_en: `Compensatory day off: ${holiday.reason_en} fell on a weekend`,
      basis: COMPENSATORY_BASIS,
      provisional: holiday.provisional,
    });
  }
  return result;
}
