import { Schema, model } from 'mongoose';

/**
 * One issued decision number. The `_id` is `<symbol>:<year>:<sequence>`, so the
 * database's own unique `_id` index makes a number impossible to issue twice, and the
 * unique `decisionId` makes a decision impossible to number twice. A number exists only
 * once its document is inserted, so the sequence has no gaps. No transactions, no
 * counter document: only atomic single-document inserts.
 */
const decisionNumberSchema = new Schema(
  {
    _id: { type: String, required: true },
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
