import { POSTING_DAY_RULE_TEXT } from '../calendar/publicCommentPeriod';
import type { CouncilRule } from '../council/councilRule';
import { formatShare } from '../council/threshold';
import type { AwardRules, QuotaRule } from '../ruleSets/awardRules';
import type { LocalizedText } from '../ruleSets/text';
import { shareQuotaText } from '../quota/shareQuota';

/** Plain-language forms of the configured procedure, for screens and the generated docs. */

const DENOMINATOR: Record<CouncilRule['threshold']['denominator'], LocalizedText> = {
  all_members: { vi: 'tổng số thành viên', en: 'all members' },
  members_present: { vi: 'số thành viên có mặt', en: 'members present' },
  ballots_cast: { vi: 'số phiếu hợp lệ', en: 'ballots cast' },
};

function compared(share: string, comparison: 'strictly_above' | 'at_or_above'): LocalizedText {
  return comparison === 'strictly_above'
    ? { vi: `trên ${share}`, en: `strictly above ${share}` }
    : { vi: `từ ${share} trở lên`, en: `at or above ${share}` };
}

export function describeCouncilRule(rule: CouncilRule | null): LocalizedText {
  if (rule === null) {
    return { vi: 'Không biểu quyết tại Hội đồng', en: 'No council vote' };
  }
  const threshold = compared(formatShare(rule.threshold.share), rule.threshold.comparison);
  const quorum = compared(formatShare(rule.quorum.share), rule.quorum.comparison);
  const denominator = DENOMINATOR[rule.threshold.denominator];
  return {
    vi: [
      rule.ballot === 'secret' ? 'Bỏ phiếu kín' : 'Biểu quyết công khai',
      `đồng ý ${threshold.vi} ${denominator.vi}`,
      `dự họp ${quorum.vi}`,
      rule.absenteeWrittenVotesAllowed
        ? 'nhận phiếu bằng văn bản của thành viên vắng mặt'
        : 'không nhận phiếu vắng mặt',
      rule.recusalReducesDenominator
        ? 'thành viên không tham gia biểu quyết được trừ khỏi mẫu số'
        : 'không trừ thành viên không tham gia biểu quyết',
    ].join('; '),
    en: [
      rule.ballot === 'secret' ? 'Secret ballot' : 'Open vote',
      `approval ${threshold.en} of ${denominator.en}`,
      `quorum ${quorum.en}`,
      rule.absenteeWrittenVotesAllowed ? 'absentee written votes counted' : 'no absentee votes',
      rule.recusalReducesDenominator
        ? 'recusals leave the denominator'
        : 'recusals stay in the denominator',
    ].join('; '),
  };
}

export function describeQuota(rule: QuotaRule): LocalizedText {
  switch (rule.kind) {
    case 'none':
      return { vi: 'Không', en: 'None' };
    case 'one_per_bloc':
      return { vi: 'Mỗi khối thi đua một tập thể', en: 'One per emulation bloc' };
    case 'share_of_holders':
      return shareQuotaText(rule);
  }
}

export function describePublicComment(rules: AwardRules): LocalizedText {
  const { required, workingDays, postingDay } = rules.publicComment;
  const counting = POSTING_DAY_RULE_TEXT[postingDay];
  return required
    ? {
        vi: `Có, ${workingDays} ngày làm việc (${counting.vi})`,
        en: `Yes, ${workingDays} working days (${counting.en})`,
      }
    : { vi: 'Không', en: 'No' };
}

export function describeSla(rules: AwardRules): LocalizedText {
  const base = `${rules.appraisalSlaWorkingDays}`;
  const adHoc = rules.adHocAppraisalSlaWorkingDays;
  const upward = rules.upwardAppraisal;
  return {
    vi: [
      `${base} ngày làm việc`,
      adHoc !== null ? `đột xuất: ${adHoc}` : null,
      upward
        ? `cấp trên thẩm định: ${upward.workingDays} (lấy ý kiến: ${upward.withConsultationWorkingDays})`
        : null,
    ]
      .filter(Boolean)
      .join('; '),
    en: [
      `${base} working days`,
      adHoc !== null ? `ad hoc: ${adHoc}` : null,
      upward
        ? `upward appraisal: ${upward.workingDays} (with consultation: ${upward.withConsultationWorkingDays})`
        : null,
    ]
      .filter(Boolean)
      .join('; '),
  };
}
