import mongoose, { type Collection } from 'mongoose';

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
 *
 * A box: `_id` (the round ID), `status` ('open' | 'sealed'), `members`, `present`, `items`
 * (the nominees on the secret paper), `publicKey` and `papers` (until sealing: the X25519
 * public key, SPKI DER base64, and one slot per member, '' or a sealed paper), `counts` (from
 * sealing: { [nominationId]: { approve, reject, abstain } }), `voters`, `writtenVoters`,
 * `receipts`, `openedAt`, `sealedAt`. It is read and written only through the driver's own
 * collection, bypassing Mongoose's query casting and its debug printing (`mongoose.set('debug')`
 * would log each update — member and choices together), so it has no Mongoose model.
 */
export function rawBallotBoxes(): Collection {
  const db = mongoose.connection.db;
  if (!db) throw new Error('database not connected');
  return db.collection('ballot_boxes') as unknown as Collection;
}
