import { vietnamDateOf, type IsoDate } from '../../domain/calendar';
import { isFinalStage, type Stage } from '../../domain/process/stages';

/**
 * Where an open nomination stands on the secretariat's desk, as one string the desk sorts
 * and pages by (`deskKey` on the nomination, indexed): first by due date, `due:<dueOn>:<_id>`,
 * then the stages without a deadline (waiting for a council round, for the authority above)
 * by the day of their last step, `waiting:<day>:<_id>`. ISO dates sort as strings and `due:`
 * before `waiting:`; the `_id` makes every key unique, so a page ends at a key and the next
 * begins after it, whatever moved meanwhile. Drafts and closed nominations have none.
 *
 * One string rather than a sort on two fields: the embedded FerretDB build reads a sort in
 * the index's order for one field only (scripts/ferretdb/patches/0007).
 */
export function deskKey(
  nominationId: string,
  stage: Stage,
  dueOn: string | null | undefined,
  lastStepAt: Date,
): string | undefined {
  if (stage === 'draft' || isFinalStage(stage)) return undefined;
  return dueOn
    ? `due:${dueOn}:${nominationId}`
    : `waiting:${vietnamDateOf(lastStepAt.getTime())}:${nominationId}`;
}

/** The key a stored nomination should have: from its stage, deadline and last timeline entry. */
export function storedDeskKey(nomination: {
  _id: string;
  stage: Stage;
  dueOn?: string | null;
  history: readonly { at: Date }[];
}): string | undefined {
  const last = nomination.history[nomination.history.length - 1];
  return deskKey(nomination._id, nomination.stage, nomination.dueOn, last?.at ?? new Date(0));
}

/** Every open nomination: all keys are non-empty strings. */
export const OPEN = { $gt: '' } as const;

/** Open nominations due before `day` (late ones, when `day` is today). */
export const dueBefore = (day: IsoDate) => ({ $gte: 'due:', $lt: `due:${day}` }) as const;
