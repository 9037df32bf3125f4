import { Schema, model } from 'mongoose';

/** A signed-in session. Only a hash of the token is stored, never the token. */
const sessionSchema = new Schema(
  {
    _id: { type: String, required: true }, // sha256 of the bearer token
    userId: { type: String, required: true },
    expiresAt: { type: Date, required: true },
  },
  { timestamps: true, versionKey: false },
);

sessionSchema.index({ userId: 1 });

export const SessionModel = model('Session', sessionSchema, 'sessions');
