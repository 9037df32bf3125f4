import { createHash, randomUUID } from 'node:crypto';
import { isDuplicateKey } from '../../data/duplicateKey';
import { AdminActionModel } from '../../data/identity/adminActionModel';
import type { Actor } from '../../domain/process/roles';

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
