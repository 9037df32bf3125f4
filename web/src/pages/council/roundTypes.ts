import type { Text } from '../../shell/i18n';

export type Choice = 'approve' | 'reject' | 'abstain';

interface AgendaItem {
  nominationId: string;
  unitId: string;
  awardCode: string;
  year: number;
  nomineeName: string;
  rule: { ballot: 'open' | 'secret' };
}

interface ItemResult {
  nominationId: string;
  ballot: 'open' | 'secret';
  counts: Record<Choice, number>;
  tally: { attending: number; eligible: number; approvals: number; percent: number } | null;
  outcome: 'passed' | 'not_passed' | 'cut_by_quota' | 'no_quorum';
  explanation: Text;
}

/** `GET /api/council-rounds/:id`: the round, and for a member whether their ballot is in. */
export interface Round {
  _id: string;
  title: string;
  members: string[];
  chairId: string;
  scheduledOn: string;
  deadline: string;
  status: 'preparing' | 'voting' | 'awaiting_tie_break' | 'closed';
  agenda: AgendaItem[];
  present: string[];
  attendanceRecorded: boolean;
  recusals: Array<{ memberId: string; nominationId: string; reason?: string }>;
  results: ItemResult[];
  me?: { member: boolean; present: boolean; secretBallotCast: boolean; openVoteCast: boolean };
}

export interface Minutes {
  title: string;
  scheduledOn: string;
  closedAt: string;
  members: Array<{ userId: string; name: string; attendance: string }>;
  summary?: Text;
}

export const ROUND_STATUS: Record<Round['status'], Text> = {
  preparing: { vi: 'Đang chuẩn bị', en: 'Preparing' },
  voting: { vi: 'Đang bỏ phiếu', en: 'Voting' },
  awaiting_tie_break: { vi: 'Chờ Chủ tịch quyết định', en: 'Awaiting the chair' },
  closed: { vi: 'Đã kết thúc', en: 'Closed' },
};
