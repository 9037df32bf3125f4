import type { AwardCode } from '../../catalogue/awardCodes';
import { CATALOGUE } from '../../catalogue/awards';
import { roundAppliesShareQuota } from '../../quota/allocateCstdcsQuota';
import { shareQuotaText } from '../../quota/shareQuota';
import type { RuleSet } from '../../ruleSets/ruleSet';
import { makeReason, type Reason } from '../reason';

/**
 * A share quota on the award, stated with its base, scope and rounding. The council round
 * ranks against the CSTĐCS cap over the unit's LĐTT holders itself (info); any other share
 * (another title's holders, or a bloc's) the council applies, so it needs its judgement.
 */
export function quotaReasons(award: AwardCode, ruleSet: RuleSet): Reason[] {
  const rule = ruleSet.values.awardRules[award].quota;
  if (rule.kind !== 'share_of_holders') return [];
  const citation =
    rule.basis ??
    (award === 'CSTDCS'
      ? ruleSet.citations.CSTDCS_QUOTA
      : ruleSet.citations[CATALOGUE[award].citationKey]);
  const stated = shareQuotaText(rule);
  const facts = {
    holdersOf: rule.holdersOf,
    per: rule.per,
    quotaNumerator: rule.share.numerator,
    quotaDenominator: rule.share.denominator,
    rounding: rule.rounding,
  };
  return [
    roundAppliesShareQuota(award, rule)
      ? makeReason(
          'CSTDCS_QUOTA_APPLIES',
          'info',
          citation,
          {
            vi: `Được xét trong tỷ lệ quy định (${stated.vi})`,
            en: `Subject to the quota (${stated.en})`,
          },
          facts,
        )
      : makeReason(
          'SHARE_QUOTA_FOR_COUNCIL',
          'needs_judgement',
          citation,
          {
            vi: `Hội đồng xét trong tỷ lệ quy định, hệ thống không tự tính (${stated.vi})`,
            en: `The council applies the quota, which is not counted automatically (${stated.en})`,
          },
          facts,
        ),
  ];
}
