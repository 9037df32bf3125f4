import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { CommendationKind } from '../../domain/catalogue/awardDefinition';
import type { ExternalDecisionInput } from '../../domain/process/externalDecision';
import type { IssuedDecision } from '../../domain/process/issuedDecision';
import type { Actor } from '../../domain/process/roles';
import type { Stage } from '../../domain/process/stages';
import type { LocalizedText } from '../../domain/ruleSets/text';
import type { ReturnReason } from '../../domain/process/returnReason';
import type {
  AddedToRound,
  IncludedInDecision,
  NominationStatus,
} from '../../domain/process/nominationJoin';

export type { ReturnReason, AddedToRound, IncludedInDecision, NominationStatus };
export { nominationWorkflowId } from '../../domain/process/nominationJoin';

/**
 * The nomination workflow's contract: its input, the human actions it accepts
 * (updates, each checked by a validator) and the signals the group workflows (council
 * round, award decision) send it. Every type here is shared by the API and the groups.
 */

/** What a nomination workflow is started with: IDs and facts, never the dossier itself. */
export interface NominationStart {
  nominationId: string;
  dossierId: string;
  unitId: string;
  awardCode: string;
  kind: CommendationKind;
  year: number;
  /** The rule set in force on the receipt date judges the dossier. */
  receivedOn: string; // YYYY-MM-DD
  submittedBy: Actor;
}

/** Every human action names who acts; the API fills it from the session. */
interface HumanAction {
  actor: Actor;
  /** The step the person saw (`seq`); if the nomination moved on since, the action is refused. */
  expectedSeq?: number;
}

export interface AppraisalAction extends HumanAction {
  outcome: 'accept' | 'return' | 'reject';
  /** Required for 'return' (at least one) and 'reject'. */
  reasons?: ReturnReason[];
  note?: string;
  /**
   * Date of the outcome (YYYY-MM-DD): the acceptance, the return letter or the rejection; not
   * before the dossier reached appraisal, not in the future; shown on the timeline. A return's
   * supplement period runs from it.
   */
  effectiveOn?: string;
}

export interface ResubmitAction extends HumanAction {
  /** Version of the dossier now in the database (the API bumps it on every edit). */
  dossierVersion: number;
  note?: string;
}

export interface ObjectionAction extends HumanAction {
  /** Who objected (a member of the public or an official) and what they said. */
  author: string;
  content: string;
}

export interface RapporteurOpinionAction extends HumanAction {
  opinion: 'support' | 'oppose';
  summary: string;
}

export interface WithdrawAction extends HumanAction {
  reason: string;
}

export interface CancelAction extends HumanAction {
  reason: string;
}

/**
 * The Prime Minister's or the President's decision on the ministry's submission: its number,
 * date (not before the submission, not in the future) and issuer, kept as data.
 */
export interface ExternalOutcomeAction extends HumanAction, ExternalDecisionInput {}

/** The secretariat's desk: more working days for the current stage, with the reason on record. */
export interface ExtendDeadlineAction extends HumanAction {
  /** Added after the later of the current due date and today. */
  workingDays: number;
  reason: string;
}

/** The secretariat's desk: a named person handles the dossier at its current stage. */
export interface ReassignAction extends HumanAction {
  assignee: { userId: string; name: string };
  reason?: string;
}

/** The secretariat's desk: a reminder to the holder, or an escalation one level up, now. */
export interface ManualAlertAction extends HumanAction {
  note?: string;
}

export const appraiseUpdate = defineUpdate<NominationStatus, [AppraisalAction]>('appraise');
export const resubmitUpdate = defineUpdate<NominationStatus, [ResubmitAction]>('resubmit');
export const objectionUpdate = defineUpdate<NominationStatus, [ObjectionAction]>('objection');
export const rapporteurOpinionUpdate = defineUpdate<NominationStatus, [RapporteurOpinionAction]>(
  'rapporteurOpinion',
);
export const withdrawUpdate = defineUpdate<NominationStatus, [WithdrawAction]>('withdraw');
export const cancelUpdate = defineUpdate<NominationStatus, [CancelAction]>('cancel');
export const externalOutcomeUpdate = defineUpdate<NominationStatus, [ExternalOutcomeAction]>(
  'externalOutcome',
);
export const extendDeadlineUpdate = defineUpdate<NominationStatus, [ExtendDeadlineAction]>(
  'extendDeadline',
);
export const reassignUpdate = defineUpdate<NominationStatus, [ReassignAction]>('reassign');
export const remindUpdate = defineUpdate<NominationStatus, [ManualAlertAction]>('remind');
export const escalateUpdate = defineUpdate<NominationStatus, [ManualAlertAction]>('escalate');
export const statusQuery = defineQuery<NominationStatus>('status');
/** Answered once the workflow has recorded the submission (step 1), sent with its start. */
export const submissionUpdate = defineUpdate<NominationStatus, []>('submission');

/** Sent by a council round when it closes. */
export interface CouncilResult {
  roundId: string;
  /**
   * passed: approved by the council; not_passed: below the threshold; cut_by_quota:
   * passed but outside the quota (CSTĐCS ≤ 15% of LĐTT, one flag per bloc);
   * no_quorum: the round could not decide; the nomination waits for another round.
   */
  outcome: 'passed' | 'not_passed' | 'cut_by_quota' | 'no_quorum';
  /** Plain-language result with the numbers, e.g. "9/10 phiếu đồng ý (90%) ≥ 90%". */
  explanation: LocalizedText;
  minutesId: string;
  closedBy: Actor;
}

/** Sent by an award decision when the minister (or a delegate) rules on it. */
export interface DecisionRuling {
  decisionId: string;
  /**
   * signed: awarded (or, for PM / President awards, proposed upward) under `decision`;
   * struck: removed from the decision with a reason; rejected: the whole decision refused;
   * returned_to_council / returned_to_secretariat: back for another look.
   */
  outcome: 'signed' | 'struck' | 'rejected' | 'returned_to_council' | 'returned_to_secretariat';
  decision?: IssuedDecision & { signedOn: string };
  actor: Actor;
  /** Deputy signing under a delegation: whose authority, which delegation. */
  onBehalfOf?: { userId: string; name: string; delegationId: string };
  reason?: string;
}

/**
 * Sent by another nomination of the same subject, award and year (a duplicate) when it comes
 * to appraisal or leaves the running: this one re-runs its own checks, so both carry the flag
 * and a withdrawn twin's flag goes. Each nomination writes only its own document.
 */
export interface TwinChanged {
  nominationId: string;
  unitId: string;
  /** The twin's stage now: appraisal when it arrived, a final stage when it left. */
  stage: Stage;
}

export const addedToRoundSignal = defineSignal<[AddedToRound]>('addedToRound');
export const councilResultSignal = defineSignal<[CouncilResult]>('councilResult');
export const includedInDecisionSignal = defineSignal<[IncludedInDecision]>('includedInDecision');
export const decisionRulingSignal = defineSignal<[DecisionRuling]>('decisionRuling');
export const twinChangedSignal = defineSignal<[TwinChanged]>('twinChanged');
