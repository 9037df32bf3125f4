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
  },
  { timestamps: true, versionKey: false },
);

export const OfficialScheduleRevisionModel = model(
  'OfficialScheduleRevision',
  officialScheduleRevisionSchema,
  'official_schedule_revisions',
);
