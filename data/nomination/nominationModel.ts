import { Schema, model, type InferSchemaType } from 'mongoose';
import { ROLES } from '../../domain/process/roles';
import { STAGES } from '../../domain/process/stages';

const actorSchema = new Schema(
  {
    userId: { type: String, required: true },
    name: { type: String, required: true },
    role: { type: String, enum: ROLES, required: true },
    unitId: { type: String },
  },
  { _id: false },
);

/** One line of the nomination's timeline: who did what, when and why. */
const historyEntrySchema = new Schema(
  {
    seq: { type: Number, required: true },
    at: { type: Date, required: true },
    action: { type: String, required: true },
    stage: { type: String, enum: STAGES, required: true },
    actor: { type: actorSchema, required: true },
    reason: { type: String },
  },
  { _id: false },
);

/**
 * The read model of a nomination and the record of its dossier. Its stage and
 * history are written only by the nomination workflow's activities, except the draft.
 */
const nominationSchema = new Schema(
  {
    _id: { type: String, required: true },
    unitId: { type: String, required: true },
    nominee: {
      kind: { type: String, enum: ['individual', 'collective'], required: true },
      name: { type: String, required: true },
      position: { type: String },
      personId: { type: String },
    },
    awardCode: { type: String, required: true },
    year: { type: Number, required: true },
    achievements: { type: String, required: true },
    stage: { type: String, enum: STAGES, required: true },
    createdBy: { type: actorSchema, required: true },
    /** Sequence number of the last transition applied; makes activity retries no-ops. */
    lastSeq: { type: Number, required: true, default: 0 },
    history: { type: [historyEntrySchema], default: [] },
    workflowId: { type: String },
    decision: {
      number: { type: String },
      sequence: { type: Number },
      signedAt: { type: Date },
      signedBy: { type: actorSchema },
    },
  },
  { timestamps: true, versionKey: false },
);

nominationSchema.index({ unitId: 1, year: -1, createdAt: -1 });
nominationSchema.index({ stage: 1, updatedAt: 1 });

export type NominationDocument = InferSchemaType<typeof nominationSchema>;
export const NominationModel = model('Nomination', nominationSchema, 'nominations');
