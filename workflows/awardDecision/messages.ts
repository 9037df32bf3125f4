import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { Delegation } from '../../domain/delegation';
import type { AwardDecisionStart } from '../../domain/process/awardDecisionStart';
import type { IssuedDecision } from '../../domain/process/issuedDecision';
import type { Refusal } from '../../domain/messages/refusal';
import type { Actor } from '../../domain/process/roles';
import type { RulingOutcome, StruckNomination } from '../../domain/ruling/rulingRules';

/** The award-decision workflow's contract, shared by the API and the workflow. */

export type { AwardDecisionStart, Refusal, RulingOutcome, StruckNomination };

/** The minister's (or a covered deputy's) ruling on the whole draft. */
export interface DecisionRulingAction {
  actor: Actor;
  outcome: RulingOutcome;
  /** approve_some: at least one, each with a reason; at least one nomination kept. */
  struck?: StruckNomination[];
  /** Required for reject and both returns. */
  reason?: string;
  /** A deputy's active delegation, looked up by the API; checked again here. */
  delegation?: Delegation;
}

export type DecisionPhase =
  | 'preparing'
  | 'refused'
  | 'awaiting_ruling'
  | 'signing'
  | 'notifying'
  | 'done';

export interface AwardDecisionStatus {
  decisionId: string;
  phase: DecisionPhase;
  /** Present once ruled: signed, rejected, returned_to_council, returned_to_secretariat. */
  result?: 'signed' | 'rejected' | 'returned_to_council' | 'returned_to_secretariat';
  /** Why the draft was refused (phase 'refused'). */
  refusal?: Refusal;
  decision?: IssuedDecision & { signedOn: string };
  signatureLines?: string[];
  kept: string[];
  struck: StruckNomination[];
  /** Nomination workflows a signal could not reach (recorded, not fatal). */
  unreachable: string[];
  /** ID of the update that ruled, so a repeated request can be recognised. */
  rulingUpdateId?: string;
}

/** Waits until the draft is written (or refused) and answers with the status. */
export const draftOutcomeUpdate = defineUpdate<AwardDecisionStatus, []>('draftOutcome');
export const ruleDecisionUpdate = defineUpdate<AwardDecisionStatus, [DecisionRulingAction]>(
  'ruleDecision',
);
export const decisionStatusQuery = defineQuery<AwardDecisionStatus>('decisionStatus');

export function awardDecisionWorkflowId(decisionId: string): string {
  return `award-decision-${decisionId}`;
}
