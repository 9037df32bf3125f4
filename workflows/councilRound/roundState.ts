import type { RoundState } from '../../domain/council/round';
import type { Refusal } from '../../domain/messages/refusal';
import { roundRefusal, type WrongStatusKey } from '../../domain/messages/councilRound';
import type { Actor } from '../../domain/process/roles';
import { refusalFailure } from '../refusal';
import { roundActivities } from './activities';
import type { CouncilRoundStart, VoteChoice } from './messages';

export interface OpenPaper {
  memberId: string;
  written: boolean;
  choices: VoteChoice[];
}

/** A council round in the making: what queries show (`state`) and what only the workflow holds. */
export interface Round {
  readonly start: CouncilRoundStart;
  readonly state: RoundState;
  readonly openPapers: OpenPaper[];
  readonly declaredLdtt: Array<{ unitId: string; year: number; count: number }>;
  /** addNominations handlers in flight; opening and closing wait for them. */
  adding: number;
  opening: boolean;
  /** Set when the round starts closing: no human action is accepted after it. */
  closing: boolean;
  closeRequest?: Actor;
  /** Opens the secret papers at sealing; kept out of `state`, which queries and records show. */
  ballotKey?: string;
  tieChoice?: string[];
  recordedVersion: number;
}

export function newRound(start: CouncilRoundStart): Round {
  return {
    start,
    state: {
      roundId: start.roundId,
      status: 'preparing',
      agenda: [],
      present: [],
      attendanceRecorded: false,
      recusals: [],
      openVoters: [],
      openWrittenVoters: [],
      ldttCounts: [],
      pendingTies: [],
      results: [],
      version: 0,
    },
    openPapers: [],
    declaredLdtt: [],
    adding: 0,
    opening: false,
    closing: false,
    recordedVersion: 0,
  };
}

export function snapshot(round: Round): RoundState {
  return JSON.parse(JSON.stringify(round.state)) as RoundState;
}

/** Writes the state to the read model; replies are sent only after their write. */
export async function record(round: Round): Promise<RoundState> {
  round.state.version += 1;
  const written = snapshot(round);
  await roundActivities.recordCouncilRound(written);
  round.recordedVersion = Math.max(round.recordedVersion, written.version);
  return written;
}

export function recorded(round: Round): boolean {
  return round.recordedVersion === round.state.version;
}

/** Refuses a human action: the refusal travels in the failure's details to the API. */
export function refuse(refusal: Refusal): never {
  throw refusalFailure(refusal);
}

export function isMember(round: Round, userId: string): boolean {
  return round.start.members.includes(userId);
}

export function requireChair(round: Round, actor: Actor): void {
  if (actor.role !== 'council_chair' || actor.userId !== round.start.chairId) {
    refuse(roundRefusal('chairOnly'));
  }
}

export function requireSecretariat(actor: Actor): void {
  if (actor.role !== 'secretariat') refuse(roundRefusal('secretariatOnly'));
}

export function requireStatus(
  round: Round,
  wanted: RoundState['status'],
  otherwise: WrongStatusKey,
): void {
  if (round.closing && wanted !== 'awaiting_tie_break') refuse(roundRefusal('roundClosing'));
  if (round.state.status !== wanted) refuse(roundRefusal(otherwise));
}
