import {
  addDays,
  weekdayOf,
  workingDaysBetween,
  type IsoDate,
  type WorkingCalendar,
} from '../calendar';
import type { Stage } from '../process/stages';

/**
 * The secretariat's desk: how late an open nomination is, and whether it will be.
 *
 * Definitions (all in working days of the Vietnamese calendar, Civil Code 2015 Art. 147:
 * the starting day is not counted):
 * - days in stage `d` = working days after the day the stage was entered, up to today;
 * - working days left `left` = working days after today up to the due date (0 = due today);
 *   negative once the due date has passed (minus the working days late);
 * - **late**: `left < 0`;
 * - **at risk** (projected to miss the deadline at the current pace): the expected remaining
 *   time `R(d)` exceeds `left`, where `R(d)` is the median of `s − d` over the past completed
 *   stays `s` in the same stage that lasted at least `d` (the conditional median: "of the
 *   dossiers that had already been here this long, how much longer did they take?"). A
 *   dossier already longer than every past stay is at risk. With fewer than
 *   `MIN_HISTORY_SAMPLES` past stays, the fallback is the planned pace: at risk once
 *   `d / (d + left)` reaches the reminder share (default 0.7), the point the automatic
 *   reminder goes out.
 */
const MIN_HISTORY_SAMPLES = 5;
const DEFAULT_REMINDER_SHARE = 0.7;

type Risk = 'late' | 'at_risk' | 'on_track' | 'no_deadline';

export interface OpenNominationFacts {
  stage: Stage;
  /** Vietnam date the current stage was entered. */
  enteredOn: IsoDate;
  dueOn?: IsoDate;
}

export interface Projection {
  daysInStage: number;
  /** Negative when late. Absent without a deadline. */
  workingDaysLeft?: number;
  /** Expected remaining working days; `null` when beyond every past stay. */
  expectedRemaining?: number | null;
  basis: 'history' | 'planned_pace' | 'none';
  risk: Risk;
}

/** Sorted ascending past stay durations per stage. */
export type StageDurations = Partial<Record<Stage, readonly number[]>>;

export function median(sorted: readonly number[]): number | undefined {
  if (sorted.length === 0) return undefined;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median of `s − d` over the samples with `s ≥ d`; null when there is none. */
export function conditionalRemaining(sorted: readonly number[], d: number): number | null {
  const start = sorted.findIndex((s) => s >= d);
  if (start < 0) return null;
  return median(sorted.slice(start).map((s) => s - d))!;
}

function workingDaysLeft(today: IsoDate, dueOn: IsoDate, calendar: WorkingCalendar) {
  return dueOn >= today
    ? workingDaysBetween(today, dueOn, calendar)
    : -workingDaysBetween(dueOn, today, calendar);
}

export function project(
  facts: OpenNominationFacts,
  today: IsoDate,
  durations: StageDurations,
  calendar: WorkingCalendar,
  reminderShare = DEFAULT_REMINDER_SHARE,
): Projection {
  const daysInStage =
    facts.enteredOn < today ? workingDaysBetween(facts.enteredOn, today, calendar) : 0;
  if (!facts.dueOn) return { daysInStage, basis: 'none', risk: 'no_deadline' };
  const left = workingDaysLeft(today, facts.dueOn, calendar);
  const samples = durations[facts.stage] ?? [];
  if (samples.length >= MIN_HISTORY_SAMPLES) {
    const expected = conditionalRemaining(samples, daysInStage);
    const risk: Risk =
      left < 0 ? 'late' : expected === null || expected > left ? 'at_risk' : 'on_track';
    return {
      daysInStage,
      workingDaysLeft: left,
      expectedRemaining: expected,
      basis: 'history',
      risk,
    };
  }
  const used = daysInStage + Math.max(left, 0);
  const pace = used === 0 ? 0 : daysInStage / used;
  const risk: Risk = left < 0 ? 'late' : pace >= reminderShare ? 'at_risk' : 'on_track';
  return { daysInStage, workingDaysLeft: left, basis: 'planned_pace', risk };
}

/** One stay of a nomination in a stage, from its timeline. */
interface StageStay {
  stage: Stage;
  enteredOn: IsoDate;
  /** Absent while the nomination is still there. */
  leftOn?: IsoDate;
}

/**
 * Splits a timeline (in order) into stays: a stay starts at an entry whose stage differs
 * from the entry before it; notes (same stage) do not start one.
 */
export function stageStays(entries: readonly { stage: Stage; on: IsoDate }[]): StageStay[] {
  const stays: StageStay[] = [];
  for (const entry of entries) {
    const last = stays[stays.length - 1];
    if (last && last.stage === entry.stage) continue;
    if (last) last.leftOn = entry.on;
    stays.push({ stage: entry.stage, enteredOn: entry.on });
  }
  return stays;
}

/** The Monday of the week `date` falls in (weeks run Monday–Sunday in Vietnam). */
export function weekStart(date: IsoDate): IsoDate {
  const weekday = weekdayOf(date);
  return addDays(date, -((weekday + 6) % 7));
}
