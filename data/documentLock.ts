import { randomUUID } from 'node:crypto';
import { isDuplicateKey } from './duplicateKey';
import mongoose from 'mongoose';

const LOCKS = 'document_locks';
const DEFAULT_LEASE_MS = 10_000;
const DEFAULT_WAIT_MS = 15_000;

function locks() {
  const db = mongoose.connection.db;
  if (!db) throw new Error('not connected to the database');
  return db.collection<{ _id: string; token: string; expiresAt: Date }>(LOCKS);
}

/** The lock stayed taken for the whole wait: the system is busy, the caller may retry. */
export class LockTimeoutError extends Error {
  override name = 'LockTimeoutError';
  constructor(lock: string) {
    super(`Timed out waiting for lock ${lock}`);
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Deletes the lock document `id` if its lease has run out. FerretDB deletes by reading the
 * matching documents and then deleting their `_id`s, so two waiters clearing one expired
 * lease at once could delete a fresh lock taken in between, and both would hold it. So a
 * waiter first claims the expired lease by inserting a claim named after its token (an
 * insert admits one), and only the claimant deletes it. A claimant that died leaves an
 * expiring claim, cleared the same way.
 */
async function clearIfExpired(id: string, leaseMs: number): Promise<void> {
  const held = await locks().findOne({ _id: id });
  if (!held || held.expiresAt.getTime() >= Date.now()) return;
  const claim = { _id: `${id}#clearing:${held.token}`, token: randomUUID() };
  try {
    await locks().insertOne({ ...claim, expiresAt: new Date(Date.now() + leaseMs) });
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
    return clearIfExpired(claim._id, leaseMs);
  }
  await locks().deleteOne({ _id: id, token: held.token });
  await locks().deleteOne(claim);
}

/**
 * Runs `fn` while holding an exclusive lock named `name`, taken by inserting a document
 * with that `_id` (the unique `_id` admits one holder). Needed where several writers update
 * one document at once: FerretDB 1.x applies an update as read, modify, write back, so two
 * concurrent updates of one document can lose one (seen here: 50 concurrent `$inc` kept
 * 2). MongoDB's updates are atomic on their own; the lock costs it two round trips.
 * A holder that died leaves a lease that expires; a live holder renews its lease while
 * `fn` runs, so a slow `fn` (waiting on other locks) never shares the lock with a second
 * holder.
 */
export async function withDocumentLock<T>(
  name: string,
  fn: () => Promise<T>,
  { leaseMs = DEFAULT_LEASE_MS, waitMs = DEFAULT_WAIT_MS } = {},
): Promise<T> {
  const token = randomUUID();
  const deadline = Date.now() + waitMs;
  for (let attempt = 0; ; attempt += 1) {
    try {
      await locks().insertOne({ _id: name, token, expiresAt: new Date(Date.now() + leaseMs) });
      break;
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      await clearIfExpired(name, leaseMs);
      if (Date.now() > deadline) throw new LockTimeoutError(name);
      // Short, jittered waits: a lock is held for a few round trips, and long sleeps let
      // later arrivals overtake a waiter until its wait runs out.
      await pause(Math.min(40, 5 * 2 ** Math.min(attempt, 3)) * (0.5 + Math.random()));
    }
  }
  const renewal = setInterval(() => {
    locks()
      .updateOne({ _id: name, token }, { $set: { expiresAt: new Date(Date.now() + leaseMs) } })
      // A renewal lost to an outage only risks the lease running out, as without renewal.
      .catch(() => undefined);
  }, leaseMs / 3);
  renewal.unref();
  try {
    return await fn();
  } finally {
    clearInterval(renewal);
    await locks().deleteOne({ _id: name, token });
  }
}
