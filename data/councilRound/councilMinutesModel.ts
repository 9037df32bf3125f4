import { Schema, model } from 'mongoose';

/**
 * The minutes (biên bản) of a closed council round: attendance, recusals, per-nominee
 * tally, quota ranking and cut reasons, result and explanation (vi/en). For a secret
 * ballot: totals only. For an open ballot: the named votes, as the open ballot is public.
 * One document per round (`minutes-<roundId>`), inserted once.
 */
const councilMinutesSchema = new Schema(
  {
    _id: { type: String, required: true },
    roundId: { type: String, required: true, unique: true },
    title: { type: String, required: true },
    scheduledOn: { type: String, required: true },
    closedAt: { type: Date, required: true },
    closedBy: { type: Schema.Types.Mixed, required: true },
    chair: { type: Schema.Types.Mixed, required: true },
    /** [{ userId, name, attendance: present | absent_written | absent }] */
    members: { type: [Schema.Types.Mixed], required: true },
    recusals: { type: [Schema.Types.Mixed], default: [] },
    ldttCounts: { type: [Schema.Types.Mixed], default: [] },
    /** Per nominee: ballot, counts, tally, quota, outcome, explanation, named votes if open. */
    items: { type: [Schema.Types.Mixed], required: true },
    summary: { vi: { type: String }, en: { type: String } },
  },
  { timestamps: true, versionKey: false, minimize: false },
);

export const CouncilMinutesModel = model('CouncilMinutes', councilMinutesSchema, 'council_minutes');
