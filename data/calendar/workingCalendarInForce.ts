import {
  SHIPPED_OFFICIAL_SCHEDULES,
  createWorkingCalendar,
  parseOfficialSchedule,
  replaceSchedules,
  type WorkingCalendar,
} from '../../domain/calendar';
import type { Actor } from '../../domain/process/roles';
import { keptUntilNextRevision, saveRevision } from '../configuration/revisions';
import { OfficialScheduleRevisionModel } from './officialScheduleModel';

/** The latest revision of one year's schedule, as an administrator entered it. */
interface EnteredSchedule {
  revision: number;
  schedule: unknown;
  by: Actor;
  savedAt: Date;
}

interface CalendarInForce {
  calendar: WorkingCalendar;
  /** The latest calendar revision; null while only the shipped schedules apply. */
  revision: number | null;
  /** By year, the schedules administrators entered. */
  entered: ReadonlyMap<number, EnteredSchedule>;
}

/**
 * The working calendar in force: the law, the shipped official schedules, and the latest
 * schedule administrators entered for each year (it replaces the shipped one). Kept per process
 * until the next revision exists (checked as revisions.ts says), so a day off entered in any
 * process applies to every deadline computed after the reply, in every API and worker process.
 */
export const calendarInForce: () => Promise<CalendarInForce> = keptUntilNextRevision(
  OfficialScheduleRevisionModel as never,
  async () => {
    // A few revisions a year: read them all, the later of a year replacing the earlier.
    const revisions = await OfficialScheduleRevisionModel.find({}).sort({ _id: 1 }).lean();
    const entered = new Map<number, EnteredSchedule>();
    for (const r of revisions) {
      entered.set(r.year, {
        revision: r._id,
        schedule: r.schedule,
        by: r.by as Actor,
        savedAt: r.createdAt,
      });
    }
    const calendar = createWorkingCalendar({
      schedules: replaceSchedules(
        SHIPPED_OFFICIAL_SCHEDULES,
        [...entered.values()].map((e) => parseOfficialSchedule(e.schedule)),
      ),
    });
    const revision = revisions.at(-1)?._id ?? null;
    return { value: { calendar, revision, entered }, nextIds: [(revision ?? 0) + 1] };
  },
);

export async function currentWorkingCalendar(): Promise<WorkingCalendar> {
  return (await calendarInForce()).calendar;
}

/**
 * Stores calendar revision `revision` (the latest + 1): `schedule`, validated, for its year.
 * Null when another administrator (or process) stored that revision first. Resolves once every
 * process plans with it, unless `confirm` is false (see `saveRevision`).
 */
export async function saveCalendarRevision(
  input: {
    revision: number;
    year: number;
    schedule: unknown;
    reason: string;
    by: Actor;
    carriedFrom?: { updatedBy: string; updatedAt: Date };
  },
  options?: { confirm?: boolean },
): Promise<{ savedAt: Date } | null> {
  const { revision, ...fields } = input;
  return saveRevision(
    OfficialScheduleRevisionModel as never,
    { _id: revision, ...fields },
    options,
  );
}
