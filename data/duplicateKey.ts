import type { Model } from 'mongoose';

/** MongoDB's (and FerretDB's) duplicate-key error: a unique `_id` or index said no. */
export function isDuplicateKey(error: unknown): boolean {
  return (error as { code?: number } | null)?.code === 11000;
}

/**
 * Inserts `fields` under `_id` unless a document with that `_id` exists. Two callers racing
 * with the same `_id` (a retried activity, a repeated request) may both attempt the
 * upsert; the loser gets a duplicate-key error, which here means "already there".
 */
export async function insertIfAbsent(
  model: Model<never>,
  _id: string,
  fields: Record<string, unknown>,
): Promise<void> {
  try {
    await model.updateOne({ _id } as never, { $setOnInsert: fields } as never, { upsert: true });
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
  }
}

/**
 * Runs an upsert, and once more if it lost a race: two upserts of one missing `_id` may both
 * try the insert, and the loser's duplicate-key error means the document exists now, so the
 * second attempt updates it. (MongoDB retries such an upsert itself; FerretDB 1.x does not.)
 */
export async function upsertRetryingRace<T>(upsert: () => PromiseLike<T>): Promise<T> {
  try {
    return await upsert();
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
    return upsert();
  }
}
