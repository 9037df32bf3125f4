import { Schema, model } from 'mongoose';
import { ROLES } from '../../domain/process/roles';

const actorSchema = new Schema(
  {
    userId: { type: String, required: true },
    name: { type: String, required: true },
    role: { type: String, enum: [...ROLES, 'system'], required: true },
    unitId: { type: String },
  },
  { _id: false },
);

/**
 * The read model of a council round (phiên họp / đợt xét): agenda, attendance, recusals,
 * who has voted by open ballot, and per-nominee results once closed. Written by the API
 * once at creation (version 0) and then only by the round workflow's `recordCouncilRound`
 * activity, guarded by `version`. It never holds a secret ballot's choices: those live only
 * as totals in the ballot box.
 */
const councilRoundSchema = new Schema(
  {
    _id: { type: String, required: true },
    title: { type: String, required: true },
    members: { type: [String], required: true },
    chairId: { type: String, required: true },
    scheduledOn: { type: String, required: true }, // YYYY-MM-DD
    deadline: { type: Date, required: true },
    recusalPolicy: { type: String, enum: ['same_unit', 'any_member'], required: true },
    createdBy: { type: actorSchema, required: true },
    workflowId: { type: String, required: true },
    status: {
      type: String,
      enum: ['preparing', 'voting', 'awaiting_tie_break', 'closed'],
      required: true,
    },
    /** AgendaItem[] (workflows/councilRound/messages.ts). */
    agenda: { type: [Schema.Types.Mixed], default: [] },
    present: { type: [String], default: [] },
    attendanceRecorded: { type: Boolean, default: false },
    recusals: { type: [Schema.Types.Mixed], default: [] },
    openVoters: { type: [String], default: [] },
    openWrittenVoters: { type: [String], default: [] },
    ldttCounts: { type: [Schema.Types.Mixed], default: [] },
    pendingTies: { type: [Schema.Types.Mixed], default: [] },
    results: { type: [Schema.Types.Mixed], default: [] },
    minutesId: { type: String },
    closedBy: { type: actorSchema },
    version: { type: Number, required: true, default: 0 },
  },
  { timestamps: true, versionKey: false, minimize: false },
);

councilRoundSchema.index({ scheduledOn: -1, createdAt: -1 });
councilRoundSchema.index({ status: 1, scheduledOn: -1 });

export const CouncilRoundModel = model('CouncilRound', councilRoundSchema, 'council_rounds');
