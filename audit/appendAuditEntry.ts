import { AuditEntryModel } from '../data/audit/auditEntryModel';
import { isDuplicateKey } from '../data/duplicateKey';
import type { AuditEntryInput } from './auditEntry';
import { auditSettings } from './auditSettings';
import { GENESIS_HASH, sealEntry, type ChainedDocument } from './chain';

/** An entry's place in the chain. */
interface Last {
  seq: number;
  hash: string;
}

export interface AppendResult {
  seq: number;
  hash: string;
  /** False when an entry with this key was already in the log (a retry): nothing appended. */
  appended: boolean;
}

/**
 * Appends entries to the hash-chained log, each linked with the current key of
 * `AUDIT_HMAC_KEYS`, safely across any number of API processes and
 * workers, with single-document atomic writes only. Entry `n` must carry entry `n-1`'s hash,
 * so appends are serial by nature; the database decides their order: an append inserts entry
 * `last.seq + 1` linked to `last.hash`, and the unique `_id` (and unique `key`) admit exactly
 * one entry at that place and one entry per event. An insert that succeeds is linked to its
 * true predecessor, since entries never change. A loser finds the newest entry past the one
 * it knew (`newestAfter`) and tries the place after it; if there is none, its key collided:
 * the event is logged already. Every loss is another append's success, so
 * nobody waits or backs off, and there is no other document to keep (no hot head shared by
 * every process).
 *
 * Within a process appends are queued behind one another and the appender remembers the
 * last entry it wrote: the usual cost is one insert.
 */
export class AuditAppender {
  private last?: Last;
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
    const key = auditSettings().AUDIT_HMAC_KEYS.current;
    let last = this.last ?? (await newestAfter(GENESIS)) ?? GENESIS;
    for (;;) {
      const doc = sealEntry(
        last.seq + 1,
        last.hash,
        { ...input, recordedAt: new Date() } as unknown as Record<string, unknown>,
        key,
      );
      try {
        await collection.insertOne(doc as never);
        this.last = { seq: doc._id, hash: doc.hash };
        return { ...this.last, appended: true };
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
      }
      const newer = await newestAfter(last);
      if (!newer) {
        // Nobody has the place, so the entry's key collided: the event is already logged.
        const existing = await collection.findOne<ChainedDocument>(
          { key: input.key },
          { projection: { hash: 1 } },
        );
        if (!existing) throw new Error(`Audit entry ${input.key} collided with nothing`);
        return { seq: existing._id, hash: existing.hash, appended: false };
      }
      last = newer;
    }
  }
}

/** Before the first entry. */
const GENESIS: Last = { seq: 0, hash: GENESIS_HASH };

/** How many places past the last it knew a loser reads at once: it is usually one or two behind. */
const NEAR = 16;

/**
 * The newest entry after `known`, if any. Places are filled without gaps (an entry is inserted
 * only after the one before it), so reading the `NEAR` places after `known` (one read of their
 * `_id`s, which the embedded build narrows through the index) finds the end unless all are
 * taken. Further behind (a process starting on a long log), point reads of `_id` find it:
 * doubling steps until a place is free, then halving back.
 */
async function newestAfter(known: Last): Promise<Last | undefined> {
  const near = await AuditEntryModel.collection
    .find<ChainedDocument>(
      { _id: { $in: Array.from({ length: NEAR }, (_, i) => known.seq + 1 + i) } } as never,
      { projection: { hash: 1 } },
    )
    .toArray();
  const newestNear = near.reduce<ChainedDocument | undefined>(
    (top, doc) => (top && top._id > doc._id ? top : doc),
    undefined,
  );
  if (!newestNear) return undefined;
  let newest: Last = { seq: newestNear._id, hash: newestNear.hash };
  if (near.length < NEAR) return newest;
  let free: number | undefined;
  for (let step = 1; free === undefined; step *= 2) {
    const found = await entryAt(newest.seq + step);
    if (found) newest = found;
    else free = newest.seq + step;
  }
  while (free - newest.seq > 1) {
    const middle = Math.floor((newest.seq + free) / 2);
    const found = await entryAt(middle);
    if (found) newest = found;
    else free = middle;
  }
  return newest;
}

/** The entry at `seq`, by a point read of `_id`. */
async function entryAt(seq: number): Promise<Last | undefined> {
  const doc = await AuditEntryModel.collection.findOne<ChainedDocument>({ _id: seq } as never, {
    projection: { hash: 1 },
  });
  return doc ? { seq: doc._id, hash: doc.hash } : undefined;
}

/** The process's appender: every API request and activity of this process goes through it. */
export const auditLog = new AuditAppender();

export function appendAuditEntry(input: AuditEntryInput): Promise<AppendResult> {
  return auditLog.append(input);
}
