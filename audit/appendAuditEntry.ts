import { AuditEntryModel } from '../data/audit/auditEntryModel';
import { isDuplicateKey } from '../data/duplicateKey';
import type { AuditEntryInput } from './auditEntry';
import { GENESIS_HASH, sealEntry, type ChainedDocument } from './chain';

interface Head {
  seq: number;
  hash: string;
}

export interface AppendResult {
  seq: number;
  hash: string;
  /** False when an entry with this key was already in the log (a retry): nothing appended. */
  appended: boolean;
}

const MAX_ATTEMPTS = 1000;
/** How far to step forward by `_id` after losing a race before re-reading the last entry. */
const MAX_WALK = 16;

/**
 * Appends entries to the hash-chained log, safely across any number of API processes
 * and workers and without transactions: an append inserts entry `head.seq + 1` linked
 * to `head.hash`; the unique `_id` lets exactly one of two racing appends have that
 * place, and the loser steps forward to the new last entry and tries again. An insert
 * that succeeds is always linked to its true predecessor, since entries never change.
 *
 * The appender remembers the last entry it saw, so the usual cost is one insert. Within
 * a process appends are queued (no self-contention); across processes they race.
 */
export class AuditAppender {
  private head?: Head;
  private queue: Promise<unknown> = Promise.resolve();

  /** Appends `input` once: a second append with the same `key` returns the first. */
  append(input: AuditEntryInput): Promise<AppendResult> {
    const next = this.queue.then(() => this.appendNow(input));
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Resolves when every append queued so far has finished (for shutdown). */
  async flush(): Promise<void> {
    await this.queue;
  }

  private async appendNow(input: AuditEntryInput): Promise<AppendResult> {
    const collection = AuditEntryModel.collection;
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
      const head = this.head ?? (await lastEntry());
      const doc = sealEntry(head.seq + 1, head.hash, {
        ...input,
        recordedAt: new Date(),
      } as unknown as Record<string, unknown>);
      try {
        await collection.insertOne(doc as never);
        this.head = { seq: doc._id, hash: doc.hash };
        return { seq: doc._id, hash: doc.hash, appended: true };
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
      }
      const existing = await collection.findOne<ChainedDocument>(
        { key: input.key },
        { projection: { hash: 1 } },
      );
      if (existing) return { seq: existing._id, hash: existing.hash, appended: false };
      this.head = await walkForward(head);
      // Jittered backoff: racers spread out instead of colliding again at once.
      await sleep(Math.random() * Math.min(100, 2 ** attempt));
    }
    throw new Error(`Audit entry ${input.key} not appended after ${MAX_ATTEMPTS} attempts`);
  }
}

/** The last entry of the log, or the genesis position of an empty log. */
async function lastEntry(): Promise<Head> {
  const [last] = await AuditEntryModel.collection
    .find<ChainedDocument>({}, { projection: { hash: 1 }, sort: { _id: -1 }, limit: 1 })
    .toArray();
  return last ? { seq: last._id, hash: last.hash } : { seq: 0, hash: GENESIS_HASH };
}

/** From a known entry, follows `_id + 1` point reads to the last; re-reads if far behind. */
async function walkForward(from: Head): Promise<Head> {
  let head = from;
  for (let step = 0; step < MAX_WALK; step += 1) {
    const next = await AuditEntryModel.collection.findOne<ChainedDocument>(
      { _id: head.seq + 1 } as never,
      { projection: { hash: 1 } },
    );
    if (!next) return head;
    head = { seq: next._id, hash: next.hash };
  }
  return lastEntry();
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The process's appender: every API request and activity of this process goes through it. */
export const auditLog = new AuditAppender();

export function appendAuditEntry(input: AuditEntryInput): Promise<AppendResult> {
  return auditLog.append(input);
}
