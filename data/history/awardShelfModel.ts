import { Schema, model, type AnyBulkWriteOperation } from 'mongoose';

/**
 * Every award of one person or collective, copied from `award_records` into one
 * document whose `_id` is `<subject>:<subjectId>`. The eligibility rules need a subject's
 * whole award history at once, and a lookup by `_id` stays fast however many records
 * there are — FerretDB 1.x answers any other filter by reading the whole collection.
 * `award_records` remains the register; every writer of it also shelves the copy
 * (idempotently, by record `_id`), so a retried write converges.
 */
const awardShelfSchema = new Schema(
  {
    _id: { type: String, required: true },
    /** Keyed by the award record's `_id`. */
    records: { type: Schema.Types.Mixed, required: true, default: {} },
  },
  { versionKey: false, minimize: false },
);

export const AwardShelfModel = model('AwardShelf', awardShelfSchema, 'award_shelves');

/** The fields of an award record the rules read. */
export interface ShelvedAward {
  _id: string;
  subject: 'individual' | 'collective';
  subjectId: string;
  code: string;
  year: number;
  issuerLevel: string;
  basis: string;
  decisionNumber?: string | null;
  decisionDate?: string | null;
  revoked?: boolean;
}

/** The shelf copy of a stored award record. */
export function shelvable(
  record: Omit<ShelvedAward, 'subject' | 'revoked'> & {
    subject: string;
    revoked?: { at?: Date | null } | null;
  },
): ShelvedAward {
  return {
    _id: record._id,
    subject: record.subject as ShelvedAward['subject'],
    subjectId: record.subjectId,
    code: record.code,
    year: record.year,
    issuerLevel: record.issuerLevel,
    basis: record.basis,
    decisionNumber: record.decisionNumber ?? undefined,
    decisionDate: record.decisionDate ?? undefined,
    revoked: Boolean(record.revoked?.at),
  };
}

export const shelfId = (subject: string, subjectId: string): string => `${subject}:${subjectId}`;

/** Copies award records onto their subjects' shelves (upserts; repeating changes nothing). */
export async function shelveAwards(records: readonly ShelvedAward[]): Promise<void> {
  if (records.length === 0) return;
  const writes: AnyBulkWriteOperation[] = records.map((record) => ({
    updateOne: {
      filter: { _id: shelfId(record.subject, record.subjectId) },
      update: { $set: { [`records.${record._id}`]: record } },
      upsert: true,
    },
  }));
  await AwardShelfModel.bulkWrite(writes, { ordered: false });
}
