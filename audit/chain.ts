import { createHash, createHmac } from 'node:crypto';
import type { AuditKey } from '../config/auditKeys';

/**
 * The pure logic of the hash-chained audit log: how an entry is serialised, hashed and
 * linked to the one before it, and how a stored chain is checked. No database here.
 *
 * Entry `n` (its `_id` is its sequence number, 1, 2, 3…) stores `prevHash` = entry
 * `n-1`'s `hash` (the genesis hash for entry 1) and `hash` = SHA-256 of `prevHash`, a
 * newline and the canonical JSON of the entry without `hash`. Changing, removing,
 * inserting or reordering an entry breaks the chain at or right after that entry.
 *
 * Keyed links: an entry carrying `keyId` is linked by HMAC-SHA256 with that key instead of
 * a plain SHA-256, and the keys live outside the database (`AUDIT_HMAC_KEYS`), so someone
 * who can write the database cannot recompute the links of a rewritten entry. Logs begun
 * before keys existed keep their plain links: the first keyed entry is the switch point
 * (`keyedFrom`), and every entry after it must be keyed. The tail's last entries, which no
 * later link protects, are pinned by checkpoints published outside the database
 * (audit/checkpoint.ts): each names an entry's place and hash.
 */

/** The `prevHash` of entry 1. */
export const GENESIS_HASH = '0'.repeat(64);

/** JSON values as the audit log stores them; dates are BSON dates in the database. */
type AuditValue =
  | string
  | number
  | boolean
  | null
  | Date
  | AuditValue[]
  | { [key: string]: AuditValue | undefined };

/** A stored entry: `_id` is the sequence number; every other field is hashed. */
export interface ChainedDocument {
  _id: number;
  prevHash: string;
  hash: string;
  [field: string]: unknown;
}

/** Lone UTF-16 surrogates cannot be stored as UTF-8 and would not read back the same. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * The value exactly as it will read back from the database: keys whose value is
 * `undefined` dropped, lone surrogates replaced, non-finite numbers as null, anything
 * with `toJSON` (an ObjectId, a Buffer) by its JSON form. Apply before hashing and storing.
 */
export function storable(value: unknown): AuditValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.replace(LONE_SURROGATE, '\uFFFD');
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value;
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? null : new Date(value.getTime());
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) return value.map(storable);
  if (typeof value === 'object') {
    const withJson = value as { toJSON?: () => unknown };
    if (typeof withJson.toJSON === 'function') return storable(withJson.toJSON());
    const out: Record<string, AuditValue> = {};
    for (const [key, child] of Object.entries(value)) {
      if (child !== undefined && typeof child !== 'function') {
        out[key.replace(LONE_SURROGATE, '\uFFFD')] = storable(child);
      }
    }
    return out;
  }
  return null;
}

/**
 * Canonical JSON: object keys sorted by code unit, no whitespace, dates as ISO strings,
 * `undefined` object fields omitted. The same value always gives the same text, whatever
 * order the database returns the fields in.
 */
export function canonicalJson(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const withJson = value as { toJSON?: () => unknown };
    if (typeof withJson.toJSON === 'function') return canonicalJson(withJson.toJSON());
    const keys = Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort();
    const fields = keys.map(
      (k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`,
    );
    return `{${fields.join(',')}}`;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return 'null';
  return JSON.stringify(value);
}

/**
 * The link (hex) of the previous hash and the entry (every field but `hash`): SHA-256, or
 * HMAC-SHA256 with `secret` for a keyed entry.
 */
export function entryHash(
  prevHash: string,
  entry: Record<string, unknown>,
  secret?: string,
): string {
  const hashed: Record<string, unknown> = { ...entry };
  delete hashed.hash;
  return (secret === undefined ? createHash('sha256') : createHmac('sha256', secret))
    .update(`${prevHash}\n${canonicalJson(hashed)}`)
    .digest('hex');
}

/**
 * The document to insert as entry `seq` after an entry whose hash is `prevHash`, linked
 * with `key` (its id stored in the entry) when given.
 */
export function sealEntry(
  seq: number,
  prevHash: string,
  content: Record<string, unknown>,
  key?: AuditKey,
): ChainedDocument {
  const fields: Record<string, unknown> = { ...content };
  for (const chained of ['_id', 'prevHash', 'hash', 'keyId']) delete fields[chained];
  const body = storable({ _id: seq, prevHash, ...fields, keyId: key?.id }) as Record<
    string,
    unknown
  >;
  return { ...body, _id: seq, prevHash, hash: entryHash(prevHash, body, key?.secret) };
}

type ChainBreak =
  /** An entry is missing: the next stored entry has a higher sequence number. */
  | 'missing_entry'
  /** Stored out of order or with an unusable sequence number. */
  | 'bad_sequence'
  /** The entry's `prevHash` is not the previous entry's hash. */
  | 'prev_hash_mismatch'
  /** The entry's content does not match its own hash: it was altered. */
  | 'hash_mismatch'
  /** An entry after the switch to keyed links has a plain hash: rewritten without the key. */
  | 'unkeyed_entry'
  /** The entry names a key this process does not hold. */
  | 'unknown_key'
  /** A published checkpoint names this place with another hash: the entry was replaced. */
  | 'checkpoint_mismatch'
  /** The log ends before the last published checkpoint: its tail was removed. */
  | 'truncated';

/** Places and hashes of entries published outside the database (audit/checkpoint.ts). */
export type PublishedHeads = ReadonlyMap<number, string>;

export interface ChainReport {
  ok: boolean;
  /** Entries read. */
  entries: number;
  /** Sequence number and hash of the last intact entry (0 and the genesis hash if none). */
  lastSeq: number;
  lastHash: string;
  /** The first keyed entry: the switch from plain to keyed links (absent while none is). */
  keyedFrom?: number;
  /** The last published checkpoint compared with the log. */
  checkpointSeq?: number;
  firstBrokenSeq?: number;
  reason?: ChainBreak;
}

/**
 * Checks a chain entry by entry, in `_id` order, without holding it in memory. Stops
 * at the first broken link: everything after it is unproven. `keys` (id to secret) verify
 * the keyed links; `published` the checkpoints, the last of which the log must reach.
 */
export class ChainVerifier {
  private expectedSeq = 1;
  private lastHash = GENESIS_HASH;
  private count = 0;
  private keyedFrom?: number;
  private broken?: { seq: number; reason: ChainBreak };
  private readonly checkpointSeq?: number;

  constructor(
    private readonly keys: Readonly<Record<string, string>> = {},
    private readonly published: PublishedHeads = new Map(),
  ) {
    if (published.size > 0) this.checkpointSeq = Math.max(...published.keys());
  }

  /** Feeds the next stored entry; false once the chain is broken. */
  push(entry: ChainedDocument): boolean {
    if (this.broken) return false;
    this.count += 1;
    const seq = entry._id;
    if (typeof seq !== 'number' || !Number.isInteger(seq) || seq < this.expectedSeq) {
      return this.fail(this.expectedSeq, 'bad_sequence');
    }
    if (seq > this.expectedSeq) return this.fail(this.expectedSeq, 'missing_entry');
    if (entry.prevHash !== this.lastHash) return this.fail(seq, 'prev_hash_mismatch');
    const keyId = entry.keyId;
    if (keyId === undefined && this.keyedFrom !== undefined) {
      return this.fail(seq, 'unkeyed_entry');
    }
    const secret = keyId === undefined ? undefined : this.keys[String(keyId)];
    if (keyId !== undefined && secret === undefined) return this.fail(seq, 'unknown_key');
    if (entryHash(entry.prevHash, entry, secret) !== entry.hash) {
      return this.fail(seq, 'hash_mismatch');
    }
    const published = this.published.get(seq);
    if (published !== undefined && published !== entry.hash) {
      return this.fail(seq, 'checkpoint_mismatch');
    }
    if (keyId !== undefined) this.keyedFrom ??= seq;
    this.lastHash = entry.hash;
    this.expectedSeq = seq + 1;
    return true;
  }

  /** The report once every entry is fed: a log short of the last checkpoint is truncated. */
  report(): ChainReport {
    const lastSeq = this.expectedSeq - 1;
    if (!this.broken && this.checkpointSeq !== undefined && lastSeq < this.checkpointSeq) {
      this.fail(lastSeq + 1, 'truncated');
    }
    return {
      ok: !this.broken,
      entries: this.count,
      lastSeq,
      lastHash: this.lastHash,
      ...(this.keyedFrom !== undefined && { keyedFrom: this.keyedFrom }),
      ...(this.checkpointSeq !== undefined && { checkpointSeq: this.checkpointSeq }),
      ...(this.broken && { firstBrokenSeq: this.broken.seq, reason: this.broken.reason }),
    };
  }

  private fail(seq: number, reason: ChainBreak): false {
    this.broken = { seq, reason };
    return false;
  }
}

/** Human-readable explanation of a break, Vietnamese first. */
export const CHAIN_BREAK_TEXT: Record<ChainBreak, { vi: string; en: string }> = {
  missing_entry: {
    vi: 'Thiếu bản ghi nhật ký (đã bị xoá).',
    en: 'An audit entry is missing (deleted).',
  },
  bad_sequence: {
    vi: 'Số thứ tự bản ghi không hợp lệ hoặc sai thứ tự.',
    en: 'An entry has an invalid or out-of-order sequence number.',
  },
  prev_hash_mismatch: {
    vi: 'Mã băm liên kết không khớp với bản ghi liền trước (bản ghi trước đã bị sửa hoặc bị thay).',
    en: "The entry's link does not match the previous entry's hash (the previous entry was altered or replaced).",
  },
  hash_mismatch: {
    vi: 'Nội dung bản ghi không khớp với mã băm của nó (bản ghi đã bị sửa).',
    en: "The entry's content does not match its hash (it was altered).",
  },
  unkeyed_entry: {
    vi: 'Bản ghi sau thời điểm chuyển sang liên kết có khoá lại chỉ có mã băm thường (bị ghi lại mà không có khoá).',
    en: 'An entry after the switch to keyed links has a plain hash (rewritten without the key).',
  },
  unknown_key: {
    vi: 'Bản ghi được ký bằng một khoá không có trong AUDIT_HMAC_KEYS.',
    en: 'The entry is signed with a key not in AUDIT_HMAC_KEYS.',
  },
  checkpoint_mismatch: {
    vi: 'Mã băm của bản ghi khác với điểm kiểm tra đã công bố (bản ghi đã bị thay).',
    en: "The entry's hash differs from the published checkpoint (the entry was replaced).",
  },
  truncated: {
    vi: 'Nhật ký kết thúc trước điểm kiểm tra đã công bố cuối cùng (các bản ghi cuối đã bị xoá).',
    en: 'The log ends before the last published checkpoint (its newest entries were deleted).',
  },
};
