import { createHash } from 'node:crypto';
import { isDuplicateKey } from '../../data/duplicateKey';
import type { RequestHandler } from 'express';
import {
  IdempotentRequestModel,
  sweepExpiredOutcomes,
} from '../../data/http/idempotentRequestModel';
import { ApiError } from '../errors/apiError';
import { idempotencyKey } from './idempotencyKey';
import { carriesSecretPaper } from './secretPaper';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Marks an answer given again from the store: the request ran once, before. */
export const REPLAYED_HEADER = 'Idempotent-Replayed';
const WAIT_MS = 10_000;
/**
 * A key still pending this long lost its request with the answer unsaved (the database or
 * the API process went away mid-request); a repeat then runs it again. Longer than a
 * request normally takes, and harmless if one was still running: every operation behind
 * a key is idempotent by that key (derived IDs, workflow update IDs).
 */
const ABANDONED_MS = 30_000;

/** How long a key's outcome is kept: retries come within minutes. */
const KEPT_HOURS = 24;
/** Expired outcomes are swept on the way of a write, at most this often per process. */
const SWEEP_MS = 60_000;
let sweptAt = 0;

function sweepNowAndThen(now: number): void {
  if (now - sweptAt < SWEEP_MS) return;
  sweptAt = now;
  sweepExpiredOutcomes(new Date(now)).catch(() => undefined); // the next sweep tries again
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Requests this middleware has taken in hand (a path mounted twice passes `authenticate` twice). */
const seen = new WeakSet<object>();

/**
 * Every write accepts an `Idempotency-Key`: the first request with a key runs, its
 * outcome is stored, and a repeat (same user, method, path with its query, key and body)
 * gets the same answer without running again; a repeat arriving while the first runs waits
 * for it. The same key with another body is refused. Server errors are not stored, so they
 * can be retried; nor is an answer lost with its process or database, so a repeat runs it
 * again (ABANDONED_MS). Runs after `authenticate`, for the user it resolved: a request that
 * is not signed in stores nothing, and a stored answer is given to its own user's live
 * sessions only. Kept: a hash naming the request, the body's hash, the status and the answer,
 * for KEPT_HOURS; never a credential or the request's body.
 */
export const idempotentWrites: RequestHandler = async (req, res, next) => {
  if (seen.has(req)) return next();
  seen.add(req);
  const key = WRITES.has(req.method) ? idempotencyKey(req) : undefined;
  // Secret ballots keep their own receipts: no hash of a paper may be stored (its few
  // possible contents could be tried one by one).
  if (!key || !req.actor || carriesSecretPaper(req)) return next();
  const _id = sha256(`${req.actor.userId}\n${req.method}\n${req.originalUrl}\n${key}`);
  const bodyHash = sha256(JSON.stringify(req.body ?? null));
  for (;;) {
    try {
      sweepNowAndThen(Date.now());
      const expiresAt = new Date(Date.now() + KEPT_HOURS * 3_600_000);
      await IdempotentRequestModel.create({ _id, bodyHash, state: 'pending', expiresAt });
      break;
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
    if (await replay(_id, bodyHash, res)) return;
  }
  const json = res.json.bind(res);
  let body: unknown;
  res.json = (value: unknown) => {
    body = value;
    return json(value);
  };
  res.on('finish', () => {
    const stored =
      res.statusCode < 500
        ? IdempotentRequestModel.updateOne(
            { _id },
            { $set: { state: 'done', status: res.statusCode, body } },
          )
        : IdempotentRequestModel.deleteOne({ _id });
    stored.catch(() => undefined); // the key stays pending until a repeat finds it abandoned
  });
  next();
};

/**
 * Answers a repeat with the stored outcome (true), or clears an abandoned pending key so
 * the repeat can run (false).
 */
async function replay(
  _id: string,
  bodyHash: string,
  res: Parameters<RequestHandler>[1],
): Promise<boolean> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const stored = await IdempotentRequestModel.findById(_id).lean();
    if (!stored) return false;
    // Expired, not yet swept: the key is free again.
    if (stored.expiresAt && stored.expiresAt.getTime() <= Date.now()) {
      await IdempotentRequestModel.deleteOne({ _id, expiresAt: stored.expiresAt });
      return false;
    }
    if (stored.bodyHash !== bodyHash) {
      throw new ApiError(
        422,
        'IDEMPOTENCY_KEY_REUSED',
        {
          vi: 'Khóa Idempotency-Key này đã dùng cho một yêu cầu khác.',
          en: 'This Idempotency-Key was used for a different request.',
        },
        'Idempotency-Key',
      );
    }
    if (stored.state === 'done') {
      res.set(REPLAYED_HEADER, 'true');
      res.status(stored.status ?? 200);
      if (stored.body === undefined || stored.body === null) res.end();
      else res.json(stored.body);
      return true;
    }
    if (Date.now() - stored.createdAt.getTime() > ABANDONED_MS) {
      await IdempotentRequestModel.deleteOne({
        _id,
        state: 'pending',
        createdAt: stored.createdAt,
      });
      return false;
    }
    if (Date.now() > deadline) {
      throw new ApiError(409, 'IDEMPOTENCY_KEY_IN_USE', {
        vi: 'Yêu cầu với khóa này đang được xử lý; vui lòng thử lại sau.',
        en: 'A request with this key is still being processed; retry shortly.',
      });
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
