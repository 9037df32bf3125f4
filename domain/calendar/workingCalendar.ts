/**
 * The working calendar of Vietnamese state agencies: the law's rules plus the official schedules
 * an administrator maintains. A date is a working day unless it is a Saturday, a Sunday or a day
 * off below; a schedule's swapped working day wins over everything.
 *
 * How a year's days off are built:
 * 1. the dates the law fixes — 01/01, 30/4, 01/5, 02/9 and 10/3 lunar — always;
 * 2. for Tết and the National Day adjacent day, which the Prime Minister decides each year: the
 *    schedule's days for that occasion if it lists any, otherwise the rules' provisional estimate;
 * 3. compensatory days (Điều 111 khoản 3) for every holiday of steps 1–2 on a weekend, except for
 *    occasions the schedule lists (an announcement already contains its compensatory days);
 * 4. every day off the schedule lists.
 *
 * The year is computed once, on first use, into a flag per day; later look-ups are array reads,
 * so a 200-working-day deadline costs a few hundred array reads and no lunar conversion.
 */

import { compensatoryDaysFor } from './compensatoryDays';
import type { DayOff } from './dayOff';
import { isoDateOf, isWeekend, toEpochDay, fromEpochDay, yearOf, type IsoDate } from './isoDate';
import { vietnameseLunarSource, type LunarSource } from './lunar';
import {
  parseOfficialSchedule,
  type OfficialSchedule,
  type ScheduleEntry,
} from './officialSchedule';
import type { Occasion } from './occasions';
import {
  fixedStatutoryHolidays,
  provisionalLunarNewYearDays,
  provisionalNationalDayAdjacentDay,
} from './statutoryHolidays';
import { assertSupportedYear } from './supportedYears';

/** One computed year: reasons for display and a flag per day for fast counting. */
export interface CalendarYear {
  readonly year: number;
  /** Days off that have a reason (holidays, compensatory, announced), by date, in date order. */
  readonly daysOff: ReadonlyMap<IsoDate, DayOff>;
  /** Saturdays/Sundays the schedule made working days, by date. */
  readonly swappedWorkingDays: ReadonlyMap<IsoDate, ScheduleEntry>;
  /** Epoch day of 1 January. */
  readonly firstEpochDay: number;
  /** 1 for a working day, 0 otherwise, indexed by day of the year (0 = 1 January). */
  readonly workingFlags: Uint8Array;
}

export interface WorkingCalendarOptions {
  /** At most one per year; defaults to none (rules only). */
  schedules?: readonly OfficialSchedule[];
  /** Defaults to the Vietnamese lunar calendar of `@dqcai/vn-lunar`. */
  lunar?: LunarSource;
}

export class WorkingCalendar {
  readonly schedules: ReadonlyMap<number, OfficialSchedule>;
  private readonly lunar: LunarSource;
  private readonly years = new Map<number, CalendarYear>();

  constructor(options: WorkingCalendarOptions = {}) {
    const schedules = new Map<number, OfficialSchedule>();
    for (const raw of options.schedules ?? []) {
      // Re-validated here so that a hand-built object cannot bypass the schema's invariants.
      const schedule = parseOfficialSchedule(raw);
      if (schedules.has(schedule.year)) {
        throw new RangeError(`Two official schedules for ${schedule.year}`);
      }
      schedules.set(schedule.year, schedule);
    }
    this.schedules = schedules;
    this.lunar = options.lunar ?? vietnameseLunarSource;
  }

  /** The computed year (cached). Throws RangeError outside the supported years. */
  year(year: number): CalendarYear {
    let computed = this.years.get(year);
    if (!computed) {
      assertSupportedYear(year);
      computed = buildYear(year, this.schedules.get(year), this.lunar);
      this.years.set(year, computed);
    }
    return computed;
  }

  isWorkingDay(date: IsoDate): boolean {
    const year = this.year(yearOf(date));
    return year.workingFlags[toEpochDay(date) - year.firstEpochDay] === 1;
  }
}

function announcedDay(entry: ScheduleEntry, schedule: OfficialSchedule): DayOff {
  return {
    date: entry.date,
    occasion: entry.occasion,
    kind: 'announced',
    reason_vi: entry.reason_vi,
    reason_en: entry.reason_en,
    basis: entry.source ?? schedule.source,
    provisional: false,
  };
}

function buildYear(
  year: number,
  schedule: OfficialSchedule | undefined,
  lunar: LunarSource,
): CalendarYear {
  const listed = new Set<Occasion>(schedule?.daysOff.map((entry) => entry.occasion) ?? []);
  const fixed = fixedStatutoryHolidays(year, lunar);
  const estimated: DayOff[] = [];
  if (!listed.has('lunarNewYear')) estimated.push(...provisionalLunarNewYearDays(year, lunar));
  if (!listed.has('nationalDay')) estimated.push(provisionalNationalDayAdjacentDay(year));
  const announced = schedule ? schedule.daysOff.map((entry) => announcedDay(entry, schedule)) : [];

  const offDates = new Set<string>([...fixed, ...estimated, ...announced].map((day) => day.date));
  const compensable = [...fixed, ...estimated].filter((day) => !listed.has(day.occasion));
  const compensatory = compensatoryDaysFor(compensable, (date) => offDates.has(date));

  const swappedWorkingDays = new Map<IsoDate, ScheduleEntry>(
    (schedule?.workingDays ?? []).map((entry) => [entry.date, entry]),
  );
  // Later entries win for the same date: an announcement's wording beats the rule's.
  const byDate = new Map<IsoDate, DayOff>();
  for (const day of [...fixed, ...estimated, ...compensatory, ...announced]) {
    if (!swappedWorkingDays.has(day.date)) byDate.set(day.date, day);
  }
  const daysOff = new Map([...byDate.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

  const firstEpochDay = toEpochDay(isoDateOf(year, 1, 1));
  const length = toEpochDay(isoDateOf(year, 12, 31)) - firstEpochDay + 1;
  const workingFlags = new Uint8Array(length);
  for (let index = 0; index < length; index++) {
    const date = fromEpochDay(firstEpochDay + index);
    const working = swappedWorkingDays.has(date) || (!daysOff.has(date) && !isWeekend(date));
    workingFlags[index] = working ? 1 : 0;
  }
  return { year, daysOff, swappedWorkingDays, firstEpochDay, workingFlags };
}

/** A calendar from the rules and the given schedules (see WorkingCalendarOptions). */
export function createWorkingCalendar(options: WorkingCalendarOptions = {}): WorkingCalendar {
  return new WorkingCalendar(options);
}

/**
 * `base` with each schedule of `replacements` taking the place of the same year's, e.g. the
 * shipped schedules overlaid with the ones an administrator edited.
 */
export function replaceSchedules(
  base: readonly OfficialSchedule[],
  replacements: readonly OfficialSchedule[],
): OfficialSchedule[] {
  const byYear = new Map<number, OfficialSchedule>();
  for (const schedule of [...base, ...replacements]) byYear.set(schedule.year, schedule);
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}
