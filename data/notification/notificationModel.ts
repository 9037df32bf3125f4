import { Schema, model } from 'mongoose';
import { ROLES } from '../../domain/process/roles';

const EMAIL_STATUSES = ['sent', 'refused', 'failed'] as const;
export type EmailStatus = (typeof EMAIL_STATUSES)[number];

/**
 * Something a person or a role must know: a reminder, an escalation, a change on their
 * dossier. The `_id` is derived from what caused it, so a retried activity adds nothing.
 */
const notificationSchema = new Schema(
  {
    _id: { type: String, required: true },
    kind: { type: String, enum: ['reminder', 'escalation', 'change', 'security'], required: true },
    toRole: { type: String, enum: ROLES, required: true },
    /** Set for unit roles: only that unit's people see it. */
    toUnitId: { type: String },
    /** Set for one person's own notice (failed sign-ins to their account): only they see it. */
    toUserId: { type: String },
    nominationId: { type: String },
    /** The nomination's human number when the notice was written (`VCSDT-2025-0012/1`). */
    nominationNumber: { type: String },
    title: { vi: { type: String, required: true }, en: { type: String, required: true } },
    body: { vi: { type: String, required: true }, en: { type: String, required: true } },
    dueAt: { type: Date },
    readBy: { type: [String], default: [] },
    /**
     * What became of its e-mail to each recipient, once settled: sent (the server's answer),
     * refused for good (its 5xx answer), or failed (given up, or never sendable). One entry
     * per user, added by a conditional `$push`, so a retried send records nothing twice.
     */
    emails: {
      type: [
        new Schema(
          {
            userId: { type: String, required: true },
            to: { type: String, required: true },
            status: { type: String, enum: EMAIL_STATUSES, required: true },
            /** The SMTP server's answer, or why nothing was sent. */
            answer: { type: String },
            attempts: { type: Number, required: true },
            at: { type: Date, required: true },
          },
          { _id: false },
        ),
      ],
      default: [],
    },
  },
  { timestamps: true, versionKey: false },
);

notificationSchema.index({ toRole: 1, toUnitId: 1, createdAt: -1 });
notificationSchema.index({ toUserId: 1, createdAt: -1 });
notificationSchema.index({ nominationId: 1, createdAt: 1 });

export const NotificationModel = model('Notification', notificationSchema, 'notifications');
