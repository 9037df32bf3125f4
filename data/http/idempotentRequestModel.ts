import { Schema, model } from 'mongoose';

/**
 * A write sent with an `Idempotency-Key`: its outcome, replayed to a repeat of the same
 * request. `_id` hashes the caller's credential, method, path and key, so it names nobody.
 */
const idempotentRequestSchema = new Schema(
  {
    _id: { type: String, required: true },
    bodyHash: { type: String },
    state: { type: String, enum: ['pending', 'done'], required: true },
    status: { type: Number },
    body: { type: Schema.Types.Mixed },
  },
  { timestamps: true, versionKey: false },
);

export const IdempotentRequestModel = model(
  'IdempotentRequest',
  idempotentRequestSchema,
  'idempotent_requests',
);
