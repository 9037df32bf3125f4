import { z } from 'zod';

/**
 * Shares are exact fractions, never floats: "2/3" must not become 0.6667, and a vote of
 * 6 out of 9 has to meet "from two thirds" exactly. Comparisons cross-multiply integers.
 */
export const fractionSchema = z
  .object({
    numerator: z.number().int().min(0),
    denominator: z.number().int().min(1),
  })
  .refine((f) => f.numerator <= f.denominator, { message: 'A share cannot exceed 1' });

export type Fraction = z.infer<typeof fractionSchema>;

/**
 * The law's wording, kept exact:
 * - 'strictly_above' = "trên" / "quá" (over 50% means 51 of 100, not 50);
 * - 'at_or_above'    = "từ … trở lên" / "ít nhất" (from 70% means 70 of 100 passes).
 */
export const comparisonSchema = z.enum(['strictly_above', 'at_or_above']);
export type Comparison = z.infer<typeof comparisonSchema>;

export function fraction(numerator: number, denominator: number): Fraction {
  return fractionSchema.parse({ numerator, denominator });
}

/** Does `count` out of `base` meet `share` under `comparison`? A base of 0 never passes. */
export function meetsShare(
  count: number,
  base: number,
  share: Fraction,
  comparison: Comparison,
): boolean {
  if (base <= 0) return false;
  const left = count * share.denominator;
  const right = share.numerator * base;
  return comparison === 'strictly_above' ? left > right : left >= right;
}

/** Human form of a share: 2/3 → "2/3", 90/100 → "90%". */
export function formatShare(share: Fraction): string {
  if (share.denominator === 100) return `${share.numerator}%`;
  return `${share.numerator}/${share.denominator}`;
}

/** Percentage with one decimal for display only (decisions never use this number). */
export function percentForDisplay(count: number, base: number): number {
  if (base <= 0) return 0;
  return Math.round((count * 1000) / base) / 10;
}

/** "66,7%" in Vietnamese (decimal comma), "66.7%" in English. */
export function percentText(count: number, base: number): { vi: string; en: string } {
  const value = String(percentForDisplay(count, base));
  return { vi: `${value.replace('.', ',')}%`, en: `${value}%` };
}
