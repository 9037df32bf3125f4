import type { Model } from 'mongoose';
import { isDuplicateKey } from '../duplicateKey';

/*
 * What administrators configure (rule set values, the calendar's official schedules) is stored
 * as revisions: one document each, only ever inserted, numbered 1, 2, 3… without gaps within a
 * series, the number part of the unique `_id`. So a revision is saved once (a second
 * administrator saving the same number is refused), and a process that built a value from
 * revision n knows whether it is still current by one point read: does revision n + 1 exist?
 * API and worker processes are many and stateless; none can tell the others to forget.
 */

/** Stores a revision under its `_id`; null when another process stored that `_id` first. */
export async function saveRevision(
  model: Model<never>,
  revision: { _id: string | number } & Record<string, unknown>,
): Promise<{ savedAt: Date } | null> {
  try {
    const saved = await model.create(revision as never);
    return { savedAt: (saved as { get(path: string): unknown }).get('createdAt') as Date };
  } catch (error) {
    if (isDuplicateKey(error)) return null;
    throw error;
  }
}

/**
 * A value built from the latest revisions, kept in this process and rebuilt as soon as any of
 * its series has a next revision: `load` returns the value and the `_id`s of the revisions that
 * would supersede it. A change therefore applies to every use that starts after it is saved.
 * The revisions it was built from never change (they are only inserted), so a use costs one
 * point read of `_id`s, whatever the number of series: does any next revision exist?
 */
export function keptUntilNextRevision<T>(
  model: Pick<Model<never>, 'exists'>,
  load: () => Promise<{ value: T; nextIds: readonly (string | number)[] }>,
): () => Promise<T> {
  let kept: { value: T; nextIds: readonly (string | number)[] } | undefined;
  const isCurrent = async (state: NonNullable<typeof kept>) =>
    state.nextIds.length === 0 ||
    (await model.exists({ _id: { $in: state.nextIds } } as never)) === null;
  return async () => {
    if (!kept || !(await isCurrent(kept))) kept = await load();
    return kept.value;
  };
}
