import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { Choice, Recusal, VoteChoice } from '../../domain/council';
import type { AddNominationsAction, HumanAction, RoundState } from '../../domain/council/round';
import { SYSTEM_ACTOR_NAMES } from '../../domain/messages/councilRound';
import type { Actor } from '../../domain/process/roles';

/**
 * The council round's contract (phiên họp / đợt xét): its input, the human actions it
 * accepts (updates, each checked by a validator) and its status query. Shared by the API.
 *
 * Secret ballots never pass through here: the API writes them straight into the round's
 * ballot box (one atomic MongoDB update), and the workflow only ever sees the sealed
 * box's totals and the list of who voted. Open ballots are by name, so they are updates.
 */

export type { Choice, Recusal, VoteChoice };
/** The round's record, as the API reads it from the contract. */
export type { AgendaItem, ItemResult, PendingTie, RoundState } from '../../domain/council/round';

/** Who may recuse from a nominee: only members of the nominee's unit, or any member. */
type RecusalPolicy = 'same_unit' | 'any_member';

export interface CouncilRoundStart {
  roundId: string;
  title: string;
  /** Council members' user IDs, the chair included. */
  members: string[];
  chairId: string;
  scheduledOn: string; // YYYY-MM-DD
  /** ISO instant: the round closes itself then if the chair has not. */
  deadline: string;
  recusalPolicy: RecusalPolicy;
  createdBy: Actor;
}

export interface AttendanceAction extends HumanAction {
  present: string[];
}

export interface RecuseAction extends HumanAction {
  nominationId: string;
  reason?: string;
}

export type OpenBallotAction = HumanAction;

/** A present member's open (named) vote on the open-ballot items. */
export interface OpenVoteAction extends HumanAction {
  choices: VoteChoice[];
}

/** The secretariat records an absent member's written vote on open-ballot items. */
export interface WrittenOpenVoteAction extends HumanAction {
  memberId: string;
  choices: VoteChoice[];
}

export type CloseRoundAction = HumanAction;

export interface ResolveTieAction extends HumanAction {
  /** Nominations the chair keeps among the tied ones (exactly the free places). */
  keep: string[];
}

export const addNominationsUpdate = defineUpdate<RoundState, [AddNominationsAction]>(
  'addNominations',
);
export const recordAttendanceUpdate = defineUpdate<RoundState, [AttendanceAction]>(
  'recordAttendance',
);
export const recuseUpdate = defineUpdate<RoundState, [RecuseAction]>('recuse');
export const openBallotUpdate = defineUpdate<RoundState, [OpenBallotAction]>('openBallot');
export const castOpenVoteUpdate = defineUpdate<RoundState, [OpenVoteAction]>('castOpenVote');
export const recordWrittenVoteUpdate = defineUpdate<RoundState, [WrittenOpenVoteAction]>(
  'recordWrittenVote',
);
export const closeRoundUpdate = defineUpdate<RoundState, [CloseRoundAction]>('closeRound');
export const resolveTieUpdate = defineUpdate<RoundState, [ResolveTieAction]>('resolveTie');
export const roundStateQuery = defineQuery<RoundState>('roundState');

export function councilRoundWorkflowId(roundId: string): string {
  return `council-round-${roundId}`;
}

export function minutesIdOf(roundId: string): string {
  return `minutes-${roundId}`;
}

/** Who closes a round when its deadline passes. */
export const DEADLINE_ACTOR: Actor = {
  userId: 'system',
  name: SYSTEM_ACTOR_NAMES.roundDeadline,
  role: 'system',
};
