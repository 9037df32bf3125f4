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
      const head = this.head ?? (await findLast({ seq: 0, hash: GENESIS_HASH }));
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
      const last = await findLast(head);
      if (last.seq === head.seq) {
        // Nobody took the place, so the entry's key collided: the event is already logged.
        // Only then the lookup by key, which FerretDB answers by reading the whole log.
        const existing = await collection.findOne<ChainedDocument>(
          { key: input.key },
          { projection: { hash: 1 } },
        );
        if (existing) return { seq: existing._id, hash: existing.hash, appended: false };
      }
      this.head = last;
      // Jittered backoff: racers spread out instead of colliding again at once.
      await sleep(Math.random() * Math.min(100, 2 ** attempt));
    }
    throw new Error(`Audit entry ${input.key} not appended after ${MAX_ATTEMPTS} attempts`);
  }
}

/** The entry at `seq`, by a point read of `_id`. */
async function entryAt(seq: number): Promise<Head | undefined> {
  const doc = await AuditEntryModel.collection.findOne<ChainedDocument>({ _id: seq } as never, {
    projection: { hash: 1 },
  });
  return doc ? { seq: doc._id, hash: doc.hash } : undefined;
}

/**
 * The last entry of the log, found from a known entry (or the genesis position) by point
 * reads only: entries are numbered 1..N without gaps, so it gallops forward (1, 2, 4, …
 * past `from`) until a place is empty, then bisects. About 2·log2(distance) reads; a sort
 * by `_id` would make FerretDB read and sort the whole log.
 */
async function findLast(from: Head): Promise<Head> {
  let found = from;
  let step = 1;
  let missing: number;
  for (;;) {
    const next = await entryAt(found.seq + step);
    if (!next) {
      missing = found.seq + step;
      break;
    }
    found = next;
    step *= 2;
  }
  while (missing - found.seq > 1) {
    const middle = Math.floor((found.seq + missing) / 2);
    const entry = await entryAt(middle);
    if (entry) found = entry;
    else missing = middle;
  }
  return found;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The process's appender: every API request and activity of this process goes through it. */
export const auditLog = new AuditAppender();

export function appendAuditEntry(input: AuditEntryInput): Promise<AppendResult> {
  return auditLog.append(input);
}
