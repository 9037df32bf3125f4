/**
 * Calendar dates as ISO 'YYYY-MM-DD' strings: serialisable, comparable as strings, and free
 * of time zones. Arithmetic goes through Date.UTC with explicit arguments only, so this file
 * stays deterministic inside Temporal workflows (no clock is ever read).
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

export function assertIsoDate(value: string, what = 'date'): IsoDate {
  if (!isIsoDate(value)) throw new RangeError(`Invalid ${what} '${value}': expected YYYY-MM-DD`);
  return value;
}

export function parseIsoDate(value: IsoDate): { year: number; month: number; day: number } {
  assertIsoDate(value);
  return {
    year: Number(value.slice(0, 4)),
    month: Number(value.slice(5, 7)),
    day: Number(value.slice(8, 10)),
  };
}

export function yearOf(value: IsoDate): number {
  return parseIsoDate(value).year;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function toEpochDay(value: IsoDate): number {
  const { year, month, day } = parseIsoDate(value);
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

function fromEpochDay(epochDay: number): IsoDate {
  const date = new Date(epochDay * DAY_MS);
  const y = String(date.getUTCFullYear()).padStart(4, '0');
  const m = String(date.getUTCMonth() + 1).padStart(2, '0');
  const d = String(date.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

export function addDays(value: IsoDate, days: number): IsoDate {
  return fromEpochDay(toEpochDay(value) + days);
}

/** Calendar days from `from` to `to` (negative if `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/**
 * Whole months from `from` up to (not including) `until`: 2025-07-01 → 2026-01-01 is 6.
 * A month is complete when the same day-of-month is reached (clamped to short months).
 */
export function fullMonthsBetween(from: IsoDate, until: IsoDate): number {
  if (until <= from) return 0;
  const a = parseIsoDate(from);
  const b = parseIsoDate(until);
  let months = (b.year - a.year) * 12 + (b.month - a.month);
  const anchorDay = Math.min(a.day, daysInMonth(b.year, b.month));
  if (b.day < anchorDay) months -= 1;
  return Math.max(0, months);
}

/** Whole years from `from` to `until` (birthday rule: 2015-05-03 → 2025-05-03 is 10). */
export function fullYearsBetween(from: IsoDate, until: IsoDate): number {
  return Math.floor(fullMonthsBetween(from, until) / 12);
}

export function startOfYear(year: number): IsoDate {
  return `${String(year).padStart(4, '0')}-01-01`;
}

export function endOfYear(year: number): IsoDate {
  return `${String(year).padStart(4, '0')}-12-31`;
}

/** An inclusive date range; `to` null or absent means still open. */
export interface DateRange {
  from: IsoDate;
  to?: IsoDate | null;
}

export function rangeContains(range: DateRange, date: IsoDate): boolean {
  return range.from <= date && (range.to == null || date <= range.to);
}

export function rangesOverlap(a: DateRange, b: DateRange): boolean {
  const aEnd = a.to ?? '9999-12-31';
  const bEnd = b.to ?? '9999-12-31';
  return a.from <= bEnd && b.from <= aEnd;
}

/** Inclusive calendar days that `range` shares with `window` (0 when disjoint). */
export function overlapDays(range: DateRange, window: { from: IsoDate; to: IsoDate }): number {
  const from = range.from > window.from ? range.from : window.from;
  const rangeEnd = range.to ?? window.to;
  const to = rangeEnd < window.to ? rangeEnd : window.to;
  return to < from ? 0 : daysBetween(from, to) + 1;
}
