import { Schema, model } from 'mongoose';

/**
 * A write sent with an `Idempotency-Key`: its outcome, replayed to a repeat of the same
 * request. `_id` hashes the user, method, path with its query and key, so it names nobody.
 */
const idempotentRequestSchema = new Schema(
  {
    _id: { type: String, required: true },
    bodyHash: { type: String },
    state: { type: String, enum: ['pending', 'done'], required: true },
    status: { type: Number },
    body: { type: Schema.Types.Mixed },
    /** From then on it is not replayed, and the next sweep deletes it. */
    expiresAt: { type: Date },
  },
  { timestamps: true, versionKey: false },
);

/** The sweep of expired outcomes (`sweepExpiredOutcomes`) reads a range of it. */
idempotentRequestSchema.index({ expiresAt: 1 });

export const IdempotentRequestModel = model(
  'IdempotentRequest',
  idempotentRequestSchema,
  'idempotent_requests',
);

/**
 * Deletes the outcomes expired by `now`. Not a TTL index: the embedded FerretDB 1.x has none
 * ("Index option expireAfterSeconds is not implemented yet"), and this works on both.
 */
export async function sweepExpiredOutcomes(now: Date): Promise<number> {
  const { deletedCount } = await IdempotentRequestModel.deleteMany({ expiresAt: { $lte: now } });
  return deletedCount;
}
