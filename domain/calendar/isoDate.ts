/**
 * Calendar dates as 'YYYY-MM-DD' strings, branded so that only validated text reaches the
 * working-day arithmetic. Strings serialise unchanged into Temporal payloads and Mongo, compare
 * correctly with `<`, and carry no time zone: a date here is always a day of the calendar in
 * Vietnam (see vietnamTime.ts for conversion from instants).
 *
 * All arithmetic is done on "epoch days" (days since 1970-01-01) with integer formulas, never
 * through `Date`, so the result cannot depend on the process time zone or read the clock.
 */

declare const isoDateBrand: unique symbol;

/** A validated calendar date 'YYYY-MM-DD' (years 0001–9999). */
export type IsoDate = string & { readonly [isoDateBrand]: true };

/**
 * A date as the rule sets' tables and a person's records hold it: 'YYYY-MM-DD' text not yet
 * validated. The functions that take it (yearOf, the month and range arithmetic below) validate
 * it and throw RangeError, so a bad record fails the rule that reads it.
 */
export type IsoDateText = string;

/** Day of the week, 0 = Sunday … 6 = Saturday (the same numbering as `Date#getUTCDay`). */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export const SUNDAY: Weekday = 0;
export const SATURDAY: Weekday = 6;

const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isValidParts(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** True when `value` is a 'YYYY-MM-DD' string naming a real day (2025-02-29 is not). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE_PATTERN.exec(value);
  return match !== null && isValidParts(Number(match[1]), Number(match[2]), Number(match[3]));
}

/**
 * Validates text from outside (API, database, admin form) into an IsoDate; throws RangeError
 * naming `what` the date is.
 */
export function parseIsoDate(value: IsoDateText, what = 'calendar date'): IsoDate {
  if (!isIsoDate(value)) {
    throw new RangeError(`Invalid ${what} '${value}': expected an existing day as YYYY-MM-DD`);
  }
  return value;
}

/** Builds an IsoDate from its parts (month 1–12); throws RangeError for a non-existent day. */
export function isoDateOf(year: number, month: number, day: number): IsoDate {
  if (!isValidParts(year, month, day)) {
    throw new RangeError(`Invalid calendar date ${year}-${month}-${day}`);
  }
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as IsoDate;
}

interface DateParts {
  year: number;
  month: number;
  day: number;
}

export function dateParts(date: IsoDate): DateParts {
  return {
    year: Number(date.slice(0, 4)),
    month: Number(date.slice(5, 7)),
    day: Number(date.slice(8, 10)),
  };
}

export function yearOf(date: IsoDateText): number {
  return Number(parseIsoDate(date).slice(0, 4));
}

/**
 * Days since 1970-01-01 (negative before). Howard Hinnant's `days_from_civil`, exact for the
 * proleptic Gregorian calendar.
 */
export function toEpochDay(date: IsoDate): number {
  const { year, month, day } = dateParts(date);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** Inverse of toEpochDay (Hinnant's `civil_from_days`). */
export function fromEpochDay(epochDay: number): IsoDate {
  if (!Number.isInteger(epochDay))
    throw new RangeError(`Epoch day must be an integer: ${epochDay}`);
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153); // month counted from March = 0
  const day = dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1;
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return isoDateOf(year, month, day);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new RangeError(`Days must be an integer: ${days}`);
  return fromEpochDay(toEpochDay(date) + days);
}

/** Calendar days from `from` to `to`; negative when `to` is earlier. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** 1970-01-01 was a Thursday (4). */
export function weekdayOf(date: IsoDate): Weekday {
  return ((((toEpochDay(date) + 4) % 7) + 7) % 7) as Weekday;
}

/** Saturday or Sunday: the weekly rest days of state agencies, which work a five-day week. */
export function isWeekend(date: IsoDate): boolean {
  const weekday = weekdayOf(date);
  return weekday === SATURDAY || weekday === SUNDAY;
}

/** Negative, zero or positive like a comparator for Array#sort. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Whole months from `from` up to (not including) `until`: 2025-07-01 → 2026-01-01 is 6.
 * A month is complete when the same day-of-month is reached (clamped to short months).
 */
export function fullMonthsBetween(from: IsoDateText, until: IsoDateText): number {
  if (until <= from) return 0;
  const a = dateParts(parseIsoDate(from));
  const b = dateParts(parseIsoDate(until));
  let months = (b.year - a.year) * 12 + (b.month - a.month);
  const anchorDay = Math.min(a.day, daysInMonth(b.year, b.month));
  if (b.day < anchorDay) months -= 1;
  return Math.max(0, months);
}

/** Whole years from `from` to `until` (birthday rule: 2015-05-03 → 2025-05-03 is 10). */
export function fullYearsBetween(from: IsoDateText, until: IsoDateText): number {
  return Math.floor(fullMonthsBetween(from, until) / 12);
}

export function startOfYear(year: number): IsoDate {
  return isoDateOf(year, 1, 1);
}

export function endOfYear(year: number): IsoDate {
  return isoDateOf(year, 12, 31);
}

/** An inclusive date range; `to` null or absent means still open. */
interface DateRange {
  from: IsoDateText;
  to?: IsoDateText | null;
}

export function rangeContains(range: DateRange, date: IsoDateText): boolean {
  return range.from <= date && (range.to == null || date <= range.to);
}

export function rangesOverlap(a: DateRange, b: DateRange): boolean {
  const aEnd = a.to ?? '9999-12-31';
  const bEnd = b.to ?? '9999-12-31';
  return a.from <= bEnd && b.from <= aEnd;
}

/** Inclusive calendar days that `range` shares with `window` (0 when disjoint). */
export function overlapDays(
  range: DateRange,
  window: { from: IsoDateText; to: IsoDateText },
): number {
  const from = range.from > window.from ? range.from : window.from;
  const rangeEnd = range.to ?? window.to;
  const to = rangeEnd < window.to ? rangeEnd : window.to;
  return to < from ? 0 : daysBetween(parseIsoDate(from), parseIsoDate(to)) + 1;
}
