import type { Actor } from '../process/roles';
import type { LocalizedText } from '../ruleSets/text';
import type { Recusal } from './ballotRules';
import type { CouncilRule } from './councilRule';
import type { BallotCounts } from './tallyBallot';

/**
 * The council round's record (phiên họp / đợt xét): its state as the workflow holds it and
 * the read model keeps it, and the agenda, quota and result shapes its activities compute.
 * Pure data, shared by the round's workflow, its activities and the API.
 */

/** What the round tells a nomination, as its council result's outcome. */
type CouncilOutcome = 'passed' | 'not_passed' | 'cut_by_quota' | 'no_quorum';

type RoundStatus = 'preparing' | 'voting' | 'awaiting_tie_break' | 'closed';

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
  outcome: CouncilOutcome;
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

/** Every human action on a round names who takes it. */
export interface HumanAction {
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
