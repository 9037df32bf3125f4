import mongoose, { Schema, model, type Collection } from 'mongoose';

/**
 * A round's secret-ballot box. While open it holds who may vote, who has voted, and the
 * papers sealed to the box's public key (`ballotPaper.ts`), each in a random one of as many
 * slots as there are members; sealing opens them with the private key the round's workflow
 * kept, and replaces them by per-nominee totals. A paper goes in with ONE atomic
 * single-document update (filter: open, member eligible, not yet voted, the slot empty;
 * update: fill the slot, $push the member onto `voters`). `receipts` are SHA-256 hashes of
 * member + Idempotency-Key, so a retried request is recognised; they are dropped at sealing.
 *
 * Why sealed papers and not totals: every version of the document survives for a while in
 * the database files (SQLite's WAL and free pages, a replica's oplog), and two successive
 * versions with running totals and the voter list tell how the last voter voted. Sealed
 * papers in random slots tell nothing without the key, which the database never holds; and
 * one update of one document still admits the member and takes the paper together.
 */
const ballotBoxSchema = new Schema(
  {
    _id: { type: String, required: true }, // the round ID
    status: { type: String, enum: ['open', 'sealed'], required: true },
    members: { type: [String], required: true },
    present: { type: [String], required: true },
    /** Nominees on the secret paper. */
    items: { type: [String], required: true },
    /** Until sealing: the X25519 public key (SPKI DER, base64) the papers are sealed to. */
    publicKey: { type: String },
    /** Until sealing: one slot per member, '' or a sealed paper. */
    papers: { type: [String] },
    /** From sealing: { [nominationId]: { approve, reject, abstain } } */
    counts: { type: Schema.Types.Mixed },
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
