import type { Fraction } from '../council/threshold';

/**
 * CSTĐCS quota for a unit: "không quá 15%" of its LĐTT holders that year, so rounded down
 * (5 holders → 0; 7 → 1; 20 → 3). Integer arithmetic: no floating-point edge at 15%.
 */
export function computeCstdcsQuota(ldttHolderCount: number, share: Fraction): number {
  if (!Number.isInteger(ldttHolderCount) || ldttHolderCount < 0) {
    throw new RangeError(
      `LĐTT holder count must be a non-negative integer, got ${ldttHolderCount}`,
    );
  }
  return Math.floor((ldttHolderCount * share.numerator) / share.denominator);
}
