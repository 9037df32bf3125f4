import {
  deadlineAfter,
  endOfVietnamDate,
  publicCommentEnd,
  vietnamDateOf,
  type PostingDayRule,
  workingDaysBetween,
} from '../../domain/calendar';
import {
  calendarInForce,
  currentWorkingCalendar,
} from '../../data/calendar/workingCalendarInForce';

interface DeadlineRequest {
  /** ISO instant the period starts (e.g. receipt); that day is not counted. */
  startAt: string;
  workingDays: number;
  /** Share of the period after which the holder is reminded, e.g. 0.7. */
  reminderShare: number;
  /** A public comment period whose posting day (the start) counts as day one. */
  postingDay?: PostingDayRule;
}

export interface DeadlinePlan {
  /** Last day of the period (Vietnam date); the period ends at its midnight. */
  dueOn: string;
  dueAt: string;
  /** Start of the working day on which the reminder goes out. */
  remindOn: string;
  remindAt: string;
  /** The calendar revision the days were counted on (null: the shipped schedules only). */
  calendarRevision: number | null;
}

/**
 * A deadline in working days on the Vietnamese calendar (Civil Code 2015, Art. 147–148:
 * the starting day is not counted; the period ends at the end of its last day), and the
 * day to remind the holder: after `reminderShare` of the working days, at least one.
 */
export async function planDeadline(request: DeadlineRequest): Promise<DeadlinePlan> {
  const { calendar, revision } = await calendarInForce();
  const start = vietnamDateOf(Date.parse(request.startAt));
  const { postingDay } = request;
  const end = (days: number) =>
    postingDay
      ? publicCommentEnd(start, days, postingDay, calendar)
      : deadlineAfter(start, days, calendar);
  const dueOn = end(request.workingDays);
  const reminderDays = Math.max(1, Math.floor(request.workingDays * request.reminderShare));
  const remindOn = end(Math.min(reminderDays, request.workingDays));
  const remindStart = endOfVietnamDate(remindOn) - 24 * 3600 * 1000;
  return {
    dueOn,
    dueAt: new Date(endOfVietnamDate(dueOn)).toISOString(),
    remindOn,
    remindAt: new Date(remindStart).toISOString(),
    calendarRevision: revision,
  };
}

/** Working days used between two instants: days after `fromAt` up to and including `toAt`. */
export async function countWorkingDays(request: { fromAt: string; toAt: string }): Promise<number> {
  const calendar = await currentWorkingCalendar();
  return workingDaysBetween(
    vietnamDateOf(Date.parse(request.fromAt)),
    vietnamDateOf(Date.parse(request.toAt)),
    calendar,
  );
}
