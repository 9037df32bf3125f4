import { createHash } from 'node:crypto';
import { isDuplicateKey } from '../../data/duplicateKey';
import type { RequestHandler } from 'express';
import { IdempotentRequestModel } from '../../data/http/idempotentRequestModel';
import { ApiError } from '../errors/apiError';
import { idempotencyKey } from './idempotencyKey';
import { carriesSecretPaper } from './secretPaper';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const WAIT_MS = 10_000;
/**
 * A key still pending this long lost its request with the answer unsaved (the database or
 * the API process went away mid-request); a repeat then runs it again. Longer than a
 * request normally takes, and harmless if one was still running: every operation behind
 * a key is idempotent by that key (derived IDs, workflow update IDs).
 */
const ABANDONED_MS = 30_000;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function credential(header: string | undefined, cookie: string | undefined): string | undefined {
  return header?.startsWith('Bearer ') ? header : cookie?.match(/tdkt_session=([^;]+)/)?.[1];
}

/**
 * Every write accepts an `Idempotency-Key`: the first request with a key runs, its
 * outcome is stored, and a repeat (same caller, method, path, key and body) gets the same
 * answer without running again; a repeat arriving while the first runs waits for it. The
 * same key with another body is refused. Server errors are not stored, so they can be retried;
 * nor is an answer lost with its process or database, so a repeat runs it again (ABANDONED_MS).
 */
export const idempotentWrites: RequestHandler = async (req, res, next) => {
  const key = WRITES.has(req.method) ? idempotencyKey(req) : undefined;
  const who = credential(req.get('authorization'), req.get('cookie'));
  // Secret ballots keep their own receipts: no hash of a paper may be stored (its few
  // possible contents could be tried one by one).
  if (!key || !who || carriesSecretPaper(req)) return next();
  const _id = sha256(`${who}\n${req.method}\n${req.baseUrl}${req.path}\n${key}`);
  const bodyHash = sha256(JSON.stringify(req.body ?? null));
  for (;;) {
    try {
      await IdempotentRequestModel.create({ _id, bodyHash, state: 'pending' });
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
    if (stored && stored.bodyHash !== bodyHash) {
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
    if (stored?.state === 'done') {
      res.set('Idempotent-Replayed', 'true');
      res.status(stored.status ?? 200);
      if (stored.body === undefined || stored.body === null) res.end();
      else res.json(stored.body);
      return true;
    }
    if (!stored) return false;
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
