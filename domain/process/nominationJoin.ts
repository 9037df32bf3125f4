import { nominationRefusal } from '../messages/nomination';
import type { Refusal } from '../messages/refusal';
import type { IssuedDecision } from './issuedDecision';
import type { Stage } from './stages';

/**
 * How a council round or an award decision takes a nomination: it asks the nomination's own
 * workflow (never its read model), and these rules answer, the same in the workflow's
 * validator and in the group's check of every nomination before it takes any.
 */

/** The workflow that owns one nomination's process (and alone writes its document). */
export function nominationWorkflowId(nominationId: string): string {
  return `nomination-${nominationId}`;
}

/** The answer to every human action and to the status query. */
export interface NominationStatus {
  nominationId: string;
  stage: Stage;
  /** Number of transitions recorded so far. */
  seq: number;
  /** ISO instant the current stage is due, if it has a deadline. */
  dueAt?: string;
  decision?: IssuedDecision;
}

/** What a council round sends when it takes the nomination onto its agenda. */
export interface AddedToRound {
  roundId: string;
  /** The request that took it by update: only that request may release it. */
  request?: string;
}

/** What an award decision sends when the secretariat puts the nomination in its draft. */
export interface IncludedInDecision {
  decisionId: string;
  /** The request that took it by update: only that request may release it. */
  request?: string;
}

/** A council round's or an award decision's request for a nomination. */
export type GroupJoin = AddedToRound | IncludedInDecision;

/** What a group asks before it takes a nomination: where it is, and whose it is. */
export interface Membership {
  stage: Stage;
  roundId?: string;
  decisionId?: string;
  /** The request that took it (see AddedToRound.request). */
  joinedBy?: string;
}

/** Why a group may not take (or release) a nomination: a stable code and the text shown. */
export type JoinRefusal = Refusal;

/** Whether the group's request holds the nomination now: took it, not yet voted or ruled on. */
export function isHeldBy(membership: Membership, group: GroupJoin): boolean {
  const held =
    'roundId' in group
      ? membership.stage === 'council_vote' && membership.roundId === group.roundId
      : membership.stage === 'minister_decision' && membership.decisionId === group.decisionId;
  return held && membership.joinedBy === group.request;
}

/** Only the group holding the nomination may release it; another group's hold is refused. */
export function refuseRelease(
  nominationId: string,
  membership: Membership,
  group: GroupJoin,
): JoinRefusal | undefined {
  const other = 'roundId' in group ? membership.roundId : membership.decisionId;
  const heldStage = 'roundId' in group ? 'council_vote' : 'minister_decision';
  const own = other === ('roundId' in group ? group.roundId : group.decisionId);
  if (membership.stage !== heldStage || other === undefined || own) {
    return undefined;
  }
  return nominationRefusal('notHeldByGroup', { nominationId, holder: other });
}

/**
 * Whether the group may take the nomination: it waits at the group's stage, or it is that
 * group's already (a retried request is answered the same). One rule for the validator and
 * for the group's check of every nomination before it takes any.
 */
export function refuseJoin(
  nominationId: string,
  membership: Membership,
  join: GroupJoin,
): JoinRefusal | undefined {
  const { stage } = membership;
  if ('roundId' in join) {
    if (stage === 'council_review' || membership.roundId === join.roundId) return undefined;
    return nominationRefusal('notInCouncilReview', { nominationId, stage });
  }
  if (stage === 'awaiting_decision' || membership.decisionId === join.decisionId) return undefined;
  return nominationRefusal('notAwaitingDecision', { nominationId, stage });
}
