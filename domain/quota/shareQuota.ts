import { CATALOGUE } from '../catalogue/awards';
import { formatShare } from '../council/threshold';
import type { QuotaRounding, ShareQuota } from '../ruleSets/awardRules';
import type { LocalizedText } from '../ruleSets/text';

/**
 * Places a share quota gives for `holders` holders of its base title, rounded as the rule
 * states (`floor` 7 × 15% = 1; `ceil` 2; `half_up` 1, and 10 × 15% = 1.5 gives 2). Integer
 * arithmetic: no floating-point edge at the boundary.
 */
export function quotaPlaces(holders: number, rule: Pick<ShareQuota, 'share' | 'rounding'>): number {
  if (!Number.isInteger(holders) || holders < 0) {
    throw new RangeError(`A holder count must be a non-negative integer, got ${holders}`);
  }
  const scaled = holders * rule.share.numerator;
  const { denominator } = rule.share;
  switch (rule.rounding) {
    case 'floor':
      return Math.floor(scaled / denominator);
    case 'ceil':
      return Math.ceil(scaled / denominator);
    case 'half_up':
      return Math.floor((2 * scaled + denominator) / (2 * denominator));
  }
}

export const ROUNDING_TEXT: Record<QuotaRounding, LocalizedText> = {
  floor: { vi: 'làm tròn xuống', en: 'rounded down' },
  ceil: { vi: 'làm tròn lên', en: 'rounded up' },
  half_up: { vi: 'làm tròn đến số nguyên gần nhất (0,5 lên)', en: 'rounded to nearest (half up)' },
};

const SCOPE_TEXT: Record<ShareQuota['per'], LocalizedText> = {
  unit: { vi: 'của đơn vị', en: "of the unit's" },
  bloc: { vi: 'của khối thi đua', en: "of the emulation bloc's" },
};

/** "Không quá 15% số “Lao động tiên tiến” của đơn vị, làm tròn xuống": the rule as stated. */
export function shareQuotaText(rule: ShareQuota): LocalizedText {
  const base = CATALOGUE[rule.holdersOf].name;
  const share = formatShare(rule.share);
  return {
    vi: `Không quá ${share} số đạt “${base.vi}” ${SCOPE_TEXT[rule.per].vi}, ${ROUNDING_TEXT[rule.rounding].vi}`,
    en: `At most ${share} ${SCOPE_TEXT[rule.per].en} “${base.en}” holders, ${ROUNDING_TEXT[rule.rounding].en}`,
  };
}
