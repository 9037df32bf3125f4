import { appendFile, readFile } from 'node:fs/promises';
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Logger } from 'pino';
import { AuditEntryModel } from '../data/audit/auditEntryModel';
import type { AuditKey } from '../config/auditKeys';
import { canonicalJson, type ChainedDocument, type PublishedHeads } from './chain';

/**
 * Checkpoints: the audit chain's head (an entry's place and hash) published outside the
 * database, one signed JSON line appended to `AUDIT_CHECKPOINT_FILE` (and logged), so that
 * whoever rewrites or deletes the newest entries in the database is caught by
 * `npm run audit:verify`: the log must reach the last checkpoint and hold every published
 * hash. The MAC (HMAC-SHA256 with an audit key) stops the file being forged without the key.
 */
interface Checkpoint {
  seq: number;
  hash: string;
  at: string;
  keyId: string;
  mac: string;
}

function checkpointMac(fields: Omit<Checkpoint, 'mac'>, secret: string): string {
  return createHmac('sha256', secret)
    .update(`audit-checkpoint\n${canonicalJson(fields)}`)
    .digest('hex');
}

export function signCheckpoint(
  head: { seq: number; hash: string },
  at: Date,
  key: AuditKey,
): Checkpoint {
  const fields = { seq: head.seq, hash: head.hash, at: at.toISOString(), keyId: key.id };
  return { ...fields, mac: checkpointMac(fields, key.secret) };
}

/** The checkpoint in a line of the file, if it is one signed with a key in `keys`. */
export function parseCheckpoint(
  line: string,
  keys: Readonly<Record<string, string>>,
): Checkpoint | undefined {
  let value: Partial<Checkpoint>;
  try {
    value = JSON.parse(line) as Partial<Checkpoint>;
  } catch {
    return undefined;
  }
  const { seq, hash, at, keyId, mac } = value;
  if (
    typeof seq !== 'number' ||
    typeof hash !== 'string' ||
    typeof at !== 'string' ||
    typeof keyId !== 'string' ||
    typeof mac !== 'string'
  ) {
    return undefined;
  }
  const secret = keys[keyId];
  if (secret === undefined) return undefined;
  const expected = Buffer.from(checkpointMac({ seq, hash, at, keyId }, secret), 'hex');
  const given = Buffer.from(mac, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected)
    ? { seq, hash, at, keyId, mac }
    : undefined;
}

interface PublishedCheckpoints {
  heads: PublishedHeads;
  /** Line numbers (from 1) that are not checkpoints signed with a known key: forged or damaged. */
  invalidLines: number[];
}

/** Every checkpoint in the file (none when it does not exist yet). */
export async function readCheckpoints(
  file: string,
  keys: Readonly<Record<string, string>>,
): Promise<PublishedCheckpoints> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return { heads: new Map(), invalidLines: [] };
    }
    throw error;
  }
  const heads = new Map<number, string>();
  const invalidLines: number[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const checkpoint = parseCheckpoint(line, keys);
    if (!checkpoint) invalidLines.push(index + 1);
    else if (heads.has(checkpoint.seq) && heads.get(checkpoint.seq) !== checkpoint.hash) {
      // Two signed hashes for one place: the log was rewritten between them.
      invalidLines.push(index + 1);
    } else heads.set(checkpoint.seq, checkpoint.hash);
  });
  return { heads, invalidLines };
}

/** The newest entry in the database (by the unique `_id` index), if any. */
async function auditHead(): Promise<{ seq: number; hash: string } | undefined> {
  const [newest] = await AuditEntryModel.collection
    .find<ChainedDocument>({}, { sort: { _id: -1 }, limit: 1, projection: { hash: 1 } })
    .toArray();
  return newest && { seq: newest._id, hash: newest.hash };
}

interface CheckpointPublisher {
  /** Publishes the head now if the log grew since the last checkpoint of this process. */
  publish(): Promise<Checkpoint | undefined>;
  /** Stops the timer and publishes a last checkpoint (at shutdown). */
  stop(): Promise<Checkpoint | undefined>;
}

/**
 * Publishes the head every `seconds` (when it moved) to `file` (when set) and the log.
 * A failed publication is logged and retried at the next tick: it never stops the API.
 */
export function startCheckpoints(options: {
  file: string;
  seconds: number;
  key: AuditKey;
  log: Logger;
}): CheckpointPublisher {
  let lastSeq = 0;
  let running: Promise<Checkpoint | undefined> = Promise.resolve(undefined);
  const publishNow = async (): Promise<Checkpoint | undefined> => {
    const head = await auditHead();
    if (!head || head.seq === lastSeq) return undefined;
    const checkpoint = signCheckpoint(head, new Date(), options.key);
    if (options.file !== '') {
      await appendFile(options.file, `${JSON.stringify(checkpoint)}\n`, { mode: 0o640 });
    }
    options.log.info({ auditCheckpoint: checkpoint }, 'audit checkpoint published');
    lastSeq = head.seq;
    return checkpoint;
  };
  const publish = (): Promise<Checkpoint | undefined> => {
    running = running.then(publishNow, publishNow);
    return running;
  };
  const tick = (): void => {
    publish().catch((error: unknown) =>
      options.log.error({ err: error }, 'audit checkpoint not published'),
    );
  };
  const timer = setInterval(tick, options.seconds * 1000);
  timer.unref();
  return {
    publish,
    stop: () => {
      clearInterval(timer);
      return publish();
    },
  };
}
