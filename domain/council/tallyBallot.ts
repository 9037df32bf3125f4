import type { LocalizedText } from '../ruleSets/text';
import type { CouncilRule, VoteDenominator } from './councilRule';
import {
  formatShare,
  meetsShare,
  percentForDisplay,
  percentText,
  type Comparison,
  type Fraction,
} from './threshold';

/** Counted choices for one nominee — totals only, never who chose what (secret ballot). */
export interface BallotCounts {
  approve: number;
  reject: number;
  abstain: number;
}

export interface TallyInput {
  rule: CouncilRule;
  /** Every council member's id. */
  members: readonly string[];
  /** Members attending the meeting. */
  present: readonly string[];
  /** Members who recused themselves for this nominee (e.g. from the nominee's unit). */
  recused: readonly string[];
  /** Absent members whose written vote was received (ids only; their choices are in `counts`). */
  writtenVoters: readonly string[];
  /** All valid ballots counted for this nominee, written votes included. */
  counts: BallotCounts;
}

type TallyErrorCode =
  | 'UNKNOWN_MEMBER'
  | 'DUPLICATE_MEMBER'
  | 'WRITTEN_VOTER_PRESENT'
  | 'WRITTEN_VOTES_NOT_ALLOWED'
  | 'INVALID_COUNTS'
  | 'COUNTS_EXCEED_VOTERS';

interface TallySuccess {
  ok: true;
  quorum: {
    met: boolean;
    /** Members attending and not recused. */
    attending: number;
    /** Members eligible to vote on this nominee (all members less recused ones). */
    eligible: number;
    share: Fraction;
    comparison: Comparison;
  };
  denominatorKind: VoteDenominator;
  denominator: number;
  approvals: number;
  /** approvals / denominator, exact (the denominator may be 0, which never passes). */
  ratio: { numerator: number; denominator: number };
  /** For display only; `passed` is decided on the exact fraction. */
  percent: number;
  threshold: { share: Fraction; comparison: Comparison };
  passed: boolean;
  explanation: LocalizedText;
}

interface TallyFailure {
  ok: false;
  error: TallyErrorCode;
  message: LocalizedText;
}

type TallyResult = TallySuccess | TallyFailure;

const DENOMINATOR_TEXT: Record<VoteDenominator, LocalizedText> = {
  all_members: { vi: 'tổng số thành viên Hội đồng', en: 'all council members' },
  members_present: { vi: 'số thành viên có mặt', en: 'members present' },
  ballots_cast: { vi: 'số phiếu hợp lệ', en: 'valid ballots cast' },
};

function fail(error: TallyErrorCode, vi: string, en: string): TallyFailure {
  return { ok: false, error, message: { vi, en } };
}

function hasDuplicates(ids: readonly string[]): boolean {
  return new Set(ids).size !== ids.length;
}

function isCount(n: number): boolean {
  return Number.isInteger(n) && n >= 0;
}

/**
 * Tally one nominee's vote under a council rule: quorum, the denominator the rule names,
 * the exact ratio and whether it passes with the rule's comparison ("trên" vs "từ … trở lên").
 */
export function tallyBallot(input: TallyInput): TallyResult {
  const { rule, members, present, recused, writtenVoters, counts } = input;
  const memberSet = new Set(members);

  if ([members, present, recused, writtenVoters].some(hasDuplicates)) {
    return fail('DUPLICATE_MEMBER', 'Danh sách thành viên bị trùng', 'A member is listed twice');
  }
  const strangers = [...present, ...recused, ...writtenVoters].filter((id) => !memberSet.has(id));
  if (strangers.length > 0) {
    return fail(
      'UNKNOWN_MEMBER',
      `Không phải thành viên Hội đồng: ${strangers.join(', ')}`,
      `Not council members: ${strangers.join(', ')}`,
    );
  }
  const presentSet = new Set(present);
  const recusedSet = new Set(recused);
  if (writtenVoters.some((id) => presentSet.has(id))) {
    return fail(
      'WRITTEN_VOTER_PRESENT',
      'Thành viên có mặt không bỏ phiếu bằng văn bản',
      'A member who is present cannot also vote in writing',
    );
  }
  const admittedWritten = writtenVoters.filter((id) => !recusedSet.has(id));
  if (!rule.absenteeWrittenVotesAllowed && admittedWritten.length > 0) {
    return fail(
      'WRITTEN_VOTES_NOT_ALLOWED',
      'Quy tắc biểu quyết này không chấp nhận phiếu bằng văn bản của thành viên vắng mặt',
      'This council rule does not admit written votes from absent members',
    );
  }
  if (![counts.approve, counts.reject, counts.abstain].every(isCount)) {
    return fail(
      'INVALID_COUNTS',
      'Số phiếu không hợp lệ',
      'Vote counts must be non-negative integers',
    );
  }

  const attending = present.filter((id) => !recusedSet.has(id)).length;
  const eligible = members.length - (rule.recusalReducesDenominator ? recused.length : 0);
  const voters = attending + admittedWritten.length;
  const cast = counts.approve + counts.reject + counts.abstain;
  if (cast > voters) {
    return fail(
      'COUNTS_EXCEED_VOTERS',
      `Số phiếu (${cast}) vượt số thành viên được biểu quyết (${voters})`,
      `Ballots counted (${cast}) exceed the members entitled to vote (${voters})`,
    );
  }

  const quorumMet = meetsShare(attending, eligible, rule.quorum.share, rule.quorum.comparison);
  const denominator =
    rule.threshold.denominator === 'all_members'
      ? eligible
      : rule.threshold.denominator === 'members_present'
        ? attending
        : cast;
  const { share, comparison } = rule.threshold;
  const passed = quorumMet && meetsShare(counts.approve, denominator, share, comparison);
  const percent = percentForDisplay(counts.approve, denominator);
  const shown = percentText(counts.approve, denominator);
  const required = `${comparison === 'strictly_above' ? 'trên' : 'từ'} ${formatShare(share)}${comparison === 'at_or_above' ? ' trở lên' : ''}`;
  const requiredEn = `${comparison === 'strictly_above' ? 'strictly above' : 'at or above'} ${formatShare(share)}`;
  const recusedNote =
    recused.length > 0
      ? {
          vi: ` (${recused.length} thành viên không tham gia biểu quyết)`,
          en: ` (${recused.length} member(s) recused)`,
        }
      : { vi: '', en: '' };
  const denomText = DENOMINATOR_TEXT[rule.threshold.denominator];

  const explanation: LocalizedText = !quorumMet
    ? {
        vi: `Không đủ số thành viên dự họp: ${attending}/${eligible}, yêu cầu ${rule.quorum.comparison === 'strictly_above' ? 'trên' : 'từ'} ${formatShare(rule.quorum.share)}${rule.quorum.comparison === 'at_or_above' ? ' trở lên' : ''}${recusedNote.vi}.`,
        en: `No quorum: ${attending}/${eligible} attending, ${rule.quorum.comparison === 'strictly_above' ? 'strictly above' : 'at or above'} ${formatShare(rule.quorum.share)} required${recusedNote.en}.`,
      }
    : {
        vi: `${passed ? 'Đạt' : 'Không đạt'}: ${counts.approve}/${denominator} phiếu đồng ý (${shown.vi}) trên ${denomText.vi}${recusedNote.vi}, yêu cầu ${required}.`,
        en: `${passed ? 'Passed' : 'Not passed'}: ${counts.approve}/${denominator} approvals (${shown.en}) of ${denomText.en}${recusedNote.en}; ${requiredEn} required.`,
      };

  return {
    ok: true,
    quorum: {
      met: quorumMet,
      attending,
      eligible,
      share: rule.quorum.share,
      comparison: rule.quorum.comparison,
    },
    denominatorKind: rule.threshold.denominator,
    denominator,
    approvals: counts.approve,
    ratio: { numerator: counts.approve, denominator },
    percent,
    threshold: { share, comparison },
    passed,
    explanation,
  };
}
