import { z } from 'zod';
import { councilRuleSchema } from '../council/councilRule';
import { fractionSchema } from '../council/threshold';

/**
 * How many of an award a unit or bloc may receive. Only the grassroots fighter quota is a
 * number in the law's detailing texts; the others are ministry practice.
 */
export const quotaRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  /** "không quá 15% tổng số cá nhân đạt danh hiệu LĐTT" of the unit that year, rounded down. */
  z.object({
    kind: z.literal('share_of_ldtt_holders'),
    share: fractionSchema,
    rounding: z.literal('floor'),
  }),
  /** One per emulation bloc: the bloc's leading collective (e.g. the Ministry Emulation Flag). */
  z.object({ kind: z.literal('one_per_bloc') }),
]);
export type QuotaRule = z.infer<typeof quotaRuleSchema>;

/** The public comment period (công khai lấy ý kiến) before the council votes. */
export const publicCommentRuleSchema = z.object({
  required: z.boolean(),
  /** domain.md: 3–10 working days; validated so an administrator cannot leave that range. */
  workingDays: z.number().int().min(3).max(10),
});
export type PublicCommentRule = z.infer<typeof publicCommentRuleSchema>;

/** Central Committee appraisal for awards forwarded to the Prime Minister or the President. */
export const upwardAppraisalSchema = z.object({
  workingDays: z.number().int().min(1).max(60),
  withConsultationWorkingDays: z.number().int().min(1).max(90),
});
export type UpwardAppraisal = z.infer<typeof upwardAppraisalSchema>;

/** Per-award procedural values. All of them are configurable by an administrator. */
export const awardRulesSchema = z.object({
  /** null: no council vote (the unit head decides on the unit's rating). */
  council: councilRuleSchema.nullable(),
  publicComment: publicCommentRuleSchema,
  /** Secretariat appraisal deadline (thẩm định), in working days. */
  appraisalSlaWorkingDays: z.number().int().min(1).max(60),
  /** Ad hoc awards follow a simplified, faster procedure; null when the award has no ad hoc form. */
  adHocAppraisalSlaWorkingDays: z.number().int().min(1).max(60).nullable(),
  upwardAppraisal: upwardAppraisalSchema.nullable(),
  quota: quotaRuleSchema,
  /** Cash award as a multiple of the base salary (mức lương cơ sở); null when none is fixed. */
  cashAwardBaseSalaryMultiple: z.number().min(0).max(100).nullable(),
});
export type AwardRules = z.infer<typeof awardRulesSchema>;
