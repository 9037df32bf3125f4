import { Schema, model } from 'mongoose';
import { DOCUMENT_TYPES } from '../../domain/agency/agencyIdentity';

/**
 * The register of issued document numbers, one entry per number: `_id` is
 * `<symbol>:<year>:<sequence>` for a decision and `TTr-<symbol>:<year>:<sequence>` for a
 * submission upward. The number is taken first in its year's number series
 * (`data/numberSeries.ts`), which issues each once, to one decision, without gaps; the entry
 * is written after it (again by a retry, changing nothing). The unique `_id` and `decisionId`
 * hold the register to the series. It is also where a series created after an upgrade
 * finds the numbers issued before it.
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
