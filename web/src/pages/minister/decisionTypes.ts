import type { Text } from '../../shell/i18n';

export type DecisionStatus =
  | 'draft'
  | 'signed'
  | 'rejected'
  | 'returned_to_council'
  | 'returned_to_secretariat';

/** One nominee's tally in the round that voted on them. */
export interface CouncilTally {
  nominationId: string;
  roundId: string;
  roundTitle: string;
  ballot: 'open' | 'secret';
  counts: { approve: number; reject: number; abstain: number };
  /** Approvals over the rule's denominator, one decimal; null without quorum. */
  percent: number | null;
  passed: boolean;
  outcome: 'passed' | 'not_passed' | 'cut_by_quota' | 'no_quorum';
  explanation: Text;
}

/** `GET /api/decisions/:id`: a drafted or ruled award decision and its annex. */
export interface Decision {
  _id: string;
  status: DecisionStatus;
  awardCode: string;
  kind: string;
  year: number;
  forwardedUpward: boolean;
  annex: Array<{
    nominationId: string;
    nomineeName: string;
    position?: string;
    unitId: string;
    unitName?: string;
  }>;
  struck: Array<{ nominationId: string; reason: string }>;
  /** The council's vote per nominee, for those voted on in a closed round. */
  councilResults: CouncilTally[];
  draftedBy: { name: string };
  draftedAt: string;
  number?: string;
  signedOn?: string;
  signer?: { name: string };
}

export const DECISION_STATUS: Record<DecisionStatus, Text> = {
  draft: { vi: 'Chờ ký', en: 'Awaiting signature' },
  signed: { vi: 'Đã ký', en: 'Signed' },
  rejected: { vi: 'Không ký', en: 'Refused' },
  returned_to_council: { vi: 'Trả về Hội đồng', en: 'Returned to the council' },
  returned_to_secretariat: { vi: 'Trả về Thường trực', en: 'Returned to the secretariat' },
};
