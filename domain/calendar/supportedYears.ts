/**
 * Years the working calendar answers for. It models Bộ luật Lao động 2019, in force from
 * 01/01/2021 (earlier years had other holiday rules), up to the end of the lunar tables.
 * Outside this range it throws rather than give a silently wrong deadline.
 */

import { LUNAR_LAST_YEAR } from './lunar';

export const FIRST_SUPPORTED_YEAR = 2021;
export const LAST_SUPPORTED_YEAR = LUNAR_LAST_YEAR;

function isSupportedYear(year: number): boolean {
  return Number.isInteger(year) && year >= FIRST_SUPPORTED_YEAR && year <= LAST_SUPPORTED_YEAR;
}

export function assertSupportedYear(year: number): void {
  if (!isSupportedYear(year)) {
    throw new RangeError(
      `Year ${year} is outside the working calendar (${FIRST_SUPPORTED_YEAR}–${LAST_SUPPORTED_YEAR})`,
    );
  }
}
