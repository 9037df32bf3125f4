import { Schema, model } from 'mongoose';

/**
 * An official schedule of days off and swapped working days for one year, as an
 * administrator entered it; it replaces the shipped schedule of that year. Stored as
 * validated by `officialScheduleSchema` (the `schedule` field holds its parsed input).
 */
const officialScheduleSchema = new Schema(
  {
    _id: { type: Number, required: true }, // the year
    schedule: { type: Schema.Types.Mixed, required: true },
    updatedBy: { type: String, required: true },
  },
  { timestamps: true, versionKey: false },
);

export const OfficialScheduleModel = model(
  'OfficialSchedule',
  officialScheduleSchema,
  'official_schedules',
);
