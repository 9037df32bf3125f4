import { Schema, model } from 'mongoose';

/**
 * Failed sign-ins of one client address (`address:<ip>`) or of one account from one address
 * (`pair:<user>\n<ip>`) within a window; the account's own count stays on its user document.
 * Each failure is one atomic `$inc` of its document.
 */
const loginThrottleSchema = new Schema(
  {
    _id: { type: String, required: true },
    failures: { type: Number, required: true },
    lastFailureAt: { type: Date, required: true },
  },
  { versionKey: false },
);

export const LoginThrottleModel = model('LoginThrottle', loginThrottleSchema, 'login_throttles');
