import { Schema, model } from 'mongoose';
import { ROLES } from '../../domain/process/roles';

/**
 * Something a person or a role must know: a reminder, an escalation, a change on their
 * dossier. The `_id` is derived from what caused it, so a retried activity adds nothing.
 */
const notificationSchema = new Schema(
  {
    _id: { type: String, required: true },
    kind: { type: String, enum: ['reminder', 'escalation', 'change'], required: true },
    toRole: { type: String, enum: ROLES, required: true },
    /** Set for unit roles: only that unit's people see it. */
    toUnitId: { type: String },
    nominationId: { type: String },
    /** The nomination's human number when the notice was written (`VCSDT-2025-0012/1`). */
    nominationNumber: { type: String },
    title: { vi: { type: String, required: true }, en: { type: String, required: true } },
    body: { vi: { type: String, required: true }, en: { type: String, required: true } },
    dueAt: { type: Date },
    readBy: { type: [String], default: [] },
    /**
     * Set once the notification's e-mails are in `email_outbox` (one per recipient); unset
     * means the e-mail dispatcher has yet to fan it out.
     */
    emailQueuedAt: { type: Date },
    emailRecipients: { type: Number },
  },
  { timestamps: true, versionKey: false },
);

notificationSchema.index({ toRole: 1, toUnitId: 1, createdAt: -1 });
notificationSchema.index({ nominationId: 1, createdAt: 1 });
notificationSchema.index({ emailQueuedAt: 1, createdAt: 1 });

export const NotificationModel = model('Notification', notificationSchema, 'notifications');
