import { getExternalWorkflowHandle, patched } from '@temporalio/workflow';
import { SYSTEM_ACTOR } from '../../domain/process/roles';
import { STAGE_LABELS, isFinalStage } from '../../domain/process/stages';
import type { LocalizedText } from '../../domain/ruleSets/text';
import { nominationActivities as activities } from './activities';
import { nominationWorkflowId, twinChangedSignal, type TwinChanged } from './messages';
import type { ProcessState } from './processState';
import { recordNote } from './processTimeline';

/** Guards the duplicate check's exchange between twins (signals, re-checks) on replay. */
export const TWIN_CHECKS_PATCH = 'twin-duplicate-checks';

/**
 * §7.2 The automatic checks (eligibility, duplicates), recorded on the timeline. On arrival
 * in appraisal the duplicates found are asked to check again, so that the earlier one is
 * flagged too; a re-check asked by such a twin (`cause`) asks no one back.
 */
export async function recordChecks(p: ProcessState, cause?: TwinChanged): Promise<void> {
  const checks = await activities.runAppraisalChecks({ nominationId: p.start.nominationId });
  await recordNote(p, {
    action: `checks_${checks.verdict}`,
    actor: SYSTEM_ACTOR,
    detail: cause ? recheckDetail(cause, checks.summary) : checks.summary,
  });
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

/** Why the checks ran again, before their result: which twin arrived or left. */
function recheckDetail(cause: TwinChanged, summary: LocalizedText): LocalizedText {
  if (isFinalStage(cause.stage)) {
    const ended = STAGE_LABELS[cause.stage];
    return {
      vi: `Kiểm tra lại: hồ sơ trùng của đơn vị ${cause.unitId} đã kết thúc (${ended.vi}). ${summary.vi}`,
      en: `Checked again: the duplicate nomination from unit ${cause.unitId} has ended (${ended.en}). ${summary.en}`,
    };
  }
  return {
    vi: `Kiểm tra lại: đơn vị ${cause.unitId} vừa trình hồ sơ đề nghị cùng đối tượng, cùng danh hiệu, cùng năm. ${summary.vi}`,
    en: `Checked again: unit ${cause.unitId} has just submitted a nomination of the same subject for the same award and year. ${summary.en}`,
  };
}
