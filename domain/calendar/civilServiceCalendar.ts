/**
 * The calendar the engine uses unless an administrator has edited a schedule: the law's rules
 * plus the shipped official schedules. Building it reads nothing but constants; its years are
 * computed lazily and cached.
 */

import { SHIPPED_OFFICIAL_SCHEDULES } from './schedules';
import { createWorkingCalendar, type WorkingCalendar } from './workingCalendar';

export const CIVIL_SERVICE_CALENDAR: WorkingCalendar = createWorkingCalendar({
  schedules: SHIPPED_OFFICIAL_SCHEDULES,
});
