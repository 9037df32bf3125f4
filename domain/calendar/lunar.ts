/**
 * The Vietnamese lunisolar calendar, from the `@dqcai/vn-lunar` library.
 *
 * Why this library and not `date-holidays`:
 * - It implements Hồ Ngọc Đức's Vietnamese calendar, the reference used for Vietnamese almanacs:
 *   new moons and solar terms are taken at the 105°E meridian (UTC+7). The Chinese calendar uses
 *   UTC+8 and disagrees with Vietnam's in some years (Tết 1985, 2007, 2030, 2053: Vietnam's falls
 *   on a different day), so a Chinese-calendar library would be wrong for Vietnam.
 * - It answers from precomputed year tables (1200–2199): a lookup, deterministic, no astronomy
 *   at run time, no dependencies, small enough for Temporal workflow bundles and the browser.
 *   It reads no clock and no Node built-in at import (only `LunarCalendar.today()` reads the
 *   clock, and it is never called here).
 * - `date-holidays` 3.37 does switch VN to a "vietnamese" calendar (date-chinese at the UTC+7
 *   meridian), but computes it astronomically (~40 ms a year), ships every country's rules, does
 *   not expose the conversion itself, and its VN rules do not match the civil service's days off.
 *
 * The rest of the calendar depends on the small `LunarSource` interface, so a test or a future
 * library can stand in for this adapter.
 */

import * as vnLunar from '@dqcai/vn-lunar';
import { dateParts, isoDateOf, type IsoDate } from './isoDate';

/**
 * The package (1.0.1) declares `"type": "module"` but ships CommonJS in `lib/index.js`. Jest and
 * bundlers (Temporal's webpack picks `lib/index.mjs`) load it; a plain Node CommonJS `require`
 * gets no exports. Fail with an explanation instead of "getSolarDate is not a function".
 */
function library(): typeof vnLunar {
  if (typeof vnLunar.getSolarDate !== 'function' || typeof vnLunar.getLunarDate !== 'function') {
    throw new Error(
      '@dqcai/vn-lunar did not load: its CommonJS entry is unusable from a plain Node CommonJS process; ' +
        'resolve the package to lib/index.mjs (Node >= 20.19 loads it synchronously) or bundle the code',
    );
  }
  return vnLunar;
}

/** A day of the Vietnamese lunar calendar; `leap` marks the intercalary (nhuận) month. */
export interface LunarDate {
  year: number;
  month: number;
  day: number;
  leap: boolean;
}

export interface LunarSource {
  /** Gregorian date of a lunar day; throws RangeError if the lunar day does not exist. */
  toSolar(lunar: LunarDate): IsoDate;
  /** Lunar date of a Gregorian day. */
  fromSolar(date: IsoDate): LunarDate;
}

/** The library's tables cover lunar years 1200–2199. */
const LUNAR_FIRST_YEAR = 1200;
export const LUNAR_LAST_YEAR = 2199;

function sameLunarDay(a: LunarDate, b: LunarDate): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day && a.leap === b.leap;
}

function toSolar(lunar: LunarDate): IsoDate {
  if (lunar.year < LUNAR_FIRST_YEAR || lunar.year > LUNAR_LAST_YEAR) {
    throw new RangeError(
      `Lunar year ${lunar.year} is outside ${LUNAR_FIRST_YEAR}–${LUNAR_LAST_YEAR}`,
    );
  }
  const solar = library().getSolarDate(lunar.day, lunar.month, lunar.year, lunar.leap);
  if (solar.year === 0) throw new RangeError(`No solar date for lunar ${JSON.stringify(lunar)}`);
  const date = isoDateOf(solar.year, solar.month, solar.day);
  // The library rolls day 30 of a 29-day month (or a missing leap month) into the next month
  // silently; the round trip catches it.
  if (!sameLunarDay(fromSolar(date), lunar)) {
    throw new RangeError(`Lunar day ${JSON.stringify(lunar)} does not exist`);
  }
  return date;
}

function fromSolar(date: IsoDate): LunarDate {
  const { year, month, day } = dateParts(date);
  const lunar = library().getLunarDate(day, month, year);
  if (lunar.year === 0) throw new RangeError(`Date ${date} is outside the lunar tables`);
  return { year: lunar.year, month: lunar.month, day: lunar.day, leap: lunar.leap };
}

/** The Vietnamese lunar calendar (UTC+7) from `@dqcai/vn-lunar`. */
export const vietnameseLunarSource: LunarSource = { toSolar, fromSolar };

/** Mùng 1 Tết: the first day of lunar year `year`, as a Gregorian date (in January/February). */
export function lunarNewYearOf(year: number, source: LunarSource = vietnameseLunarSource): IsoDate {
  return source.toSolar({ year, month: 1, day: 1, leap: false });
}

/**
 * Giỗ Tổ Hùng Vương: 10th day of the 3rd lunar month. In a year with a leap 3rd month the
 * commemoration is in the regular month, which is what `leap: false` selects.
 */
export function hungKingsDayOf(year: number, source: LunarSource = vietnameseLunarSource): IsoDate {
  return source.toSolar({ year, month: 3, day: 10, leap: false });
}
