/**
 * One non-working day with the reason a user sees. Produced by the statutory rules and by
 * official schedules alike, so the UI lists both the same way.
 */

import type { IsoDate } from './isoDate';
import type { Occasion } from './occasions';

export type DayOffKind =
  /** A holiday granted by Điều 112 khoản 1 (including a Tết day or the adjacent National Day day). */
  | 'holiday'
  /** A weekday off because a holiday fell on Saturday or Sunday (Điều 111 khoản 3). */
  | 'compensatory'
  /** A day off announced in an official schedule (Tết break as announced, a swap, …). */
  | 'announced';

export interface DayOff {
  date: IsoDate;
  occasion: Occasion;
  kind: DayOffKind;
  reason_vi: string;
  reason_en: string;
  /** Legal article or announcement number this day off rests on. */
  basis: string;
  /**
   * True when the day is the rules' estimate of something the Prime Minister decides each year
   * (the Tết days, the adjacent National Day day) and no official schedule has confirmed it yet;
   * a UI should show it as "dự kiến" (provisional).
   */
  provisional: boolean;
}
