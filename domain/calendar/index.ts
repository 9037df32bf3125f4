/**
 * Vietnamese working-day calendar for deadlines (pure: no clock, no I/O, no Node built-ins; safe
 * in Temporal workflows and the browser).
 */

export {
  addDays,
  compareIsoDates,
  dateParts,
  daysBetween,
  isIsoDate,
  isoDateOf,
  isWeekend,
  parseIsoDate,
  weekdayOf,
  yearOf,
  type IsoDate,
  type Weekday,
} from './isoDate';
export {
  endOfVietnamDate,
  startOfVietnamDate,
  vietnamDateOf,
  VIETNAM_UTC_OFFSET_MINUTES,
} from './vietnamTime';
export {
  hungKingsDayOf,
  lunarNewYearOf,
  vietnameseLunarSource,
  type LunarDate,
  type LunarSource,
} from './lunar';
export { OCCASIONS, OCCASION_INFO, type Occasion } from './occasions';
export type { DayOff, DayOffKind } from './dayOff';
export {
  officialScheduleSchema,
  parseOfficialSchedule,
  type OfficialSchedule,
  type OfficialScheduleInput,
  type ScheduleEntry,
} from './officialSchedule';
export { SHIPPED_OFFICIAL_SCHEDULES } from './schedules';
export { FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR } from './supportedYears';
export {
  createWorkingCalendar,
  replaceSchedules,
  WorkingCalendar,
  type CalendarYear,
  type WorkingCalendarOptions,
} from './workingCalendar';
export { CIVIL_SERVICE_CALENDAR } from './civilServiceCalendar';
export {
  addWorkingDays,
  deadlineAfter,
  firstWorkingDayOnOrAfter,
  isWorkingDay,
  lastWorkingDayOnOrBefore,
  workingDaysBetween,
} from './workingDays';
export {
  POSTING_DAY_RULES,
  POSTING_DAY_RULE_TEXT,
  publicCommentEnd,
  type PostingDayRule,
} from './publicCommentPeriod';
export { daysOffInYear, swappedWorkingDaysInYear } from './yearListing';
export { displayDate } from './displayDate';
