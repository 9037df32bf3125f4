import { Schema, model, type InferSchemaType } from 'mongoose';
import { DOCUMENT_TYPES } from '../../domain/agency/agencyIdentity';
import { POSTING_DAY_RULES } from '../../domain/calendar/publicCommentPeriod';
import { COMMENDATION_KINDS } from '../../domain/catalogue/awardDefinition';
import { REVIEW_OCCASIONS } from '../../domain/eligibility/context';
import { UPWARD_DECIDERS } from '../../domain/process/externalDecision';
import { ROLES } from '../../domain/process/roles';
import { actorSchema } from '../actorSchema';
import { STAGES } from '../../domain/process/stages';
import { OUTCOMES } from '../statistics/statisticsEntry';

const textSchema = new Schema({ vi: String, en: String }, { _id: false });

const statisticsEntrySchema = new Schema(
  {
    year: { type: Number, required: true },
    unitId: { type: String, required: true },
    awardCode: { type: String, required: true },
    kind: { type: String, required: true },
    gender: { type: String, required: true },
    ethnicity: { type: String, required: true },
    outcome: { type: String, enum: OUTCOMES, required: true },
    personId: { type: String },
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
    /** Structured reasons (per dossier item) for a return or a rejection. */
    reasons: {
      type: [new Schema({ code: String, message: textSchema, item: String }, { _id: false })],
      default: undefined,
    },
    detail: { type: textSchema },
  },
  { _id: false },
);

/** The editable content of a nomination, snapshotted at each (re)submission for the diff. */
const contentFields = {
  nominee: {
    type: new Schema(
      {
        kind: { type: String, enum: ['individual', 'collective'], required: true },
        name: { type: String, required: true },
        position: { type: String },
        personId: { type: String },
        collectiveId: { type: String },
      },
      { _id: false },
    ),
    required: true,
  },
  awardCode: { type: String, required: true },
  kind: { type: String, enum: COMMENDATION_KINDS, required: true, default: 'merit' },
  year: { type: Number, required: true },
  /** The review it comes from; the appraisal judges Hero titles with it. */
  reviewOccasion: { type: String, enum: REVIEW_OCCASIONS },
  achievements: { type: String, required: true },
  documents: {
    type: [new Schema({ code: String, title: String, reference: String }, { _id: false })],
    default: [],
  },
};

/**
 * The read model of a nomination and the record of its dossier. Its stage, deadline and
 * timeline are written only by workflow activities; the unit edits the content while it
 * is a draft or returned.
 */
const nominationSchema = new Schema(
  {
    _id: { type: String, required: true },
    unitId: { type: String, required: true },
    dossierId: { type: String },
    /**
     * Its human number from submission on, `<dossier number>/<place in the dossier's list>`
     * (data/nomination/dossierNumber.ts); a draft has none.
     */
    number: { type: String },
    ...contentFields,
    /** Bumped on every edit of the content; a resubmission names the version it sends. */
    dossierVersion: { type: Number, required: true, default: 1 },
    submissions: {
      type: [
        new Schema(
          {
            version: { type: Number, required: true },
            at: { type: Date, required: true },
            content: { type: Schema.Types.Mixed, required: true },
          },
          { _id: false },
        ),
      ],
      default: [],
    },
    stage: { type: String, enum: STAGES, required: true },
    createdBy: { type: actorSchema, required: true },
    receivedOn: { type: String },
    ruleSetId: { type: String },
    /** While in public comment: how its end date (`dueOn`) was counted. */
    publicCommentPostingDay: { type: String, enum: POSTING_DAY_RULES },
    /** Who must act next, and by when (end of `dueOn`, Vietnam time). */
    holderRole: { type: String, enum: ROLES },
    dueAt: { type: Date },
    dueOn: { type: String },
    /**
     * While open (submitted, not closed): where it stands in the secretariat's desk,
     * `due:<dueOn>:<_id>`, or `waiting:<day of its last step>:<_id>` for a stage without a
     * deadline (data/desk/deskKey.ts). One field, unique, so a page is one indexed range.
     */
    deskKey: { type: String },
    overdue: { type: Boolean, required: true, default: false },
    alerts: {
      type: [
        new Schema(
          {
            key: { type: String, required: true },
            kind: { type: String, required: true },
            toRole: { type: String, required: true },
            stage: { type: String, required: true },
            /** Sent past the deadline (absent on alerts from before this was recorded). */
            overdue: { type: Boolean },
            at: { type: Date, required: true },
          },
          { _id: false },
        ),
      ],
      default: [],
    },
    roundId: { type: String },
    decisionId: { type: String },
    /** Sequence number of the last transition applied; makes activity retries no-ops. */
    lastSeq: { type: Number, required: true, default: 0 },
    /**
     * What the statistics summary counts for it (data/statistics): `counted` since step `seq`,
     * and `previous`, what it counted before, so a retried step can finish its increments;
     * every step's own update keeps `counted.outcome` (recordTransition).
     */
    statistics: {
      type: new Schema(
        {
          seq: { type: Number, required: true },
          counted: { type: statisticsEntrySchema, required: true },
          previous: { type: statisticsEntrySchema },
        },
        { _id: false },
      ),
    },
    history: { type: [historyEntrySchema], default: [] },
    workflowId: { type: String },
    checks: { type: Schema.Types.Mixed },
    /**
     * The document the minister signed: the award decision, or for an award decided above
     * the minister the submission proposing it (`documentType`).
     */
    decision: {
      number: { type: String },
      documentType: { type: String, enum: Object.keys(DOCUMENT_TYPES) },
      sequence: { type: Number },
      signedOn: { type: String },
      signedAt: { type: Date },
      signedBy: { type: actorSchema },
    },
    /** The Prime Minister's or the President's decision on that submission, as entered. */
    externalDecision: {
      type: new Schema(
        {
          outcome: { type: String, enum: ['granted', 'refused'], required: true },
          number: { type: String, required: true },
          decidedOn: { type: String, required: true }, // YYYY-MM-DD
          issuer: { type: String, enum: UPWARD_DECIDERS, required: true },
          reason: { type: String },
          recordedBy: { type: actorSchema, required: true },
          recordedAt: { type: Date, required: true },
        },
        { _id: false },
      ),
    },
  },
  { timestamps: true, versionKey: false },
);

// A unit's dossier list (api/nomination/nominationList.ts), newest first, of a year or all.
nominationSchema.index({ unitId: 1, year: -1, createdAt: -1 });
nominationSchema.index({ unitId: 1, createdAt: -1 });
// The list across units, by creation or by last change.
nominationSchema.index({ createdAt: -1 });
nominationSchema.index({ stage: 1, dueAt: 1 });
// The secretariat's desk (api/desk): open nominations in deadline order, late ones a range of
// it; a unit's open ones. The other filters are rare enough among open ones to walk past.
nominationSchema.index({ deskKey: 1 });
nominationSchema.index({ unitId: 1, deskKey: 1 });
// The stage-stay sample: the most recently changed nominations.
nominationSchema.index({ updatedAt: -1 });
// The pipeline's weekly trend: nominations closed since a day (without it, SQLite walks every
// closed one by stage to check the day: 3–4 s at 100,000 nominations; with it, 10 ms).
nominationSchema.index({ stage: 1, updatedAt: 1 });
nominationSchema.index({ receivedOn: 1 });
nominationSchema.index({ year: 1, stage: 1 });
nominationSchema.index({ dossierId: 1 });
nominationSchema.index({ 'nominee.personId': 1, awardCode: 1, year: 1 });
// The inbox: what awaits a role (in a unit), soonest deadline first.
nominationSchema.index({ holderRole: 1, unitId: 1, dueAt: 1 });

export type NominationDocument = InferSchemaType<typeof nominationSchema>;
export const NominationModel = model('Nomination', nominationSchema, 'nominations');
