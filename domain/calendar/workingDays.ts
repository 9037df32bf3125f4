/**
 * Working-day arithmetic for deadlines. Semantics, chosen to follow Bộ luật Dân sự 2015:
 * - Điều 147 khoản 3: the day of the event (receipt of a dossier) is not counted; counting starts
 *   on the next day. So a period of N working days after a receipt on day R ends on the N-th
 *   working day strictly after R: `addWorkingDays(R, N)`. Receipt on Friday + 1 = next Monday;
 *   receipt on a Saturday + 1 = Monday too.
 * - Điều 148 khoản 1: the period ends at the end of its last day (use `endOfVietnamDate`).
 * - `workingDaysBetween(a, b)` counts the working days in (a, b] — start excluded, end included —
 *   so `workingDaysBetween(R, addWorkingDays(R, N)) === N` for every R and N ≥ 0.
 */

import { fromEpochDay, toEpochDay, yearOf, type IsoDate } from './isoDate';
import type { CalendarYear, WorkingCalendar } from './workingCalendar';

/** Walks calendar days reading the per-year flags; fetches a year only when crossing into it. */
class DayCursor {
  private epochDay: number;
  private year: CalendarYear;

  constructor(
    private readonly calendar: WorkingCalendar,
    date: IsoDate,
  ) {
    this.epochDay = toEpochDay(date);
    this.year = calendar.year(yearOf(date));
  }

  step(delta: 1 | -1): void {
    this.epochDay += delta;
    const index = this.epochDay - this.year.firstEpochDay;
    if (index < 0 || index >= this.year.workingFlags.length) {
      this.year = this.calendar.year(this.year.year + delta);
    }
  }

  isWorking(): boolean {
    return this.year.workingFlags[this.epochDay - this.year.firstEpochDay] === 1;
  }

  get date(): IsoDate {
    return fromEpochDay(this.epochDay);
  }
}

function assertInteger(n: number, what: string): void {
  if (!Number.isInteger(n)) throw new RangeError(`${what} must be an integer, got ${n}`);
}

/** True unless `date` is a Saturday, Sunday or day off, or it is a swapped working Saturday. */
export function isWorkingDay(date: IsoDate, calendar: WorkingCalendar): boolean {
  return calendar.isWorkingDay(date);
}

/**
 * The n-th working day strictly after `start` (n > 0), or strictly before it (n < 0); `start`
 * itself for n = 0. `start` need not be a working day. Examples: Friday + 1 = Monday;
 * Friday 24/01/2025 + 1 = Monday 03/02/2025 (Tết 2025 in between).
 */
export function addWorkingDays(start: IsoDate, n: number, calendar: WorkingCalendar): IsoDate {
  assertInteger(n, 'Working days');
  if (n === 0) return start;
  const direction = n > 0 ? 1 : -1;
  const cursor = new DayCursor(calendar, start);
  let remaining = Math.abs(n);
  while (remaining > 0) {
    cursor.step(direction);
    if (cursor.isWorking()) remaining -= 1;
  }
  return cursor.date;
}

/**
 * Working days in (a, b] when a ≤ b; the negative of workingDaysBetween(b, a) when a > b.
 * Used for "working days elapsed since receipt" and "working days left until the deadline".
 */
export function workingDaysBetween(a: IsoDate, b: IsoDate, calendar: WorkingCalendar): number {
  if (a > b) return -workingDaysBetween(b, a, calendar);
  const cursor = new DayCursor(calendar, a);
  const steps = toEpochDay(b) - toEpochDay(a);
  let count = 0;
  for (let i = 0; i < steps; i++) {
    cursor.step(1);
    if (cursor.isWorking()) count += 1;
  }
  return count;
}

/** `date` if it is a working day, otherwise the next working day. */
export function firstWorkingDayOnOrAfter(date: IsoDate, calendar: WorkingCalendar): IsoDate {
  return calendar.isWorkingDay(date) ? date : addWorkingDays(date, 1, calendar);
}

/** `date` if it is a working day, otherwise the previous working day. */
export function lastWorkingDayOnOrBefore(date: IsoDate, calendar: WorkingCalendar): IsoDate {
  return calendar.isWorkingDay(date) ? date : addWorkingDays(date, -1, calendar);
}

/**
 * Due date of a period of `workingDays` (≥ 1) working days that starts with an event on
 * `eventDate` (e.g. receipt of a dossier): the day of the event is not counted (Điều 147
 * khoản 3 BLDS 2015). The period ends at `endOfVietnamDate(dueDate)`.
 */
export function deadlineAfter(
  eventDate: IsoDate,
  workingDays: number,
  calendar: WorkingCalendar,
): IsoDate {
  assertInteger(workingDays, 'A deadline in working days');
  if (workingDays < 1)
    throw new RangeError(`A deadline needs at least 1 working day, got ${workingDays}`);
  return addWorkingDays(eventDate, workingDays, calendar);
}
