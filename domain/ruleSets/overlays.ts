import { z } from 'zod';
import { AWARD_CODES } from '../catalogue/awardCodes';
import { disciplineLevelSchema, evaluationGradeSchema } from './scales';

/**
 * What an agency's stricter rule checks. Kept to facts the history records, so an overlay is
 * data an administrator enters, not code.
 */
const overlayConditionSchema = z.discriminatedUnion('kind', [
  /** The person's grade for the achievement year is at least this. */
  z.object({ kind: z.literal('min_grade'), grade: evaluationGradeSchema }),
  /** No discipline at or above this level decided in the achievement year. */
  z.object({ kind: z.literal('no_discipline_from'), level: disciplineLevelSchema }),
  /** Full years since recruitment, counted to the receipt date. */
  z.object({ kind: z.literal('min_service_years'), years: z.number().int().min(1).max(45) }),
  /** The collective's grade for the achievement year is at least this. */
  z.object({ kind: z.literal('min_unit_grade'), grade: evaluationGradeSchema }),
]);
export type OverlayCondition = z.infer<typeof overlayConditionSchema>;

/**
 * A sector's or agency's own stricter rule on top of a rule set (an overlay): which awards,
 * what it checks, how hard it bites, and its own legal basis, named in every reason it gives.
 */
export const ruleOverlaySchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  awards: z.array(z.enum(AWARD_CODES)).min(1),
  condition: overlayConditionSchema,
  severity: z.enum(['blocking', 'needs_judgement']),
  citation: z.object({
    instrument: z.string().min(1).max(200),
    article: z.string().min(1).max(100).nullable(),
  }),
  /** What the rule says, shown with its reason. */
  text: z.object({ vi: z.string().min(1).max(500), en: z.string().min(1).max(500) }),
});
export type RuleOverlay = z.infer<typeof ruleOverlaySchema>;
