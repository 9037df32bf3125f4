import { Schema, model } from 'mongoose';
import { DOCUMENT_TYPES } from '../../domain/agency/agencyIdentity';
import { AWARD_CODES } from '../../domain/catalogue/awardCodes';
import { COMMENDATION_KINDS } from '../../domain/catalogue/awardDefinition';
import { actorSchema } from '../actorSchema';
import { signedRulingFields } from '../signedRulingFields';

export const DECISION_STATUSES = [
  'draft',
  'signed',
  'rejected',
  'returned_to_council',
  'returned_to_secretariat',
] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

/** One line of the annex (danh sách kèm theo): a nominee as the council passed them. */
const annexItemSchema = new Schema(
  {
    nominationId: { type: String, required: true },
    nomineeName: { type: String, required: true },
    nomineeKind: { type: String, enum: ['individual', 'collective'], required: true },
    position: { type: String },
    personId: { type: String },
    unitId: { type: String, required: true },
    unitName: { type: String },
  },
  { _id: false },
);

const struckSchema = new Schema(
  { nominationId: { type: String, required: true }, reason: { type: String, required: true } },
  { _id: false },
);

const timelineEntrySchema = new Schema(
  {
    seq: { type: Number, required: true },
    at: { type: Date, required: true },
    action: { type: String, required: true },
    actor: { type: actorSchema, required: true },
    reason: { type: String },
    /** Nominations whose workflow could not be reached (ended, or never started). */
    unreachable: { type: [String], default: undefined },
  },
  { _id: false },
);

/**
 * An award decision (quyết định khen thưởng): one award, many nominees in its annex. Written
 * only by the award-decision workflow's activities; each write carries the workflow's
 * sequence number (`lastSeq`), so a retried activity changes nothing.
 */
const awardDecisionSchema = new Schema(
  {
    _id: { type: String, required: true }, // the decisionId
    workflowId: { type: String, required: true },
    status: { type: String, enum: DECISION_STATUSES, required: true },
    awardCode: { type: String, enum: AWARD_CODES, required: true },
    kind: { type: String, enum: COMMENDATION_KINDS, required: true },
    year: { type: Number, required: true },
    /** Decided above the minister: the signed document proposes upward, it grants nothing. */
    forwardedUpward: { type: Boolean, required: true },
    annex: { type: [annexItemSchema], required: true },
    struck: { type: [struckSchema], default: [] },
    draftedBy: { type: actorSchema, required: true },
    draftedAt: { type: Date, required: true },
    number: { type: String },
    /**
     * What was signed: the award decision, or (forwardedUpward) the submission proposing it
     * upward, numbered in its own series. Absent on documents signed before that series.
     */
    documentType: { type: String, enum: Object.keys(DOCUMENT_TYPES) },
    sequence: { type: Number },
    symbol: { type: String },
    ...signedRulingFields,
    published: { type: Boolean, required: true, default: false },
    publishedAt: { type: Date },
    lastSeq: { type: Number, required: true, default: 0 },
    timeline: { type: [timelineEntrySchema], default: [] },
  },
  { timestamps: true, versionKey: false },
);

awardDecisionSchema.index({ status: 1, year: -1, createdAt: -1 });
awardDecisionSchema.index({ published: 1, signedAt: -1 });
awardDecisionSchema.index({ 'annex.nominationId': 1 });

export const AwardDecisionModel = model('AwardDecision', awardDecisionSchema, 'award_decisions');
