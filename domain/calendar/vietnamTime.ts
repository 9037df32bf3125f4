/**
 * Instants ↔ calendar days in Vietnam. Asia/Ho_Chi_Minh is UTC+7 all year (no daylight saving
 * since 1975), so the conversion is a fixed offset done with arithmetic: it gives the same answer
 * on a server in UTC, a worker in Europe and a browser anywhere, and needs no time-zone database.
 */

import { fromEpochDay, toEpochDay, type IsoDate } from './isoDate';

export const VIETNAM_UTC_OFFSET_MINUTES = 7 * 60;

const MS_PER_DAY = 86_400_000;
const OFFSET_MS = VIETNAM_UTC_OFFSET_MINUTES * 60_000;

function toEpochMs(instant: number | Date): number {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  if (!Number.isFinite(ms)) throw new RangeError(`Invalid instant: ${String(instant)}`);
  return ms;
}

/** The calendar date in Vietnam at `instant` (epoch milliseconds or a Date). */
export function vietnamDateOf(instant: number | Date): IsoDate {
  return fromEpochDay(Math.floor((toEpochMs(instant) + OFFSET_MS) / MS_PER_DAY));
}

/** Epoch milliseconds of 00:00 in Vietnam on `date` (= 17:00 UTC the day before). */
export function startOfVietnamDate(date: IsoDate): number {
  return toEpochDay(date) * MS_PER_DAY - OFFSET_MS;
}

/**
 * Epoch milliseconds at which `date` ends in Vietnam: 00:00 of the next day, exclusive. A deadline
 * "ends at the end of its last day" (Bộ luật Dân sự 2015, Điều 148 khoản 1), so a timer for a
 * deadline falling on `date` fires at this instant.
 */
export function endOfVietnamDate(date: IsoDate): number {
  return startOfVietnamDate(date) + MS_PER_DAY;
}
