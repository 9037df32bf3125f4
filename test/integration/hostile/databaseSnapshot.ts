import { createHash } from 'node:crypto';
import mongoose from 'mongoose';

/** Per collection, per document `_id`: a hash of the whole document. */
export type Snapshot = Map<string, Map<string, string>>;

/**
 * Collections a refused request may write by design: the stored outcomes of
 * `Idempotency-Key` requests (refusals included), the audit log with its head, which
 * record every sign-in attempt, and the failed sign-ins counted by address
 * (`login_throttles`); `newAuditEntries` says which entries appeared, so they are checked too.
 */
const WRITTEN_BY_REFUSALS = new Set(['idempotent_requests', 'audit_log', 'login_throttles']);

const { EJSON } = mongoose.mongo.BSON;

/** Fields any request with a live session may write, refused or not: a session's last use. */
const WRITTEN_BY_ANY_REQUEST: Record<string, string[]> = { sessions: ['lastSeenAt'] };

export async function takeSnapshot(): Promise<Snapshot> {
  const db = mongoose.connection.db!;
  const names = (await db.listCollections({}, { nameOnly: true }).toArray())
    .map((c) => c.name)
    .filter((name) => !WRITTEN_BY_REFUSALS.has(name))
    .sort();
  const snapshot: Snapshot = new Map();
  for (const name of names) {
    const documents = await db.collection(name).find({}).toArray();
    const hashes = new Map<string, string>();
    for (const document of documents) {
      for (const field of WRITTEN_BY_ANY_REQUEST[name] ?? []) delete document[field];
      const text = EJSON.stringify(document, { relaxed: false });
      hashes.set(String(document._id), createHash('sha256').update(text).digest('hex'));
    }
    snapshot.set(name, hashes);
  }
  return snapshot;
}

/** `collection/_id (added|removed|changed)` for every document that differs. */
export function differences(before: Snapshot, after: Snapshot): string[] {
  const found: string[] = [];
  for (const name of new Set([...before.keys(), ...after.keys()])) {
    const was = before.get(name) ?? new Map<string, string>();
    const is = after.get(name) ?? new Map<string, string>();
    for (const [id, hash] of is) {
      if (!was.has(id)) found.push(`${name}/${id} added`);
      else if (was.get(id) !== hash) found.push(`${name}/${id} changed`);
    }
    for (const id of was.keys()) if (!is.has(id)) found.push(`${name}/${id} removed`);
  }
  return found;
}

/** Waits until background work (workflows recording their steps) has stopped writing. */
export async function settledSnapshot(): Promise<Snapshot> {
  let previous = await takeSnapshot();
  for (let attempt = 0; attempt < 100; attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 300));
    const current = await takeSnapshot();
    if (differences(previous, current).length === 0) return current;
    previous = current;
  }
  throw new Error('the database kept changing for 30 s: background work never settled');
}

/** The actions of audit entries written since `since` (the audit log is append-only). */
export async function newAuditActions(since: Date): Promise<string[]> {
  const entries = await mongoose.connection
    .db!.collection('audit_log')
    .find({ at: { $gte: since } }, { projection: { action: 1 } })
    .toArray();
  return entries.map((e) => String(e.action));
}
