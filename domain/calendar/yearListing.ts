/**
 * A year's non-working days and swapped working days with their reasons, for a UI that shows
 * the calendar (ordinary Saturdays and Sundays are left out: they need no explanation).
 */

import type { DayOff } from './dayOff';
import type { ScheduleEntry } from './officialSchedule';
import type { WorkingCalendar } from './workingCalendar';

/**
 * Every day off of `year` that has a reason, in date order: holidays (also when they fall on a
 * weekend), compensatory days, announced days off. `provisional` marks estimates awaiting the
 * year's official schedule.
 */
export function daysOffInYear(year: number, calendar: WorkingCalendar): DayOff[] {
  return [...calendar.year(year).daysOff.values()];
}

/** Saturdays and Sundays that the year's official schedule made working days, in date order. */
export function swappedWorkingDaysInYear(year: number, calendar: WorkingCalendar): ScheduleEntry[] {
  return [...calendar.year(year).swappedWorkingDays.values()].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
  );
}
