import { getExternalWorkflowHandle, patched } from '@temporalio/workflow';
import { TIMELINE_TEXTS } from '../../domain/messages/nomination';
import { SYSTEM_ACTOR } from '../../domain/process/roles';
import { nominationActivities as activities } from './activities';
import { nominationWorkflowId, twinChangedSignal, type TwinChanged } from './messages';
import type { ProcessState } from './processState';
import { WRITES_WITH_STEP_PATCH, recordNote } from './processTimeline';

/** Guards the duplicate check's exchange between twins (signals, re-checks) on replay. */
export const TWIN_CHECKS_PATCH = 'twin-duplicate-checks';

/**
 * §7.2 The automatic checks (eligibility, duplicates), recorded on the timeline. On arrival
 * in appraisal the duplicates found are asked to check again, so that the earlier one is
 * flagged too; a re-check asked by such a twin (`cause`) asks no one back.
 */
export async function recordChecks(p: ProcessState, cause?: TwinChanged): Promise<void> {
  // Right after a (re)submission the workflow holds what the checks judge: no read.
  const nomination = p.submitted;
  p.submitted = undefined;
  const checks = await activities.runAppraisalChecks({
    nominationId: p.start.nominationId,
    ...(patched(WRITES_WITH_STEP_PATCH) && { withStep: true }),
    ...(nomination && { nomination }),
  });
  await recordNote(
    p,
    {
      action: `checks_${checks.verdict}`,
      actor: SYSTEM_ACTOR,
      detail: cause ? TIMELINE_TEXTS.twinRecheck(cause, checks.summary) : checks.summary,
    },
    checks.checks,
  );
  // Absent from the activity's results in histories from before twins were told.
  p.memory.twins = checks.twins ?? [];
  if (!cause) await askTwinsToRecheck(p);
}

/**
 * Asks each twin's workflow to check again: this nomination came to appraisal, or left the
 * running. Its own workflow writes its flag; a twin already ended (e.g. approved) is not
 * asked, and that is no failure.
 */
export async function askTwinsToRecheck(p: ProcessState): Promise<void> {
  const twins = p.memory.twins ?? [];
  if (twins.length === 0 || !patched(TWIN_CHECKS_PATCH)) return;
  const signal: TwinChanged = {
    nominationId: p.start.nominationId,
    unitId: p.start.unitId,
    stage: p.memory.stage,
  };
  await Promise.all(
    twins.map((id) =>
      getExternalWorkflowHandle(nominationWorkflowId(id))
        .signal(twinChangedSignal, signal)
        .catch(() => undefined),
    ),
  );
}
