import {
  SHIPPED_OFFICIAL_SCHEDULES,
  createWorkingCalendar,
  parseOfficialSchedule,
  replaceSchedules,
  type WorkingCalendar,
} from '../../domain/calendar';
import { OfficialScheduleModel } from './officialScheduleModel';

const CACHE_MS = 60_000;
let cached: { calendar: WorkingCalendar; loadedAt: number } | undefined;

/**
 * The working calendar in force: the law, the shipped official schedules, and the
 * schedules administrators entered (which replace a shipped year). Cached for a minute
 * per process, since it changes a few times a year.
 */
export function forgetWorkingCalendar(): void {
  cached = undefined;
}

export async function currentWorkingCalendar(now = Date.now()): Promise<WorkingCalendar> {
  if (cached && now - cached.loadedAt < CACHE_MS) return cached.calendar;
  const stored = await OfficialScheduleModel.find({}).lean();
  const edited = stored.map((doc) => parseOfficialSchedule(doc.schedule));
  const calendar = createWorkingCalendar({
    schedules: replaceSchedules(SHIPPED_OFFICIAL_SCHEDULES, edited),
  });
  cached = { calendar, loadedAt: now };
  return calendar;
}
