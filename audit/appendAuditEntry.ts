import { AUDIT_HEAD_ID, AuditEntryModel, AuditHeadModel } from '../data/audit/auditEntryModel';
import { insertIfAbsent, isDuplicateKey } from '../data/duplicateKey';
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

/**
 * Appends entries to the hash-chained log, safely across any number of API processes and
 * workers, with single-document atomic writes only. Entry `n` must carry entry `n-1`'s hash,
 * so appends are serial by nature; the database decides their order: an append inserts entry
 * `head.seq + 1` linked to `head.hash`, and the unique `_id` (and unique `key`) admit exactly
 * one entry at that place and one entry per event. An insert that succeeds is linked to its
 * true predecessor, since entries never change. The winner then moves the chain's head
 * document (`audit_head`) forward with a conditional update (`seq` only grows), where the
 * other appenders learn the end: a loser reads the head and tries the place after it; if the
 * head has not moved, it reads the entry that took its place and moves the head past it
 * itself (the winner may have died between its two writes). Every loss is another append's
 * success, so nobody waits or backs off.
 *
 * Within a process appends are queued behind one another and the appender remembers the
 * last entry it wrote: the usual cost is one insert and one head update.
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
    let head = this.head ?? (await readHead());
    for (;;) {
      const doc = sealEntry(head.seq + 1, head.hash, {
        ...input,
        recordedAt: new Date(),
      } as unknown as Record<string, unknown>);
      try {
        await collection.insertOne(doc as never);
        this.head = { seq: doc._id, hash: doc.hash };
        await moveHead(this.head);
        return { ...this.head, appended: true };
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
      }
      const latest = await readHead();
      if (latest.seq > head.seq) {
        head = latest;
        continue;
      }
      const taken = await entryAt(head.seq + 1);
      if (!taken) {
        // Nobody has the place, so the entry's key collided: the event is already logged.
        const existing = await collection.findOne<ChainedDocument>(
          { key: input.key },
          { projection: { hash: 1 } },
        );
        if (!existing) throw new Error(`Audit entry ${input.key} collided with nothing`);
        return { seq: existing._id, hash: existing.hash, appended: false };
      }
      await moveHead(taken);
      head = taken;
    }
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
 * The chain's head as last moved. A log written before the head document existed has its
 * last entry read once (by `_id`, the log's own order) and the head created from it.
 */
async function readHead(): Promise<Head> {
  const head = await AuditHeadModel.findById(AUDIT_HEAD_ID, { seq: 1, hash: 1 }).lean();
  if (head) return { seq: head.seq, hash: head.hash };
  const [last] = await AuditEntryModel.collection
    .find<ChainedDocument>({}, { sort: { _id: -1 }, limit: 1, projection: { hash: 1 } })
    .toArray();
  const found = last ? { seq: last._id, hash: last.hash } : { seq: 0, hash: GENESIS_HASH };
  await insertIfAbsent(AuditHeadModel as never, AUDIT_HEAD_ID, found);
  return found;
}

/** Moves the head to `to` unless it is there or further already. */
async function moveHead(to: Head): Promise<void> {
  await AuditHeadModel.updateOne(
    { _id: AUDIT_HEAD_ID, seq: { $lt: to.seq } },
    { $set: { seq: to.seq, hash: to.hash } },
  );
}

/** The process's appender: every API request and activity of this process goes through it. */
export const auditLog = new AuditAppender();

export function appendAuditEntry(input: AuditEntryInput): Promise<AppendResult> {
  return auditLog.append(input);
}
