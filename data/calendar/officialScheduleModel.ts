import { Schema, model } from 'mongoose';
import { actorSchema } from '../actorSchema';

/**
 * One revision of the calendar: the official schedule of days off and swapped working days of
 * one year, as an administrator entered it (it replaces the shipped schedule of that year; the
 * year's latest revision is the one in force). Revisions are only inserted and numbered 1, 2,
 * 3… across all years, `_id` = the number, so every process can tell by one point read whether
 * its calendar is current (data/configuration/revisions.ts). `schedule` holds the input as
 * validated by `officialScheduleSchema`.
 */
const officialScheduleRevisionSchema = new Schema(
  {
    _id: { type: Number, required: true },
    year: { type: Number, required: true },
    schedule: { type: Schema.Types.Mixed, required: true },
    reason: { type: String, required: true },
    by: { type: actorSchema, required: true },
    // A revision carried at start-up from `official_schedules`: who entered it there, and when.
    carriedFrom: {
      type: new Schema(
        { updatedBy: { type: String, required: true }, updatedAt: { type: Date, required: true } },
        { _id: false },
      ),
    },
  },
  { timestamps: true, versionKey: false },
);

export const OfficialScheduleRevisionModel = model(
  'OfficialScheduleRevision',
  officialScheduleRevisionSchema,
  'official_schedule_revisions',
);

/**
 * The schedules as versions before revisions stored them: one document per year, `_id` = the
 * year, overwritten on each edit. Only read, by the start-up migration that carries them into
 * revisions (carryOfficialSchedules.ts); left in place so the previous version still finds them
 * after a rollback, and never created here.
 */
export const LegacyOfficialScheduleModel = model(
  'LegacyOfficialSchedule',
  new Schema(
    {
      _id: { type: Number, required: true },
      schedule: { type: Schema.Types.Mixed, required: true },
      updatedBy: { type: String, required: true },
    },
    { timestamps: true, versionKey: false, autoCreate: false, autoIndex: false },
  ),
  'official_schedules',
);
