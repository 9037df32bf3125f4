import type { AwardCode } from '../../catalogue/awardCodes';
import { CATALOGUE } from '../../catalogue/awards';
import type { RuleSet } from '../../ruleSets/ruleSet';
import type { AwardRecord, SubjectHistory } from '../history';
import { makeReason, type Reason } from '../reason';

const BASIS_TEXT = {
  thematic: { vi: 'theo chuyên đề', en: 'thematic' },
  ad_hoc: { vi: 'đột xuất', en: 'ad hoc' },
  long_service: { vi: 'quá trình cống hiến', en: 'long service' },
  external_affairs: { vi: 'đối ngoại', en: 'external affairs' },
} as const;

/**
 * Decree principle: ad hoc and thematic awards do not count toward higher merit awards.
 * Returns the merit records of `code` and an info reason for each record set aside.
 */
export function meritRecords(
  history: SubjectHistory,
  code: AwardCode,
  ruleSet: RuleSet,
): { merit: AwardRecord[]; ignored: Reason[] } {
  const standing = history.awards.filter((a) => a.code === code && !a.revoked);
  const merit = standing.filter((a) => a.basis === 'merit');
  const ignored = standing
    .filter((a) => a.basis !== 'merit')
    .map((a) => {
      const basis = BASIS_TEXT[a.basis as keyof typeof BASIS_TEXT];
      return makeReason(
        'NON_MERIT_AWARD_NOT_COUNTED',
        'info',
        ruleSet.citations.PRINCIPLE_MERIT_ONLY,
        {
          vi: `“${CATALOGUE[code].name.vi}” năm ${a.year} là khen thưởng ${basis.vi}, không tính làm căn cứ khen thưởng theo công trạng`,
          en: `“${CATALOGUE[code].name.en}” ${a.year} was ${basis.en}; it does not count toward merit awards`,
        },
        { award: code, year: a.year, basis: a.basis, decisionNumber: a.decisionNumber ?? null },
      );
    });
  return { merit, ignored };
}
