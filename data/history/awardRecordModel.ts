import { Schema, model, type InferSchemaType } from 'mongoose';
import { AWARD_CODES } from '../../domain/catalogue/awardCodes';
import { COMMENDATION_KINDS } from '../../domain/catalogue/awardDefinition';
import { issuerLevelSchema } from '../../domain/eligibility/history';

/**
 * An award a person or collective received: imported from earlier years, or granted by a
 * decision signed in TĐKT Flow (then `nominationId` and `decisionId` say which). The
 * eligibility rules read these as `AwardRecord`s.
 */
const awardRecordSchema = new Schema(
  {
    /** For a decision's award `nomination:<nominationId>`, so granting it twice is impossible. */
    _id: { type: String, required: true },
    subject: { type: String, enum: ['individual', 'collective'], required: true },
    /** Person ID or collective ID, depending on `subject`. */
    subjectId: { type: String, required: true },
    code: { type: String, enum: AWARD_CODES, required: true },
    /** Achievement year the award is for. */
    year: { type: Number, required: true },
    issuerLevel: { type: String, enum: issuerLevelSchema.options, required: true },
    basis: { type: String, enum: COMMENDATION_KINDS, required: true },
    decisionNumber: { type: String },
    decisionDate: { type: String }, // YYYY-MM-DD
    source: { type: String, enum: ['decision', 'import'], required: true },
    nominationId: { type: String },
    decisionId: { type: String },
    revoked: {
      at: { type: Date },
      reason: { type: String },
      decisionNumber: { type: String },
    },
  },
  { timestamps: true, versionKey: false },
);

// A subject's awards (its history, an import's check): a subject's id alone narrows to its few
// records, and `subject` is checked on those.
awardRecordSchema.index({ subjectId: 1 });
awardRecordSchema.index({ nominationId: 1 });

export type AwardRecordDocument = InferSchemaType<typeof awardRecordSchema>;
export const AwardRecordModel = model('AwardRecord', awardRecordSchema, 'award_records');
