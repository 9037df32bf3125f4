import type { Model } from 'mongoose';
import { setTimeout as delay } from 'node:timers/promises';
import { isDuplicateKey } from '../duplicateKey';

/*
 * What administrators configure (rule set values, the calendar's official schedules) is stored
 * as revisions: one document each, only ever inserted, numbered 1, 2, 3… without gaps within a
 * series, the number part of the unique `_id`. So a revision is saved once (a second
 * administrator saving the same number is refused), and a process that built a value from
 * revision n knows whether it is still current by one point read: does revision n + 1 exist?
 * API and worker processes are many and stateless; none can tell the others to forget.
 *
 * A check that found no next revision vouches for the value for `CHECK_VOUCHES_MS` from the
 * moment it was sent (a lease), and a save answers only after that long: a check sent before
 * the revision was stored has stopped vouching by then, and one sent after sees it. So a change
 * still applies to every use that starts after its save is confirmed, in every process, while a
 * burst of uses (ten deadlines planned at once) costs one read per process, not one each.
 */

/** How long a check vouches for the value it found current (milliseconds, monotonic clock). */
export const CHECK_VOUCHES_MS = 1_000;
/** A save waits this much longer than a check vouches: durations measured in two processes. */
const CONFIRM_MARGIN_MS = 100;

/**
 * Stores a revision under its `_id`; null when another process stored that `_id` first. It
 * resolves once every process's next use sees it (`confirm`, the default; see above), with that
 * moment as `savedAt`. Without `confirm` (a start-up migration, before the process serves), it
 * resolves as soon as it is stored, with the revision's own time.
 */
export async function saveRevision(
  model: Model<never>,
  revision: { _id: string | number } & Record<string, unknown>,
  { confirm = true }: { confirm?: boolean } = {},
): Promise<{ savedAt: Date } | null> {
  let saved: { get(path: string): unknown };
  try {
    saved = (await model.create(revision as never)) as never;
  } catch (error) {
    if (isDuplicateKey(error)) return null;
    throw error;
  }
  if (!confirm) return { savedAt: saved.get('createdAt') as Date };
  await delay(CHECK_VOUCHES_MS + CONFIRM_MARGIN_MS);
  return { savedAt: new Date() };
}

/**
 * A value built from the latest revisions, kept in this process and rebuilt as soon as any of
 * its series has a next revision: `load` returns the value and the `_id`s of the revisions that
 * would supersede it. The revisions it was built from never change (they are only inserted), so
 * a check costs one point read of `_id`s, whatever the number of series: does any next revision
 * exist? A use within `CHECK_VOUCHES_MS` of the last check's start takes that check's answer
 * (awaiting it while it is under way); a failed check vouches for nothing.
 */
export function keptUntilNextRevision<T>(
  model: Pick<Model<never>, 'exists'>,
  load: () => Promise<{ value: T; nextIds: readonly (string | number)[] }>,
  now: () => number = () => performance.now(),
): () => Promise<T> {
  let kept: { value: T; nextIds: readonly (string | number)[] } | undefined;
  let check: { sentAt: number; value: Promise<T> } | undefined;
  const isCurrent = async (state: NonNullable<typeof kept>) =>
    state.nextIds.length === 0 ||
    (await model.exists({ _id: { $in: state.nextIds } } as never)) === null;
  const current = async () => {
    if (!kept || !(await isCurrent(kept))) kept = await load();
    return kept.value;
  };
  return () => {
    const at = now();
    if (check && at - check.sentAt < CHECK_VOUCHES_MS) return check.value;
    const started = { sentAt: at, value: current() };
    check = started;
    started.value.catch(() => {
      if (check === started) check = undefined;
    });
    return started.value;
  };
}
