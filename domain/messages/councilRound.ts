import type { LocalizedText } from '../ruleSets/text';
import { refusalsOf, type CatalogueEntry } from './refusal';

/**
 * What the council-round workflow says to people (Vietnamese first, then English). The
 * workflow emits a key and its parameters; the text is rendered here, outside workflow code.
 */

const text = (vi: string, en: string) => (): LocalizedText => ({ vi, en });
const wrongStatus = (vi: string, en: string): CatalogueEntry<void> => ({
  code: 'WRONG_STATUS',
  text: text(vi, en),
});

const ROUND_REFUSALS = {
  chairOnly: {
    code: 'ROLE_NOT_ALLOWED',
    text: text(
      'Chỉ Chủ tịch Hội đồng của phiên họp được thực hiện thao tác này.',
      "Only the round's council chair may do this.",
    ),
  },
  secretariatOnly: {
    code: 'ROLE_NOT_ALLOWED',
    text: text(
      'Chỉ Thường trực Hội đồng được thực hiện thao tác này.',
      'Only the council secretariat may do this.',
    ),
  },
  roundClosing: {
    code: 'ROUND_CLOSING',
    text: text('Phiên họp đang kết thúc.', 'The round is closing.'),
  },
  addOnlyBeforeBallot: wrongStatus(
    'Chỉ thêm hồ sơ trước khi mở phiếu.',
    'Nominations can be added only before the ballot opens.',
  ),
  attendanceOnlyBeforeBallot: wrongStatus(
    'Chỉ ghi nhận thành phần dự họp trước khi mở phiếu.',
    'Attendance can be recorded only before the ballot opens.',
  ),
  recusalOnlyBeforeBallot: wrongStatus(
    'Chỉ xin không tham gia biểu quyết trước khi mở phiếu.',
    'Recusal is possible only before the ballot opens.',
  ),
  ballotAlreadyOpen: wrongStatus('Phiếu đã được mở.', 'The ballot is already open.'),
  ballotNotOpen: wrongStatus('Phiếu chưa mở hoặc đã đóng.', 'The ballot is not open.'),
  closeOnlyWhileVoting: wrongStatus(
    'Chỉ kết thúc phiên họp khi phiếu đang mở.',
    'The round can be closed only while the ballot is open.',
  ),
  noTieWaiting: wrongStatus(
    'Không có trường hợp đồng hạng nào chờ Chủ tịch quyết định.',
    'No tie is waiting for the chair.',
  ),
  alreadyOnAgenda: {
    code: 'ALREADY_ON_AGENDA',
    text: ({ nominationId }: { nominationId: string }) => ({
      vi: `Hồ sơ ${nominationId} đã có trong phiên họp.`,
      en: `Nomination ${nominationId} is already on the agenda.`,
    }),
  },
  nothingToAdd: {
    code: 'NOTHING_TO_ADD',
    field: 'nominations',
    text: text('Chưa chọn hồ sơ nào.', 'No nomination given.'),
  },
  duplicateNomination: {
    code: 'DUPLICATE_NOMINATION',
    field: 'nominations',
    text: ({ nominationId }: { nominationId: string }) => ({
      vi: `Hồ sơ ${nominationId} được chọn hai lần.`,
      en: `Nomination ${nominationId} is listed twice.`,
    }),
  },
  notAMemberOfRound: {
    code: 'NOT_A_MEMBER',
    text: ({ memberId }: { memberId: string }) => ({
      vi: `${memberId} không phải thành viên Hội đồng của phiên họp.`,
      en: `${memberId} is not a member of this round's council.`,
    }),
  },
  duplicateMember: {
    code: 'DUPLICATE_MEMBER',
    field: 'present',
    text: text('Một thành viên được ghi hai lần.', 'A member is listed twice.'),
  },
  onlyMembersRecuse: {
    code: 'NOT_A_MEMBER',
    text: text(
      'Chỉ thành viên Hội đồng của phiên họp mới có thể xin không tham gia biểu quyết.',
      "Only a member of this round's council can recuse.",
    ),
  },
  notOnAgenda: {
    code: 'NOT_ON_AGENDA',
    field: 'nominationId',
    text: ({ nominationId }: { nominationId: string }) => ({
      vi: `Hồ sơ ${nominationId} không có trong phiên họp.`,
      en: `Nomination ${nominationId} is not on the agenda.`,
    }),
  },
  recusalNotSameUnit: {
    code: 'RECUSAL_NOT_SAME_UNIT',
    field: 'nominationId',
    text: text(
      'Chỉ thành viên cùng đơn vị với người được đề nghị mới không tham gia biểu quyết hồ sơ này.',
      "Only a member from the nominee's unit may recuse from this nominee.",
    ),
  },
  ldttCountMissing: {
    code: 'LDTT_COUNT_MISSING',
    text: ({ missing }: { missing: string }) => ({
      vi: `Chưa có số Lao động tiên tiến để tính tỷ lệ Chiến sĩ thi đua cơ sở: ${missing}. Thường trực cần khai báo khi thêm hồ sơ.`,
      en: `The Advanced Worker count for the grassroots fighter quota is missing: ${missing}. The secretariat must declare it when adding nominations.`,
    }),
  },
  emptyAgenda: {
    code: 'EMPTY_AGENDA',
    text: text('Phiên họp chưa có hồ sơ nào.', 'The round has no nominations.'),
  },
  attendanceNotRecorded: {
    code: 'ATTENDANCE_NOT_RECORDED',
    text: text(
      'Cần ghi nhận thành phần dự họp trước khi mở phiếu.',
      'Record attendance before opening the ballot.',
    ),
  },
  alreadyVotedOpen: {
    code: 'ALREADY_VOTED',
    text: text(
      'Thành viên này đã biểu quyết công khai.',
      'This member has already cast the open vote.',
    ),
  },
  voteAlreadyRecorded: {
    code: 'ALREADY_VOTED',
    text: text('Phiếu đã được ghi nhận.', 'The vote was already recorded.'),
  },
  onlyMembersVote: {
    code: 'NOT_A_MEMBER',
    text: text('Chỉ thành viên Hội đồng mới được biểu quyết.', 'Only council members vote.'),
  },
  absentVotesInWriting: {
    code: 'NOT_PRESENT',
    text: text(
      'Thành viên vắng mặt gửi phiếu bằng văn bản qua Thường trực Hội đồng.',
      'An absent member votes in writing through the secretariat.',
    ),
  },
  presentVotesInMeeting: {
    code: 'MEMBER_PRESENT',
    field: 'memberId',
    text: text(
      'Thành viên có mặt biểu quyết trực tiếp, không bằng văn bản.',
      'A member who is present votes in the meeting, not in writing.',
    ),
  },
  alreadyClosing: {
    code: 'ALREADY_CLOSING',
    text: text('Phiên họp đang được kết thúc.', 'The round is already closing.'),
  },
  tieAlreadyDecided: {
    code: 'ALREADY_DECIDED',
    text: text('Đã quyết định.', 'Already decided.'),
  },
} satisfies Record<string, CatalogueEntry<never>>;

/** The refusals that answer an action at the wrong status of the round. */
export type WrongStatusKey =
  | 'addOnlyBeforeBallot'
  | 'attendanceOnlyBeforeBallot'
  | 'recusalOnlyBeforeBallot'
  | 'ballotAlreadyOpen'
  | 'ballotNotOpen'
  | 'closeOnlyWhileVoting'
  | 'noTieWaiting';

export const roundRefusal = refusalsOf(ROUND_REFUSALS);

/** Names of the system when it acts in a person's place. */
export const SYSTEM_ACTOR_NAMES = {
  roundDeadline: 'Hệ thống (hết thời hạn phiên họp)',
} as const;

/** The texts of a round's results and minutes. */
export const ROUND_TEXTS = {
  closedBeforeBallot: text(
    'Phiên họp kết thúc (hết thời hạn) khi chưa mở phiếu: hồ sơ chờ phiên họp khác.',
    'The round ended (deadline) before the ballot opened: the nomination waits for another round.',
  ),
  notCounted: (why: LocalizedText): LocalizedText => ({
    vi: `Không kiểm được phiếu: ${why.vi}. Hồ sơ chờ phiên họp khác.`,
    en: `The ballot could not be counted: ${why.en}. The nomination waits for another round.`,
  }),
  chairChoice: (chosen: boolean): { code: string; message: LocalizedText } =>
    chosen
      ? {
          code: 'QUOTA_CHOSEN_BY_CHAIR',
          message: {
            vi: 'Chủ tịch Hội đồng chọn trong nhóm đồng hạng.',
            en: 'Chosen by the chair among the tied nominees.',
          },
        }
      : {
          code: 'QUOTA_NOT_CHOSEN_BY_CHAIR',
          message: {
            vi: 'Chủ tịch Hội đồng không chọn trong nhóm đồng hạng.',
            en: 'Not chosen by the chair among the tied nominees.',
          },
        },
  summary: (n: {
    total: number;
    passed: number;
    notPassed: number;
    cutByQuota: number;
    noQuorum: number;
  }): LocalizedText => ({
    vi: `${n.total} hồ sơ: ${n.passed} đạt, ${n.notPassed} không đạt, ${n.cutByQuota} ngoài chỉ tiêu, ${n.noQuorum} chưa đủ điều kiện biểu quyết.`,
    en: `${n.total} nominations: ${n.passed} passed, ${n.notPassed} not passed, ${n.cutByQuota} cut by quota, ${n.noQuorum} without quorum.`,
  }),
};

/** Sentences for the minutes: each ends with a full stop unless it already has its own. */
export function joinSentences(...texts: LocalizedText[]): LocalizedText {
  const sentences = (parts: string[]): string =>
    parts.map((t) => (/[.!?]$/.test(t) ? t : `${t}.`)).join(' ');
  return { vi: sentences(texts.map((t) => t.vi)), en: sentences(texts.map((t) => t.en)) };
}
