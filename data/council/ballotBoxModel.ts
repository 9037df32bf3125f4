import mongoose, { Schema, model, type Collection } from 'mongoose';

/**
 * A round's secret-ballot box. It holds only who may vote, who has voted, and per-nominee
 * totals — never a member next to a choice. A ballot goes in with ONE atomic
 * single-document update (filter: open, member eligible, not yet voted; update: $inc the
 * totals, $push the member onto `voters`). `receipts` are SHA-256 hashes of
 * member + Idempotency-Key, so a retried request is recognised; they are dropped at sealing.
 *
 * Why totals and not papers kept apart until sealing: papers readable before sealing give
 * the running totals to whoever counts them, so they hide nothing more; papers inserted as
 * documents of their own are stored in arrival order (SQLite's rowid, MongoDB's record id),
 * which the audit log's "X cast a ballot" entries would pair with members; and a member's
 * mark and paper in two documents cannot be written exactly once without linking the two.
 * One update of one document admits the member and counts the paper together.
 */
const ballotBoxSchema = new Schema(
  {
    _id: { type: String, required: true }, // the round ID
    status: { type: String, enum: ['open', 'sealed'], required: true },
    members: { type: [String], required: true },
    present: { type: [String], required: true },
    /** Nominees on the secret paper. */
    items: { type: [String], required: true },
    /** { [nominationId]: { approve, reject, abstain } } */
    counts: { type: Schema.Types.Mixed, required: true },
    voters: { type: [String], default: [] },
    writtenVoters: { type: [String], default: [] },
    receipts: { type: [String], default: [] },
    openedAt: { type: Date, required: true },
    sealedAt: { type: Date },
  },
  { versionKey: false, minimize: false },
);

export const BallotBoxModel = model('BallotBox', ballotBoxSchema, 'ballot_boxes');

/**
 * The driver's own collection, bypassing Mongoose's query casting and its debug printing
 * (`mongoose.set('debug')` would log each update — member and choices together).
 */
export function rawBallotBoxes(): Collection {
  const db = mongoose.connection.db;
  if (!db) throw new Error('database not connected');
  return db.collection('ballot_boxes') as unknown as Collection;
}
