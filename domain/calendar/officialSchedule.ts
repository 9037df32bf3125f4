/**
 * A year's official schedule: what the Government announced for cán bộ, công chức, viên chức on
 * top of the law — the Tết break, the National Day adjacent day, swaps of a weekday off for a
 * Saturday worked, compensatory days. It is data an administrator edits, so it is validated by
 * `officialScheduleSchema` before use.
 *
 * Precedence (see workingCalendar.ts): a schedule's `workingDays` beat everything; its `daysOff`
 * are always off; and for each occasion it mentions in `daysOff`, it replaces the rules' estimate
 * for that occasion (Tết days, adjacent National Day day, compensatory days), while the dates the
 * law fixes (01/01, 30/4, 01/5, 02/9, 10/3 lunar) stay off in any case.
 */

import { z } from 'zod';
import { isIsoDate, isoDateOf, weekdayOf, SATURDAY, SUNDAY, type IsoDate } from './isoDate';
import { hungKingsDayOf, vietnameseLunarSource } from './lunar';
import { OCCASIONS, STATUTORY_DAYS, type Occasion } from './occasions';
import { FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR } from './supportedYears';

export interface ScheduleEntry {
  date: IsoDate;
  occasion: Occasion;
  reason_vi: string;
  reason_en: string;
  /** The document for this entry when it differs from the schedule's `source`. */
  source?: string;
}

export interface OfficialSchedule {
  year: number;
  /** Days off announced for the year (weekend days inside an announced break may be listed). */
  daysOff: readonly ScheduleEntry[];
  /** Saturdays or Sundays made working days by a swap (hoán đổi ngày làm việc). */
  workingDays: readonly ScheduleEntry[];
  /** Announcement number(s), e.g. 'Thông báo 6150/TB-BLĐTBXH ngày 03/12/2024'; 'unverified' if none. */
  source: string;
}

const text = z.string().trim().min(1).max(500);

const scheduleEntrySchema = z.object({
  date: z.string().refine(isIsoDate, { message: 'Expected an existing day as YYYY-MM-DD' }),
  occasion: z.enum(OCCASIONS),
  reason_vi: text,
  reason_en: text,
  source: text.optional(),
});

/** Dates the law itself makes holidays, with their occasion. */
function fixedHolidayDates(year: number): Map<string, Occasion> {
  return new Map<string, Occasion>([
    [isoDateOf(year, 1, 1), 'newYear'],
    [hungKingsDayOf(year, vietnameseLunarSource), 'hungKings'],
    [isoDateOf(year, 4, 30), 'victoryDay'],
    [isoDateOf(year, 5, 1), 'labourDay'],
    [isoDateOf(year, 9, 2), 'nationalDay'],
  ]);
}

const isWeekday = (date: IsoDate) => weekdayOf(date) !== SATURDAY && weekdayOf(date) !== SUNDAY;

export const officialScheduleSchema = z
  .object({
    year: z.int().min(FIRST_SUPPORTED_YEAR).max(LAST_SUPPORTED_YEAR),
    daysOff: z.array(scheduleEntrySchema).max(366),
    workingDays: z.array(scheduleEntrySchema).max(366),
    source: text,
  })
  .superRefine((schedule, ctx) => {
    const offDates = new Set<string>();
    const workingDates = new Set<string>();
    const fixed = fixedHolidayDates(schedule.year);
    const check = (list: 'daysOff' | 'workingDays', seen: Set<string>) => {
      schedule[list].forEach((entry, index) => {
        const path = [list, index, 'date'];
        if (!isIsoDate(entry.date)) return; // already reported by the entry schema
        if (Number(entry.date.slice(0, 4)) !== schedule.year) {
          ctx.addIssue({
            code: 'custom',
            path,
            message: `${entry.date} is not in the schedule's year ${schedule.year}`,
          });
        }
        if (seen.has(entry.date)) {
          ctx.addIssue({ code: 'custom', path, message: `${entry.date} is listed twice` });
        }
        seen.add(entry.date);
      });
    };
    check('daysOff', offDates);
    check('workingDays', workingDates);
    schedule.workingDays.forEach((entry, index) => {
      const path = ['workingDays', index, 'date'];
      if (!isIsoDate(entry.date)) return;
      if (offDates.has(entry.date)) {
        ctx.addIssue({
          code: 'custom',
          path,
          message: `${entry.date} cannot be both a day off and a working day`,
        });
      }
      if (isWeekday(entry.date)) {
        ctx.addIssue({
          code: 'custom',
          path,
          message: `${entry.date} is a weekday: a swapped working day replaces a Saturday or Sunday`,
        });
      }
      if (Number(entry.date.slice(0, 4)) === schedule.year && fixed.has(entry.date)) {
        ctx.addIssue({
          code: 'custom',
          path,
          message: `${entry.date} is a public holiday by law and cannot be made a working day`,
        });
      }
    });
    checkOccasionsComplete(schedule, fixed, ctx);
  });

/**
 * A schedule that mentions an occasion replaces the rules for it (Tết days, adjacent National
 * Day day, compensatory days), so it must grant at least what the law grants: the occasion's
 * statutory days as distinct weekdays off (a holiday on a weekend is replaced by its compensatory
 * day), plus one more weekday for every Saturday or Sunday swapped into a working day. This
 * catches a schedule that lists only part of a break, or forgets a compensatory day.
 */
function checkOccasionsComplete(
  schedule: {
    year: number;
    daysOff: { date: string; occasion: Occasion }[];
    workingDays: { date: string; occasion: Occasion }[];
  },
  fixed: Map<string, Occasion>,
  ctx: z.RefinementCtx,
): void {
  const mentioned = new Set(
    [...schedule.daysOff, ...schedule.workingDays].map((entry) => entry.occasion),
  );
  for (const occasion of mentioned) {
    const weekdaysOff = new Set<string>();
    for (const entry of schedule.daysOff) {
      if (entry.occasion === occasion && isIsoDate(entry.date) && isWeekday(entry.date)) {
        weekdaysOff.add(entry.date);
      }
    }
    for (const [date, fixedOccasion] of fixed) {
      if (fixedOccasion === occasion && isWeekday(date as IsoDate)) weekdaysOff.add(date);
    }
    const swaps = schedule.workingDays.filter((entry) => entry.occasion === occasion).length;
    const required = STATUTORY_DAYS[occasion] + swaps;
    if (weekdaysOff.size < required) {
      ctx.addIssue({
        code: 'custom',
        path: ['daysOff'],
        message:
          `'${occasion}' is in the schedule, so the schedule replaces the rules for it and must ` +
          `give at least ${required} weekday(s) off for it (found ${weekdaysOff.size}); list the ` +
          `whole break with its compensatory days, or leave the occasion out to use the rules`,
      });
    }
  }
}

/** What an admin form or API sends; dates are still plain strings. */
export type OfficialScheduleInput = z.input<typeof officialScheduleSchema>;

/** Validates (throws ZodError) and returns the schedule with branded dates. */
export function parseOfficialSchedule(input: unknown): OfficialSchedule {
  const parsed = officialScheduleSchema.parse(input);
  const entry = (e: (typeof parsed.daysOff)[number]): ScheduleEntry => ({
    ...e,
    date: e.date as IsoDate, // validated by the schema above
  });
  return {
    year: parsed.year,
    daysOff: parsed.daysOff.map(entry),
    workingDays: parsed.workingDays.map(entry),
    source: parsed.source,
  };
}
