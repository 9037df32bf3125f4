import type { Logger } from 'pino';
import { officialScheduleSchema } from '../../domain/calendar';
import type { Actor } from '../../domain/process/roles';
import {
  LegacyOfficialScheduleModel,
  OfficialScheduleRevisionModel,
} from './officialScheduleModel';
import { saveCalendarRevision } from './workingCalendarInForce';

/** Who stored a carried revision, and why. */
export const CARRIED_BY: Actor = {
  userId: 'migration',
  name: 'Chuyển dữ liệu khi nâng cấp',
  role: 'system',
};
export const CARRIED_REASON = 'carried from official_schedules';

interface Revision {
  _id: number;
  year: number;
  createdAt: Date;
  carriedFrom?: { updatedAt: Date } | null;
}

/**
 * Whether revision `r` is at least as recent as the old schedule of its year: carried from that
 * very edit (compared by the old document's own time, so no clock is involved), or entered after
 * it (an edit made on the old version after a rollback is newer than what was carried before).
 */
const supersedes = (r: Revision, year: number, updatedAt: Date) =>
  r.year === year &&
  (r.carriedFrom ? r.carriedFrom.updatedAt >= updatedAt : r.createdAt >= updatedAt);

/**
 * Carries the schedules administrators entered before calendar revisions existed
 * (`official_schedules`, one document per year) into `official_schedule_revisions`, each year not
 * yet superseded by a revision as the next revision, in year order, by 'migration'. Every API and
 * worker process runs it at start-up. Every process numbers the same years the same way from
 * what it reads, and a revision's number is its unique `_id`: when another process stored the
 * number first, the carry of the same year goes on to the next, anything else (an
 * administrator's save) sends it back to read again. A second run, or two at once, add nothing.
 * Returns how many revisions this run stored.
 */
export async function carryOfficialSchedules(log: Logger): Promise<{ carried: number }> {
  const entered = await LegacyOfficialScheduleModel.find({}).sort({ _id: 1 }).lean();
  const valid = entered.filter((doc) => {
    const parsed = officialScheduleSchema.safeParse(doc.schedule);
    if (parsed.success && parsed.data.year === doc._id) return true;
    log.warn(
      {
        year: doc._id,
        issues: parsed.success ? [`the schedule is for ${parsed.data.year}`] : parsed.error.issues,
      },
      'an official schedule in official_schedules is invalid today and is not carried',
    );
    return false;
  });

  let carried = 0;
  let overtaken = true;
  while (overtaken) {
    overtaken = false;
    const revisions: Revision[] = await OfficialScheduleRevisionModel.find(
      {},
      { year: 1, createdAt: 1, carriedFrom: 1 },
    )
      .sort({ _id: 1 })
      .lean();
    let revision = revisions.at(-1)?._id ?? 0;
    const pending = valid.filter(
      (doc) => !revisions.some((r) => supersedes(r, doc._id, doc.updatedAt)),
    );
    for (const doc of pending) {
      revision += 1;
      const carriedFrom = { updatedBy: doc.updatedBy, updatedAt: doc.updatedAt };
      // Unconfirmed: every process carries before it serves, so none has planned without it.
      const saved = await saveCalendarRevision(
        {
          revision,
          year: doc._id,
          schedule: doc.schedule,
          reason: CARRIED_REASON,
          by: CARRIED_BY,
          carriedFrom,
        },
        { confirm: false },
      );
      if (saved) {
        carried += 1;
        log.info(
          { year: doc._id, revision, enteredBy: doc.updatedBy, enteredAt: doc.updatedAt },
          'official schedule carried into the calendar revisions',
        );
        continue;
      }
      // Another process stored this number first: with this year (or a later edit of it), go on.
      const stored = await OfficialScheduleRevisionModel.findById(revision).lean();
      if (!stored || !supersedes(stored, doc._id, doc.updatedAt)) {
        overtaken = true;
        break;
      }
    }
  }
  if (carried > 0) log.info({ carried }, 'official schedules carried');
  return { carried };
}
