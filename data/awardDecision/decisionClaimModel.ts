import { Schema, model } from 'mongoose';

/**
 * A nomination's place in one award decision. `_id` is the nominationId, so the database's
 * unique `_id` makes it impossible to put one nomination in two decisions at once (without
 * transactions). Released when the decision strikes, rejects or returns the nomination.
 */
const decisionClaimSchema = new Schema(
  {
    _id: { type: String, required: true }, // nominationId
    decisionId: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { versionKey: false },
);

decisionClaimSchema.index({ decisionId: 1 });

export const DecisionClaimModel = model('DecisionClaim', decisionClaimSchema, 'decision_claims');
