import { defineQuery, defineUpdate } from '@temporalio/workflow';
import { STAGE_LABELS, type Stage } from '../../domain/process/stages';
import type { LocalizedText } from '../../domain/ruleSets/text';
import type { AddedToRound, IncludedInDecision, NominationStatus } from './messages';

/**
 * How a nomination is taken: by its submission (update-with-start from the API) and by a
 * council round or an award decision (an update sent from the group's activity, since a
 * workflow cannot send one). The nomination's own state decides, never its read model.
 */

/** Answered once the workflow has recorded the submission (step 1). */
export const submissionUpdate = defineUpdate<NominationStatus, []>('submission');
/** A council round takes the nomination onto its agenda: it must be at council review. */
export const addToRoundUpdate = defineUpdate<NominationStatus, [AddedToRound]>('addToRound');
/** An award decision lists the nomination in its draft: it must await a decision. */
export const includeInDecisionUpdate = defineUpdate<NominationStatus, [IncludedInDecision]>(
  'includeInDecision',
);
/**
 * The group that took the nomination lets it go again: its batch was refused because another
 * nomination of it moved on meanwhile. Back to the stage it was taken from; a repeat, or a
 * nomination the group does not hold, is answered with its status and nothing changes.
 */
export const releaseUpdate = defineUpdate<NominationStatus, [GroupJoin]>('release');

/** What a group asks before it takes a nomination: where it is, and whose it is. */
export interface Membership {
  stage: Stage;
  roundId?: string;
  decisionId?: string;
  /** The request that took it (see AddedToRound.request). */
  joinedBy?: string;
}
export const membershipQuery = defineQuery<Membership>('membership');

export type GroupJoin = AddedToRound | IncludedInDecision;

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
  return {
    code: 'NOT_HELD_BY_GROUP',
    message: {
      vi: `Hồ sơ ${nominationId} đang thuộc ${other}; chỉ nơi đã nhận hồ sơ mới trả lại được.`,
      en: `Nomination ${nominationId} is held by ${other}; only the group that took it may release it.`,
    },
  };
}

export interface JoinRefusal {
  code: string;
  message: LocalizedText;
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
  const shown = STAGE_LABELS[stage] ?? { vi: stage, en: stage };
  if ('roundId' in join) {
    if (stage === 'council_review' || membership.roundId === join.roundId) return undefined;
    return {
      code: 'NOT_IN_COUNCIL_REVIEW',
      message: {
        vi: `Hồ sơ ${nominationId} không ở bước Hội đồng xét (đang ở "${shown.vi}").`,
        en: `Nomination ${nominationId} is not at council review (it is at "${shown.en}").`,
      },
    };
  }
  if (stage === 'awaiting_decision' || membership.decisionId === join.decisionId) return undefined;
  return {
    code: 'NOMINATION_NOT_AWAITING_DECISION',
    message: {
      vi: `Hồ sơ ${nominationId} không ở bước chờ dự thảo quyết định (đang ở "${shown.vi}").`,
      en: `Nomination ${nominationId} is not awaiting a decision (it is at "${shown.en}").`,
    },
  };
}
