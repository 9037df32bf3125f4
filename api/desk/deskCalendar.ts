import {
  SHIPPED_OFFICIAL_SCHEDULES,
  createWorkingCalendar,
  parseOfficialSchedule,
  replaceSchedules,
  type WorkingCalendar,
} from '../../domain/calendar';
import { OfficialScheduleModel } from '../../data/calendar/officialScheduleModel';

const CACHE_MS = 60_000;
let cached: { calendar: WorkingCalendar; loadedAt: number } | undefined;

/**
 * The working calendar with the administrators' schedules, as the workflows' deadlines use it
 * (the API may not import activities, so this mirrors `currentWorkingCalendar`), cached a minute.
 */
export async function deskCalendar(now = Date.now()): Promise<WorkingCalendar> {
  if (cached && now - cached.loadedAt < CACHE_MS) return cached.calendar;
  const stored = await OfficialScheduleModel.find({}).lean();
  const calendar = createWorkingCalendar({
    schedules: replaceSchedules(
      SHIPPED_OFFICIAL_SCHEDULES,
      stored.map((doc) => parseOfficialSchedule(doc.schedule)),
    ),
  });
  cached = { calendar, loadedAt: now };
  return calendar;
}
