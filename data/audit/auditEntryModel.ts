import { Schema, model } from 'mongoose';

/**
 * The append-only audit log (`audit_log`). `_id` is the entry's sequence number, so the
 * unique `_id` index makes two entries at one place in the chain impossible; `key` is
 * unique so an event (a retried activity, say) is appended once. Entries are written
 * and read through the driver (`AuditEntryModel.collection`) so that what is hashed is
 * exactly what is stored, with no casting or defaults in between: see `audit/chain.ts`.
 * This schema declares the indexes and documents the shape.
 */
const auditEntrySchema = new Schema(
  {
    _id: { type: Number, required: true },
    prevHash: { type: String, required: true },
    hash: { type: String, required: true },
    key: { type: String, required: true, unique: true },
    at: { type: Date, required: true },
    recordedAt: { type: Date, required: true },
    source: { type: String, enum: ['api', 'workflow'], required: true },
    kind: { type: String, enum: ['security'] },
    action: { type: String, required: true },
    actor: { type: Schema.Types.Mixed, required: true },
    summary: { type: Schema.Types.Mixed, required: true },
    objects: { type: Schema.Types.Mixed, required: true },
    nominationIds: { type: [String], required: true },
    why: { type: String },
    ip: { type: String },
    userAgent: { type: String },
    method: { type: String },
    route: { type: String },
    path: { type: String },
    status: { type: Number },
    idempotencyKey: { type: String },
    request: { type: Schema.Types.Mixed },
    before: { type: Schema.Types.Mixed },
    after: { type: Schema.Types.Mixed },
  },
  { versionKey: false, strict: false },
);

/** A dossier's entries (`GET /api/audit?nominationId=`, the timeline export). */
auditEntrySchema.index({ nominationIds: 1, _id: 1 });
/** One person's actions (`GET /api/audit?actorId=`). */
auditEntrySchema.index({ 'actor.userId': 1, _id: 1 });
/** Security events, refused requests (`GET /api/audit?kind=security`). */
auditEntrySchema.index({ kind: 1, _id: 1 });

export const AuditEntryModel = model('AuditEntry', auditEntrySchema, 'audit_log');
