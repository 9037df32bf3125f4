import { z } from 'zod';
import { POSTING_DAY_RULES } from '../calendar/publicCommentPeriod';
import { AWARD_CODES } from '../catalogue/awardCodes';
import { councilRuleSchema } from '../council/councilRule';
import { fractionSchema } from '../council/threshold';

/**
 * How a share quota's places are rounded. "Không quá x%" (at most) is a cap, so rounding down
 * is the only reading that never exceeds it; an agency's own quota may state another rule.
 */
const QUOTA_ROUNDINGS = ['floor', 'ceil', 'half_up'] as const;
export type QuotaRounding = (typeof QUOTA_ROUNDINGS)[number];

/**
 * A cap as a share of the holders of a title (the base), counted per unit or per emulation
 * bloc: "không quá 15% tổng số cá nhân đạt danh hiệu LĐTT" of the unit is
 * `{ holdersOf: 'LDTT', per: 'unit', share: 15/100, rounding: 'floor' }`.
 */
const shareQuotaSchema = z.object({
  kind: z.literal('share_of_holders'),
  holdersOf: z.enum(AWARD_CODES),
  per: z.enum(['unit', 'bloc']),
  share: fractionSchema,
  rounding: z.enum(QUOTA_ROUNDINGS),
  /** The agency's own basis where it sets the quota; absent, the rule set's quota citation. */
  basis: z
    .object({
      instrument: z.string().min(1).max(200),
      article: z.string().min(1).max(100).nullable(),
    })
    .optional(),
});
export type ShareQuota = z.infer<typeof shareQuotaSchema>;

/** Configurations saved before the general form named only the LĐTT share, per unit. */
const savedLdttShare = z
  .object({
    kind: z.literal('share_of_ldtt_holders'),
    share: fractionSchema,
    rounding: z.literal('floor'),
  })
  .transform(
    ({ share, rounding }): ShareQuota => ({
      kind: 'share_of_holders',
      holdersOf: 'LDTT',
      per: 'unit',
      share,
      rounding,
    }),
  );

/**
 * How many of an award a unit or bloc may receive. Only the grassroots fighter quota is a
 * number in the law's detailing texts; the others are ministry practice.
 */
const quotaRuleSchema = z.union([
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('none') }),
    shareQuotaSchema,
    /** One per emulation bloc: the bloc's leading collective (e.g. the Ministry Emulation Flag). */
    z.object({ kind: z.literal('one_per_bloc') }),
  ]),
  savedLdttShare,
]);
export type QuotaRule = z.infer<typeof quotaRuleSchema>;

/** The public comment period (công khai lấy ý kiến) before the council votes. */
const publicCommentRuleSchema = z.object({
  required: z.boolean(),
  /** domain.md: 3–10 working days; validated so an administrator cannot leave that range. */
  workingDays: z.number().int().min(3).max(10),
  /**
   * Whether the posting day is day one of the period (configurable: the texts found do not
   * say; the Civil Code's general rule does not count it). Saved before it existed: not counted.
   */
  postingDay: z.enum(POSTING_DAY_RULES).default('posting_day_not_counted'),
});

/** Central Committee appraisal for awards forwarded to the Prime Minister or the President. */
const upwardAppraisalSchema = z.object({
  workingDays: z.number().int().min(1).max(60),
  withConsultationWorkingDays: z.number().int().min(1).max(90),
});

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
