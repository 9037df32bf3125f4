import { Schema, model } from 'mongoose';

/**
 * The quota ledger: one document per place a council round takes in a quota's scope
 * (`cstdcs_share_of_ldtt:<unit>/<year>`, `one_per_bloc:<bloc>/<year>`), written only by that
 * round's activities (or, for rounds closed before the ledger, by the start-up backfill).
 * `_id` is `<scope>#<seq>`, seq counting from 1 in the scope and never reused: it is the
 * number of the place's `claimKey` (`<round>|<scope>|<slot>`) in the scope's number series
 * (`data/numberSeries.ts`), which issues each seq once, to one claim key, up to the bound the
 * claim gives. The unique `_id` and `claimKey` hold the ledger to it; no transaction.
 */
const quotaPlaceSchema = new Schema(
  {
    _id: { type: String, required: true },
    scope: { type: String, required: true },
    seq: { type: Number, required: true },
    roundId: { type: String, required: true },
    /** 1, 2… within the round and scope: the round's kept nominees in rank order. */
    slot: { type: Number, required: true },
    claimKey: { type: String, required: true, unique: true },
    /** Set once the round's result is final (after the chair's tie-break). */
    nominationId: { type: String },
    /** Workflow time of the round's close. */
    claimedAt: { type: Date, required: true },
    source: { type: String, enum: ['round', 'backfill'], required: true },
  },
  { versionKey: false },
);

quotaPlaceSchema.index({ scope: 1, seq: 1 });
quotaPlaceSchema.index({ nominationId: 1 });
quotaPlaceSchema.index({ roundId: 1, source: 1 });

export const QuotaPlaceModel = model('QuotaPlace', quotaPlaceSchema, 'quota_places');

const QUOTA_RELEASE_REASONS = [
  'struck',
  'rejected',
  'returned_to_council',
  'returned_to_secretariat',
  'revoked',
] as const;
export type QuotaReleaseReason = (typeof QUOTA_RELEASE_REASONS)[number];

/**
 * A place given back: the minister did not award its nominee (struck from a signed decision,
 * the decision rejected or returned) or revoked the award. `_id` is the place's `_id`, so a
 * place is given back once; written by the decision's (or revocation's) activity, never by a
 * round, so each document has one writer. Counting releases lets the scope's next claims go
 * past the quota's seq by as many (`claimPlaces`).
 */
const quotaReleaseSchema = new Schema(
  {
    _id: { type: String, required: true },
    scope: { type: String, required: true },
    nominationId: { type: String, required: true },
    reason: { type: String, enum: QUOTA_RELEASE_REASONS, required: true },
    /** The decision or revocation that gave the place back. */
    by: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { versionKey: false },
);

quotaReleaseSchema.index({ scope: 1 });

export const QuotaReleaseModel = model('QuotaRelease', quotaReleaseSchema, 'quota_releases');
