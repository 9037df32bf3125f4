import { Schema, model } from 'mongoose';

/**
 * What an administrator did, to whom, when and why. One document per action, written
 * after the change it records; `_id` is derived from the administrator and the request's
 * Idempotency-Key when there is one, so a retried request finds its earlier answer.
 * (The tamper-evident audit log is separate: `audit/`.)
 */
const adminActionSchema = new Schema(
  {
    _id: { type: String, required: true },
    at: { type: Date, required: true },
    actor: {
      type: new Schema(
        { userId: { type: String, required: true }, name: { type: String, required: true } },
        { _id: false },
      ),
      required: true,
    },
    action: { type: String, required: true }, // e.g. "user.create", "unit.rename"
    target: {
      type: new Schema(
        {
          kind: { type: String, enum: ['user', 'unit', 'bloc', 'council'], required: true },
          id: { type: String, required: true },
        },
        { _id: false },
      ),
      required: true,
    },
    reason: { type: String, required: true },
    /** Fields before and after (never a password or its hash). */
    before: { type: Schema.Types.Mixed },
    after: { type: Schema.Types.Mixed },
  },
  { versionKey: false, minimize: false },
);

adminActionSchema.index({ at: -1 });
adminActionSchema.index({ 'target.kind': 1, 'target.id': 1, at: -1 });

export const AdminActionModel = model('AdminAction', adminActionSchema, 'admin_actions');
