import { Schema, model } from 'mongoose';
import { DOCUMENT_TYPES } from '../../domain/agency/agencyIdentity';

/**
 * One issued document number. The `_id` is `<symbol>:<year>:<sequence>` for a decision and
 * `TTr-<symbol>:<year>:<sequence>` for a submission upward, so the database's own unique `_id`
 * index makes a number impossible to issue twice in its series, and the unique `decisionId`
 * makes a document impossible to number twice. A number exists only once its document is
 * inserted, so each series has no gaps. No transactions, no counter document: only atomic
 * single-document inserts.
 */
const decisionNumberSchema = new Schema(
  {
    _id: { type: String, required: true },
    /** Numbers issued before submissions had their own series have none: decisions. */
    documentType: { type: String, enum: Object.keys(DOCUMENT_TYPES) },
    symbol: { type: String, required: true },
    year: { type: Number, required: true },
    sequence: { type: Number, required: true },
    decisionId: { type: String, required: true, unique: true },
    issuedAt: { type: Date, required: true },
  },
  { versionKey: false },
);

decisionNumberSchema.index({ symbol: 1, year: 1, sequence: -1 });

export const DecisionNumberModel = model(
  'DecisionNumber',
  decisionNumberSchema,
  'decision_numbers',
);
