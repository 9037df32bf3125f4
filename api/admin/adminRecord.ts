import { createHash, randomUUID } from 'node:crypto';
import { isDuplicateKey } from '../../data/duplicateKey';
import { AdminActionModel } from '../../data/identity/adminActionModel';
import type { Actor } from '../../domain/process/roles';
import { ApiError, type LocalizedText } from '../errors/apiError';

type TargetKind = 'user' | 'unit' | 'bloc' | 'council';

/**
 * One administrative change: the single-document update, then an `admin_actions` record of
 * who, when, what (before/after) and why. With an Idempotency-Key, a repeated request answers
 * from that record and changes nothing.
 */
export async function recordAdminAction<T>(
  actor: Actor,
  key: string | undefined,
  action: string,
  target: { kind: TargetKind; id: string },
  reason: string,
  change: () => Promise<{ before: unknown; after: T }>,
): Promise<T> {
  const id = key
    ? createHash('sha256').update(`${actor.userId}\n${key}`).digest('hex').slice(0, 32)
    : randomUUID().replaceAll('-', '');
  if (key) {
    const earlier = await AdminActionModel.findById(id).lean();
    if (earlier) return earlier.after as T;
  }
  const { before, after } = await change();
  try {
    await AdminActionModel.create({
      _id: id,
      at: new Date(),
      actor: { userId: actor.userId, name: actor.name },
      action,
      target,
      reason,
      before: before ?? null,
      after: after ?? null,
    });
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
  }
  return after;
}

/**
 * An administrative creation under a new code: `create` writes the document, a code already
 * taken answers 409 `taken.code` on `taken.field`, and the record keeps nothing before and
 * `created()` after.
 */
export function recordCreation<T>(
  actor: Actor,
  key: string | undefined,
  action: string,
  target: { kind: TargetKind; id: string },
  reason: string,
  steps: {
    create: () => Promise<unknown>;
    taken: { code: string; message: LocalizedText; field: string };
    created: () => Promise<T>;
  },
): Promise<T> {
  return recordAdminAction(actor, key, action, target, reason, async () => {
    try {
      await steps.create();
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      throw new ApiError(409, steps.taken.code, steps.taken.message, steps.taken.field);
    }
    return { before: null, after: await steps.created() };
  });
}
