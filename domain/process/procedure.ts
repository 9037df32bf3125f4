import type { PostingDayRule } from '../calendar/publicCommentPeriod';

/**
 * Process timings no legal text sets: the ministry's usual practice, applied to every
 * nomination. The timings domain.md §7 marks configurable (the appraisal SLA, the public comment
 * period, the upward appraisal) live in the rule set, per award; these are not marked so.
 */
interface ProcessTimings {
  /** Working days the unit has to supplement a returned dossier before the nominee is dropped. */
  supplementWorkingDays: number;
  /** Working days for a rapporteur's opinion and a council round to take the nomination. */
  councilReviewWorkingDays: number;
  /** Working days for the secretariat to put a council-approved nomination in a draft decision. */
  decisionDraftingWorkingDays: number;
  /** Working days for the minister to rule on a draft decision. */
  ministerDecisionWorkingDays: number;
  /** Share of a deadline after which the holder is reminded (e.g. 0.7 = 7 of 10 days). */
  reminderShare: number;
}

export const DEFAULT_PROCESS_TIMINGS: ProcessTimings = {
  supplementWorkingDays: 10,
  councilReviewWorkingDays: 15,
  decisionDraftingWorkingDays: 5,
  ministerDecisionWorkingDays: 5,
  reminderShare: 0.7,
};

/** What a nomination's workflow needs to know about its procedure, fixed at submission. */
export interface Procedure {
  ruleSetId: string;
  appraisalWorkingDays: number;
  /** Whether the council votes on this award (LĐTT and some titles are decided on the unit's rating). */
  councilVote: boolean;
  /** `postingDay`: absent in procedures fixed before it was configurable (not counted then). */
  publicComment: { required: boolean; workingDays: number; postingDay?: PostingDayRule };
  /** Working days of the higher authority's appraisal, for awards decided above the minister. */
  upwardAppraisalWorkingDays: number | null;
  timings: ProcessTimings;
}
