import { Schema, model } from 'mongoose';
import { named, tellIdentityChanges } from './identityChanges';

/**
 * A signed-in session. Only hashes are stored: of the token (the `_id`) and of the CSRF
 * token a browser echoes on unsafe requests. A session is live while `expiresAt` is ahead,
 * it was used lately (`lastSeenAt`, else `createdAt`), and `epoch` equals its user's
 * `sessionEpoch`.
 */
const sessionSchema = new Schema(
  {
    _id: { type: String, required: true }, // sha256 of the session token
    userId: { type: String, required: true },
    expiresAt: { type: Date, required: true },
    epoch: { type: Number, required: true, default: 0 },
    csrfHash: { type: String, required: true },
    lastSeenAt: { type: Date },
  },
  { timestamps: true, versionKey: false },
);

sessionSchema.index({ userId: 1, expiresAt: 1 });
tellIdentityChanges(sessionSchema, (filter) => ({
  sessionId: named(filter, '_id'),
  userId: named(filter, 'userId'),
}));

export const SessionModel = model('Session', sessionSchema, 'sessions');
