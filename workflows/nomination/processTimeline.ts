import { CancellationScope, upsertSearchAttributes } from '@temporalio/workflow';
import {
  STAGE_HOLDER,
  isFinalStage,
  type Stage,
  type WaitingStage,
} from '../../domain/process/stages';
import type { AppraisalChecks, Transition } from '../../activities/nomination/transition';
import { nominationActivities as activities, quickSteps } from './activities';
import { announceStep } from './notices';
import type { MoveOptions, ProcessState, TimelineEntry } from './processState';
import { deadlineKey, holderRoleKey, stageKey } from './searchAttributes';

/** The steps of a nomination's timeline, each written to the read model by an activity. */

/**
 * Guards a step writing what the activity before it prepared (the submission's content and
 * statistics entry, the automatic checks) in its own update; before, that activity wrote it
 * apart. Histories from then replay with the activities asked as they were.
 */
export const WRITES_WITH_STEP_PATCH = 'writes-with-the-step';

/**
 * Moves to `next` and records it. The stage changes at once (validators see it);
 * the read model follows. With `workingDays`, the new stage gets a deadline.
 */
export async function recordMove(
  p: ProcessState,
  next: Stage,
  entry: TimelineEntry,
  options: MoveOptions = {},
): Promise<void> {
  const { workingDays, from, facts, externalDecision, postingDay, submission } = options;
  p.memory.stage = next;
  p.memory.seq += 1;
  const seq = p.memory.seq;
  const now = new Date().toISOString();
  p.memory.deadline = undefined;
  if (workingDays !== undefined && workingDays > 0) {
    const plan = await quickSteps().planDeadline({
      startAt: from ?? now,
      workingDays,
      reminderShare: p.procedure.timings.reminderShare,
      // Only a counted posting day changes the request: the same command as before otherwise.
      ...(postingDay === 'posting_day_counted' && { postingDay }),
    });
    p.memory.deadline = { key: `${seq}`, startAt: from ?? now, plan, alerts: [] };
  }
  const holderRole =
    isFinalStage(next) || next === 'draft' ? undefined : STAGE_HOLDER[next as WaitingStage];
  const transition: Transition = {
    nominationId: p.start.nominationId,
    seq,
    stage: next,
    at: now,
    ...entry,
    holder: holderRole && {
      role: holderRole,
      dueAt: p.memory.deadline?.plan.dueAt,
      dueOn: p.memory.deadline?.plan.dueOn,
    },
    facts,
    // As the minister signed it: on forwarding, and again (unchanged) on the outcome upward.
    decision:
      (next === 'approved' || next === 'forwarded') && p.memory.decision
        ? { ...p.memory.decision, signedBy: p.memory.decision.signedBy ?? entry.actor }
        : undefined,
    externalDecision,
    submission,
  };
  // Once a step is taken it is recorded, even if a withdrawal cancels the process meanwhile.
  const recorded = await CancellationScope.nonCancellable(() =>
    activities.recordTransition(transition),
  );
  p.recordedSeq = seq;
  p.settleCurrent();
  upsertSearchAttributes([
    { key: stageKey, value: next },
    { key: holderRoleKey, value: holderRole ?? null },
    {
      key: deadlineKey,
      value: p.memory.deadline ? new Date(p.memory.deadline.plan.dueAt) : null,
    },
  ]);
  // The caller has its answer; the unit hears of it next, and its e-mails go in the background.
  // The notice needs none of what was submitted (kept out of its input, so out of the history).
  p.mailing.push((await announceStep({ ...transition, submission: undefined }, recorded)).sent);
}

/**
 * A timeline entry that does not change the stage (e.g. the rapporteur's opinion), with the
 * automatic checks it records, if any.
 */
export async function recordNote(
  p: ProcessState,
  entry: TimelineEntry,
  checks?: AppraisalChecks,
): Promise<void> {
  p.memory.seq += 1;
  const seq = p.memory.seq;
  const deadline = p.memory.deadline;
  await activities.recordTransition({
    nominationId: p.start.nominationId,
    seq,
    stage: p.memory.stage,
    at: new Date().toISOString(),
    ...entry,
    holder: isFinalStage(p.memory.stage)
      ? undefined
      : {
          role: STAGE_HOLDER[p.memory.stage as WaitingStage],
          dueAt: deadline?.plan.dueAt,
          dueOn: deadline?.plan.dueOn,
        },
    checks,
  });
  p.recordedSeq = seq;
  p.settleCurrent();
}
