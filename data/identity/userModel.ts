import { Schema, model } from 'mongoose';
import { ROLES } from '../../domain/process/roles';
import { named, tellIdentityChanges } from './identityChanges';

const userSchema = new Schema(
  {
    _id: { type: String, required: true }, // the username
    name: { type: String, required: true },
    role: { type: String, enum: ROLES, required: true },
    unitId: { type: String },
    /** Where notifications are e-mailed (optional; without it the user has the in-app inbox only). */
    email: { type: String, trim: true, lowercase: true },
    passwordHash: { type: String, required: true },
    active: { type: Boolean, required: true, default: true },
    /**
     * Sessions carry the epoch they were opened in; `$inc` here ends every session of the
     * user in one single-document update (logout everywhere, password change, reset).
     */
    sessionEpoch: { type: Number, required: true, default: 0 },
    /** Failed sign-ins in the current window; reset by a success or by a lock. */
    failedLogins: { type: Number, required: true, default: 0 },
    failedLoginWindowStart: { type: Date },
    lockedUntil: { type: Date },
    passwordChangedAt: { type: Date },
    /** Set when an administrator sets the password; the user's own change clears it. */
    mustChangePassword: { type: Boolean },
    lastLoginAt: { type: Date },
  },
  { timestamps: true, versionKey: false },
);

userSchema.index({ role: 1, active: 1 });
userSchema.index({ unitId: 1, role: 1 });
// A user written by `_id` drops what is kept in memory of their sessions; any other write, all.
tellIdentityChanges(userSchema, (filter) => ({ userId: named(filter, '_id') }));

export const UserModel = model('User', userSchema, 'users');
