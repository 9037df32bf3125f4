import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { BallotCounts, Choice, CouncilRule, Recusal, VoteChoice } from '../../domain/council';
import type { Refusal } from '../../domain/messages/refusal';
import { SYSTEM_ACTOR_NAMES } from '../../domain/messages/councilRound';
import type { Actor } from '../../domain/process/roles';
import type { LocalizedText } from '../../domain/ruleSets/text';
import type { CouncilResult } from '../nomination/messages';

/**
 * The council round's contract (phiên họp / đợt xét): its input, the human actions it
 * accepts (updates, each checked by a validator) and its status query. Shared by the API.
 *
 * Secret ballots never pass through here: the API writes them straight into the round's
 * ballot box (one atomic MongoDB update), and the workflow only ever sees the sealed
 * box's totals and the list of who voted. Open ballots are by name, so they are updates.
 */

export type { Choice, Recusal, VoteChoice };
export const CHOICES: readonly Choice[] = ['approve', 'reject', 'abstain'];

/** Who may recuse from a nominee: only members of the nominee's unit, or any member. */
export type RecusalPolicy = 'same_unit' | 'any_member';

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

export type RoundStatus = 'preparing' | 'voting' | 'awaiting_tie_break' | 'closed';

/** One nomination on the round's agenda, with the council rule that judges it. */
export interface AgendaItem {
  nominationId: string;
  unitId: string;
  /** The unit's emulation bloc (one flag per bloc). */
  blocId?: string;
  awardCode: string;
  year: number;
  nomineeName: string;
  nomineeKind: 'individual' | 'collective';
  /** For the women-first tie-break; from the read model or stated by the secretariat. */
  gender?: 'female' | 'male';
  /** Evaluation points (Decree 335/2025), the second CSTĐCS ranking key. */
  evaluationScore?: number;
  ruleSetId: string;
  rule: CouncilRule;
  /** Was the nomination's workflow told (addedToRound)? 'missing': it does not exist. */
  addedSignal: 'delivered' | 'workflow_missing';
}

/** The CSTĐCS quota's denominator per unit and year, and where it came from. */
export interface LdttCount {
  unitId: string;
  year: number;
  count: number;
  source: 'declared_by_secretariat' | 'approved_ldtt_nominations';
}

export interface QuotaNote {
  kind: 'cstdcs_share_of_ldtt' | 'one_per_bloc';
  /** Unit (CSTĐCS) or bloc (flag) the quota is counted in. */
  scope: string;
  rank: number | null;
  outcome:
    | 'kept'
    | 'cut'
    | 'tied_at_cutoff'
    | 'excluded'
    | 'chosen_by_chair'
    | 'not_chosen_by_chair';
  reasons: Array<{ code: string; message: LocalizedText; citation?: string }>;
}

export interface ItemResult {
  nominationId: string;
  ballot: 'open' | 'secret';
  counts: BallotCounts;
  /** Quorum and share, as `tallyBallot` computed them. */
  tally: {
    quorumMet: boolean;
    attending: number;
    eligible: number;
    denominator: number;
    denominatorKind: string;
    approvals: number;
    percent: number;
    passedVote: boolean;
  } | null;
  quota?: QuotaNote;
  outcome: CouncilResult['outcome'];
  explanation: LocalizedText;
  /** Was the nomination's workflow told (councilResult)? */
  resultSignal?: 'delivered' | 'workflow_missing';
}

/** The round claims its quota places in the ledger, at its close (workflow time). */
export interface QuotaLedgerClaim {
  roundId: string;
  at: string;
}

/** A nominee kept within a quota: it holds one of the places its round claimed. */
export interface KeptPlace {
  nominationId: string;
  kind: QuotaNote['kind'];
  scope: string;
  rank: number | null;
}

/** A tie at the quota's last place that the chair must settle. */
export interface PendingTie {
  scope: string;
  kind: QuotaNote['kind'];
  tied: string[];
  places: number;
}

export interface RoundState {
  roundId: string;
  status: RoundStatus;
  agenda: AgendaItem[];
  present: string[];
  attendanceRecorded: boolean;
  recusals: Recusal[];
  /** Members who voted by open ballot (in the meeting or in writing). */
  openVoters: string[];
  openWrittenVoters: string[];
  ldttCounts: LdttCount[];
  pendingTies: PendingTie[];
  results: ItemResult[];
  minutesId?: string;
  closedBy?: Actor;
  /** Sequence of read-model writes; a write with a seen version is a no-op. */
  version: number;
}

interface HumanAction {
  actor: Actor;
}

export interface AddNominationsAction extends HumanAction {
  nominations: Array<{
    nominationId: string;
    gender?: 'female' | 'male';
    evaluationScore?: number;
  }>;
  /** LĐTT holders per unit and year, when the read model does not hold them. */
  ldttHolders?: Array<{ unitId: string; year: number; count: number }>;
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

/** A refusal's details, in every ApplicationFailure a validator throws. */
export type RoundRefusal = Refusal;

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

export function ballotBoxId(roundId: string): string {
  return roundId;
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
