import type { DocumentType } from '../../../../domain/agency/agencyIdentity';
import type { PostingDayRule } from '../../../../domain/calendar/publicCommentPeriod';
import type { ReviewOccasion } from '../../../../domain/eligibility/context';
import type { Reason, Verdict } from '../../../../domain/eligibility/reason';
import type { UpwardDecider } from '../../../../domain/process/externalDecision';
import type { Text } from '../../shell/i18n';

export interface Nominee {
  kind: 'individual' | 'collective';
  name: string;
  position?: string;
  personId?: string;
  collectiveId?: string;
}

export interface DossierDocument {
  code: string;
  title: string;
  reference?: string;
}

/** The content a unit edits (`POST /api/nominations`, `PATCH /api/nominations/:id`). */
interface NominationContent {
  nominee: Nominee;
  awardCode: string;
  kind: string;
  year: number;
  /** The review the proposal comes from (`annual`, `emulation_congress`, `ad_hoc`). */
  reviewOccasion?: ReviewOccasion | null;
  achievements: string;
  documents: DossierDocument[];
}

interface ReturnReason {
  code: string;
  message: { vi: string; en?: string };
  item?: string;
}

export interface HistoryEntry {
  seq: number;
  at: string;
  action: string;
  stage: string;
  actor: { userId: string; name: string; role: string };
  reason?: string;
  reasons?: ReturnReason[];
  detail?: Text;
}

export interface Alert {
  key: string;
  kind: string;
  toRole: string;
  stage: string;
  /** Sent past the deadline; the desk may remind or escalate early. */
  overdue?: boolean;
  at: string;
}

/** `GET /api/nominations/:id`: the dossier, where it is, and every step so far. */
export interface Nomination extends NominationContent {
  _id: string;
  unitId: string;
  dossierId?: string;
  dossierVersion: number;
  stage: string;
  /** Its human number once submitted, e.g. `VCSDT-2025-0012/2`. */
  number?: string;
  holderRole?: string;
  dueAt?: string;
  dueOn?: string;
  /** In public comment: how `dueOn` was counted (whether the posting day is day one). */
  publicCommentPostingDay?: PostingDayRule;
  overdue: boolean;
  receivedOn?: string;
  roundId?: string;
  decisionId?: string;
  lastSeq: number;
  history: HistoryEntry[];
  alerts: Alert[];
  checks?: {
    verdict: Verdict;
    reasons: Reason[];
    ruleSetId?: string;
    /** The configuration revision the check used (null: the shipped values). */
    configRevision?: string | null;
    ranAt?: string;
  };
  /** What the minister signed: the decision, or the submission proposing the award upward. */
  decision?: {
    number?: string;
    documentType?: DocumentType;
    signedAt?: string;
    signedBy?: { name: string };
  };
  /** The Prime Minister's or the President's decision on that submission. */
  externalDecision?: {
    outcome: 'granted' | 'refused';
    number: string;
    decidedOn: string;
    issuer: UpwardDecider;
  };
  createdAt: string;
}
