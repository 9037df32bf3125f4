import { MongoBulkWriteError } from 'mongodb';
import { AuditEntryModel } from '../data/audit/auditEntryModel';
import { isDuplicateKey } from '../data/duplicateKey';
import type { AuditEntryInput } from './auditEntry';
import type { AuditKey } from '../config/auditKeys';
import { auditSettings } from './auditSettings';
import { GENESIS_HASH, sealEntry, type ChainedDocument } from './chain';

/** An entry's place in the chain. */
interface Last {
  seq: number;
  hash: string;
}

interface AppendResult {
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
 * last entry it wrote. Appends that arrive while one is being written are sealed together,
 * each linked to the one before it exactly as one by one, and inserted in one ordered
 * `insertMany` (group commit): under many concurrent users the queue costs one round trip
 * per batch, not per entry. An ordered insert stops at its first refused entry, so the
 * entries before it are in the chain at their places and nothing after it is; that entry
 * goes through the one-entry path (its place was taken, or its key is logged already) and
 * the rest are sealed again after it.
 */
export class AuditAppender {
  private last?: Last;
  /**
   * Another process took the place this one expected, lately: its next append first reads
   * past its last entry (one read) rather than trying an insert that would likely be refused
   * and then reading (two operations and a round trip more). Cleared when the read finds
   * nothing newer.
   */
  private contended = false;
  private waiting: Waiting[] = [];
  private draining?: Promise<void>;
  /** Set while only entries nobody waits for are queued: when they go in without company. */
  private gathering?: NodeJS.Timeout;

  /**
   * Appends `input` once: a second append with the same `key` returns the first. An API
   * entry is recorded after its answer is sent, and nobody waits for it: it waits up to
   * `GATHER_MS` for company (the next entry someone waits for takes it along at once), so
   * one user's burst of requests, and requests answered near each other, cost one insert and,
   * where processes take turns at the chain's end, one read to find it.
   */
  append(input: AuditEntryInput): Promise<AppendResult> {
    return new Promise<AppendResult>((resolve, reject) => {
      this.waiting.push({ input, resolve, reject });
      if (input.source === 'api') this.gathering ??= setTimeout(() => this.write(), GATHER_MS);
      else this.write();
    });
  }

  /** Resolves when every append queued so far has finished (for shutdown). */
  async flush(): Promise<void> {
    while (this.waiting.length > 0 || this.draining) {
      if (!this.draining) this.write();
      await this.draining;
    }
  }

  /**
   * Writes what is queued now: a drain takes every entry queued before each insert. Only with
   * something queued: a drain of nothing would end before `draining` is set, which would then
   * hold a settled drain forever and no append would be written again.
   */
  private write(): void {
    clearTimeout(this.gathering);
    this.gathering = undefined;
    if (!this.draining && this.waiting.length > 0) this.draining = this.drain();
  }

  private async drain(): Promise<void> {
    try {
      // Entries nobody waits for that arrived during an insert are left to gather (their
      // timer is set) until one someone waits for arrives, or their time is up.
      while (
        this.waiting.length > 0 &&
        (!this.gathering || this.waiting.some((w) => w.input.source !== 'api'))
      ) {
        const batch = this.waiting.splice(0, MAX_BATCH);
        try {
          const results = await this.appendAll(batch.map((w) => w.input));
          batch.forEach((w, i) => w.resolve(results[i]!));
        } catch (error) {
          if (batch.length === 1) {
            batch[0]!.reject(error);
            continue;
          }
          // One entry the database refuses must not fail the others: one by one, each alone.
          for (const w of batch) {
            await this.appendAll([w.input]).then(([result]) => w.resolve(result!), w.reject);
          }
        }
      }
    } finally {
      // In the same turn as the queue was seen, so a new append starts a new drain.
      this.draining = undefined;
      if (this.waiting.length > 0) this.gathering ??= setTimeout(() => this.write(), GATHER_MS);
      else {
        // API entries that set a timer went in with a waited-for one: nothing left to gather.
        clearTimeout(this.gathering);
        this.gathering = undefined;
      }
    }
  }

  /** Appends `inputs` in order, in as few inserts as the other appenders let it. */
  private async appendAll(inputs: readonly AuditEntryInput[]): Promise<AppendResult[]> {
    const collection = AuditEntryModel.collection;
    const key = auditSettings().AUDIT_HMAC_KEYS.current;
    let last = this.last ?? (await newestAfter(GENESIS)) ?? GENESIS;
    if (this.contended && this.last) {
      const newer = await newestAfter(last);
      this.contended = newer !== undefined;
      last = newer ?? last;
    }
    const results: AppendResult[] = [];
    let rest = inputs;
    while (rest.length > 1) {
      const recordedAt = new Date();
      const docs: ChainedDocument[] = [];
      for (const input of rest) {
        const previous = docs.at(-1) ?? { _id: last.seq, hash: last.hash };
        docs.push(
          sealEntry(
            previous._id + 1,
            previous.hash,
            { ...input, recordedAt } as unknown as Record<string, unknown>,
            key,
          ),
        );
      }
      let inserted = docs.length;
      try {
        await collection.insertMany(docs as never[], { ordered: true });
      } catch (error) {
        inserted = refusedAt(error);
        this.contended = true;
      }
      for (const doc of docs.slice(0, inserted)) {
        results.push({ seq: doc._id, hash: doc.hash, appended: true });
        this.last = last = { seq: doc._id, hash: doc.hash };
      }
      if (inserted === docs.length) return results;
      // Refused once already: its place is taken, or its key is logged.
      const single = await this.appendOne(rest[inserted]!, last, key, true);
      results.push(single.result);
      last = single.end;
      rest = rest.slice(inserted + 1);
    }
    if (rest.length === 1) results.push((await this.appendOne(rest[0]!, last, key)).result);
    return results;
  }

  /**
   * One entry after `last` (or after whatever other appenders put past it); `refused` when an
   * insert right after `from` was just refused, so it looks past it before trying again.
   */
  private async appendOne(
    input: AuditEntryInput,
    from: Last,
    key: AuditKey,
    refused = false,
  ): Promise<{ result: AppendResult; end: Last }> {
    const collection = AuditEntryModel.collection;
    let last = from;
    for (let tried = refused; ; tried = true) {
      if (tried) {
        const newer = await newestAfter(last);
        if (!newer) {
          // Nobody has the place, so the entry's key collided: the event is already logged.
          const existing = await collection.findOne<ChainedDocument>(
            { key: input.key },
            { projection: { hash: 1 } },
          );
          if (!existing) throw new Error(`Audit entry ${input.key} collided with nothing`);
          return {
            result: { seq: existing._id, hash: existing.hash, appended: false },
            end: last,
          };
        }
        last = newer;
      }
      const doc = sealEntry(
        last.seq + 1,
        last.hash,
        { ...input, recordedAt: new Date() } as unknown as Record<string, unknown>,
        key,
      );
      try {
        await collection.insertOne(doc as never);
        this.last = { seq: doc._id, hash: doc.hash };
        return { result: { ...this.last, appended: true }, end: this.last };
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
        this.contended = true;
      }
    }
  }
}

interface Waiting {
  input: AuditEntryInput;
  resolve: (result: AppendResult) => void;
  reject: (error: unknown) => void;
}

/** Entries sealed into one insert at most (a few KiB each). */
const MAX_BATCH = 64;

/** How long an entry nobody waits for (an API request's, after its answer) waits for company. */
export const GATHER_MS = 100;

/**
 * How many entries of an ordered `insertMany` went in before a duplicate key refused the
 * next (the index of its first write error); any other error is thrown on.
 */
function refusedAt(error: unknown): number {
  if (!(error instanceof MongoBulkWriteError)) throw error;
  const errors = ([] as { index: number; code?: number }[]).concat(error.writeErrors as never);
  const first = errors.reduce<{ index: number; code?: number } | undefined>(
    (min, e) => (min && min.index < e.index ? min : e),
    undefined,
  );
  if (!first || first.code !== 11000) throw error;
  return first.index;
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
