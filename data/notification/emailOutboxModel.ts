import { Schema, model, type InferSchemaType } from 'mongoose';

export const EMAIL_STATUSES = ['pending', 'sent', 'failed'] as const;
export type EmailStatus = (typeof EMAIL_STATUSES)[number];

/**
 * One e-mail to send: a notification for one recipient. `_id` is
 * `<notificationId>/<userId>` and it is only ever inserted, so fanning a notification out
 * twice adds nothing. `status` is pending until sent, or failed for good; `attempts` counts
 * the sends tried, `nextAttemptAt` is when a pending mail is next due. Only the holder of
 * the claim on attempt `attempts + 1` (see `email_claims`) writes to a mail.
 */
const emailOutboxSchema = new Schema(
  {
    _id: { type: String, required: true },
    notificationId: { type: String, required: true },
    userId: { type: String, required: true },
    to: { type: String, required: true },
    subject: { type: String, required: true },
    text: { type: String, required: true },
    /** `<…@…>`, derived from `_id`: a re-sent copy carries the same one, receivers can dedupe. */
    messageId: { type: String, required: true },
    status: { type: String, enum: EMAIL_STATUSES, required: true, default: 'pending' },
    attempts: { type: Number, required: true, default: 0 },
    nextAttemptAt: { type: Date, required: true },
    lastError: { type: String },
    sentAt: { type: Date },
    smtpResponse: { type: String },
  },
  { timestamps: true, versionKey: false },
);

emailOutboxSchema.index({ status: 1, nextAttemptAt: 1 });
emailOutboxSchema.index({ notificationId: 1 });

export type EmailOutboxDocument = InferSchemaType<typeof emailOutboxSchema> & { _id: string };
export const EmailOutboxModel = model('EmailOutbox', emailOutboxSchema, 'email_outbox');

/**
 * The right to make one attempt at one mail: `_id` `<outboxId>#<attempt>`. Taking it is an
 * insert, which the unique `_id` makes atomic on MongoDB and on FerretDB alike (FerretDB
 * 1.x rewrites a whole document per update, so a conditional update or findOneAndUpdate is
 * not a safe lock there: concurrent claimers both "win"). `leaseUntil` bounds how long the
 * holder may take; after it, the attempt counts as spent and the next one may be claimed.
 */
const emailClaimSchema = new Schema(
  {
    _id: { type: String, required: true },
    outboxId: { type: String, required: true },
    attempt: { type: Number, required: true },
    leaseUntil: { type: Date, required: true },
  },
  { timestamps: true, versionKey: false },
);

emailClaimSchema.index({ outboxId: 1, attempt: 1 });

export const EmailClaimModel = model('EmailClaim', emailClaimSchema, 'email_claims');
