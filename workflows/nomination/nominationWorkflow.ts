import {
  CancellationScope,
  allHandlersFinished,
  condition,
  continueAsNew,
  isCancellation,
  patched,
  workflowInfo,
} from '@temporalio/workflow';
import { parseIsoDate, startOfVietnamDate } from '../../domain/calendar';
import { isFinalStage } from '../../domain/process/stages';
import { nominationActivities as activities, quickSteps } from './activities';
import { acceptHumanActions, type Termination } from './humanActions';
import type { NominationStart, NominationStatus } from './messages';
import { NominationProcess } from './nominationProcess';
import type { ProcessMemory } from './processState';
import { WRITES_WITH_STEP_PATCH } from './processTimeline';
import { STAGE_STEPS, SUBMISSION_RECORD_PATCH } from './stageSteps';

/** Guards applying people's actions that arrive while a run waits to continue as new. */
const HANDOVER_AFTER_ACTIONS_PATCH = 'handover-after-queued-actions';

const FRESH: ProcessMemory = {
  // Being started is being submitted: the dossier is with the secretariat from now on.
  stage: 'appraisal',
  seq: 0,
  submittedVersion: 1,
  rapporteurGiven: false,
  appraisalDaysUsed: 0,
  pending: [],
  nextEventId: 1,
};

/**
 * One nominee for one award in one year (domain.md §7): unit proposal → appraisal
 * (returns pause the clock) → public comment where required → council review and a
 * round's vote → the minister's decision → upward for state awards. Every waiting stage
 * has a deadline in working days with a reminder and an escalation. The unit may
 * withdraw and the secretariat cancel until the minister holds the dossier.
 */
export async function nominationWorkflow(
  start: NominationStart,
  carried?: ProcessMemory,
): Promise<NominationStatus> {
  const p = new NominationProcess(start, carried ?? { ...FRESH, pending: [] });
  let scope: CancellationScope | undefined;
  let termination: Termination | undefined;
  acceptHumanActions(
    p,
    () => scope,
    (t) => (termination = t),
  );

  try {
    scope = new CancellationScope();
    await scope.run(async () => {
      if (!carried) await submit(p);
      while (!isFinalStage(p.stage)) {
        await STAGE_STEPS[p.stage]!(p);
        p.dropStale('movedOn');
        if (workflowInfo().continueAsNewSuggested && !isFinalStage(p.stage)) {
          await p.mailsSettled();
          // An action that came in meanwhile waits for this run's next step: hand over after it.
          await condition(() => allHandlersFinished() || p.owesAnswers());
          if (!allHandlersFinished() && patched(HANDOVER_AFTER_ACTIONS_PATCH)) continue;
          await condition(allHandlersFinished);
          await continueAsNew<typeof nominationWorkflow>(start, p.memory);
        }
      }
    });
  } catch (error) {
    if (!(termination && isCancellation(error))) throw error;
    await CancellationScope.nonCancellable(() => end(p, termination!));
  }
  // Out of the running (an approved award still counts as a duplicate): its twins re-check.
  if (p.stage !== 'approved') await p.askTwinsToRecheck();
  p.dropStale('processEnded', true);
  await p.mailsSettled();
  await condition(allHandlersFinished);
  return p.status();
}

/** The unit head's submission: fix the procedure by the receipt date, start appraisal. */
async function submit(p: NominationProcess): Promise<void> {
  // What was sent is written beside loading the procedure: the answer waits for neither twice.
  const [procedure, submission] = await Promise.all([
    quickSteps().loadProcedure({
      awardCode: p.start.awardCode,
      kind: p.start.kind,
      receivedOn: p.start.receivedOn,
    }),
    patched(SUBMISSION_RECORD_PATCH)
      ? activities.recordSubmission({
          nominationId: p.start.nominationId,
          first: { dossierId: p.start.dossierId, workflowId: workflowInfo().workflowId },
          ...(patched(WRITES_WITH_STEP_PATCH) && { withStep: true }),
        })
      : undefined,
  ]);
  p.memory.procedure = procedure;
  p.justSubmitted(submission);
  await p.moveTo(
    'appraisal',
    { action: 'submitted', actor: p.start.submittedBy },
    {
      workingDays: p.procedure.appraisalWorkingDays,
      // The legal period runs from receipt, which may precede its entry in the system.
      from: new Date(startOfVietnamDate(parseIsoDate(p.start.receivedOn))).toISOString(),
      facts: { receivedOn: p.start.receivedOn, ruleSetId: p.procedure.ruleSetId },
      submission,
    },
  );
}

async function end(p: NominationProcess, termination: Termination): Promise<void> {
  await p.moveTo(termination.stage, {
    action: termination.stage,
    actor: termination.action.actor,
    reason: termination.action.reason,
  });
}
