import { z } from 'zod';
import { AWARD_CODES, type AwardCode } from '../catalogue/awardCodes';
import { councilRuleSchema } from '../council/councilRule';
import { fractionSchema } from '../council/threshold';
import { isoDateSchema } from '../eligibility/history';
import { awardRulesSchema } from './awardRules';
import { ruleOverlaySchema } from './overlays';
import { disciplineLevelSchema, evaluationGradeSchema, issuerLevelSchema } from './scales';
import type { LocalizedText } from './text';

const awardRulesByCode = z.object(
  Object.fromEntries(AWARD_CODES.map((code) => [code, awardRulesSchema])) as Record<
    AwardCode,
    typeof awardRulesSchema
  >,
);

/** Keys that rank CSTĐCS candidates against the quota, in order of precedence. */
const quotaRankingKeySchema = z.enum(['council_approval', 'evaluation_score']);
export type QuotaRankingKey = z.infer<typeof quotaRankingKeySchema>;

/**
 * Every value an administrator may change for a rule set (stored in the database, validated
 * with this schema, audited by the data layer). Values fixed by the law live in
 * `LegalParameters` instead and cannot be overridden.
 */
export const configurableValuesSchema = z.object({
  /** LĐTT: not considered when recruited less than this many months before year end (6 from 2024; 10 before). */
  ldttMinMonthsSinceRecruitment: z.number().int().min(1).max(12),
  /**
   * LĐTT: the months-since-recruitment rule binds dossiers received from this date; one received
   * earlier in the rule set, recruited fewer months before, goes to a human (no text in force
   * for that window could be confirmed). null: the rule binds the whole rule set.
   */
  ldttRecruitmentRuleFrom: isoDateSchema.nullable(),
  /** LĐTT, transfers: the old unit's written comments are needed after this many months there in the year. */
  transferOldUnitCommentMinMonths: z.number().int().min(1).max(12),
  /** LĐTT: discipline from this level, decided in the year, bars the title. */
  ldttDisciplineBarFrom: disciplineLevelSchema,
  /**
   * A sanction decided in an earlier year whose effect runs into the assessed year: the texts
   * speak of being disciplined "in the year" — ambiguous, so the default asks a human.
   */
  disciplineCarryOver: z.enum(['blocking', 'needs_judgement', 'ignore']),
  /**
   * Unprotected absences (unpaid leave, long training, other) at or above this many working
   * days in the year send the case to a human. The pre-2024 text barred 40 working days;
   * the 2022 Law is silent.
   */
  unprotectedAbsenceJudgementWorkingDays: z.number().int().min(1).max(260),
  /**
   * LĐTT: unprotected absences at or above this many working days bar the title; null = no
   * bar. The pre-2024 guidance had a 40-working-day bar that the 2022 Law's texts dropped;
   * its exact dates could not be confirmed against the text, hence configurable.
   */
  ldttAbsenceBarWorkingDays: z.number().int().min(1).max(260).nullable(),
  /**
   * Emulation titles of a person who did not register for emulation that year, and of a year
   * whose registration is not recorded. The 2003 Law made registration a basis of the titles
   * (Art. 10(1)(b)); the 2022 Law's consequence is not confirmed, hence configurable.
   */
  emulationRegistration: z.object({
    notRegistered: z.enum(['blocking', 'needs_judgement', 'ignore']),
    notRecorded: z.enum(['needs_judgement', 'ignore']),
  }),
  /**
   * A criminal sentence (suspended included) or an administrative sanction running in the
   * achievement year or on the receipt date, for an individual's award. How the texts weigh
   * each could not be confirmed, so each is configurable.
   */
  runningSanction: z.object({
    criminal_sentence: z.enum(['blocking', 'needs_judgement']),
    suspended_sentence: z.enum(['blocking', 'needs_judgement']),
    administrative_sanction: z.enum(['blocking', 'needs_judgement', 'ignore']),
  }),
  /** CSTĐCS candidates are ranked by these keys (then women first on a tie). */
  cstdcsRanking: z.array(quotaRankingKeySchema).min(1).max(2),
  /** CSTĐCS: each unit sets its own council threshold; units absent here use the award default. */
  cstdcsCouncilRuleByUnit: z.record(z.string().min(1), councilRuleSchema),
  /**
   * CSTĐTQ: "02 lần liên tục" Ministry fighter titles: years between the two titles. Each
   * Ministry title covers 3 CSTĐCS years, so consecutive titles are 3 years apart.
   */
  cstdtqCstdboCycleYears: z.number().int().min(1).max(6),
  /** CSTĐTQ: the proposal is made this many calendar years after the 2nd CSTĐBO decision. */
  cstdtqProposalWindow: z
    .object({
      fromYearsAfterDecision: z.number().int().min(0).max(5),
      toYearsAfterDecision: z.number().int().min(0).max(5),
    })
    .refine((w) => w.fromYearsAfterDecision <= w.toYearsAfterDecision, {
      message: 'Window start must not be after its end',
    }),
  /** The old law barred collectives with a member disciplined at this level or above; null = off. */
  collectiveMemberDisciplineBar: z.object({
    TTLDTT: disciplineLevelSchema.nullable(),
    TTLDXS: disciplineLevelSchema.nullable(),
  }),
  /** Minister's Certificate: an initiative already used for a CSTĐCS (good + initiative) is not counted again (1168/BNV-BTĐKT). */
  bkboExcludeInitiativesUsedForCstdcs: z.boolean(),
  /**
   * Minister's Certificate by consecutive Grassroots titles (where the law has that path):
   * 'counts' meets the standard; 'needs_judgement' sends a met chain to the council (the
   * path could not be confirmed in the regime's decree).
   */
  bkboConsecutiveCstdcsPath: z.enum(['counts', 'needs_judgement']),
  /**
   * PM's Certificate, regular track (prior certificate, then the window of years): 'counts'
   * decides it from the rule set's law; 'needs_judgement' sends whatever it finds to the council
   * (the regime's clause could not be read, so neither a grant nor a refusal is safe).
   */
  bkttgRegularTrack: z.enum(['counts', 'needs_judgement']),
  /**
   * Which issuers' Certificates of Merit count as the PM's Certificate prerequisite ("Bằng khen
   * cấp bộ, ngành, tỉnh"; before 2024 also central mass organisations).
   */
  certificatePrerequisiteIssuers: z.object({ BKTTG: z.array(issuerLevelSchema).min(1) }),
  /** Certificate of Commendation (Giấy khen): minimum grade; criteria are the ministry's own. */
  gkMinGrade: evaluationGradeSchema,
  /** Commemorative medal: years of service in ethnic affairs work (ministry criterion, not pinned). */
  kncMinServiceYears: z.number().int().min(1).max(40),
  /** Women leaders need this share less tenure for long-service awards (one third). */
  womenLeaderTenureReduction: fractionSchema,
  /** Commemorative medal: how a discipline record affects the service years. */
  kncDisciplinePolicy: z.enum(['ignore', 'needs_judgement', 'blocking']),
  /** Commemorative medal: reference day for counting service years (awarded around 03 May). */
  kncReferenceMonthDay: z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/),
  /** Titles that overlap when one subject is proposed for several of them for the same year. */
  overlappingAwardSets: z.array(
    z.object({
      codes: z.array(z.enum(AWARD_CODES)).min(2),
      severity: z.enum(['blocking', 'needs_judgement']),
    }),
  ),
  /** The agency's own stricter rules (overlays), each with its own citation; ids unique. */
  overlays: z
    .array(ruleOverlaySchema)
    .refine((list) => new Set(list.map((o) => o.id)).size === list.length, {
      message: 'Overlay ids must be unique',
    }),
  /** Per-award procedure: council rule, public comment, appraisal SLA, quota, cash award. */
  awardRules: awardRulesByCode,
});

export type ConfigurableValues = z.infer<typeof configurableValuesSchema>;
export type ConfigurableKey = keyof ConfigurableValues;

export const CONFIGURABLE_KEYS = Object.keys(
  configurableValuesSchema.shape,
) as readonly ConfigurableKey[];

/** What each configurable value means, for the admin screen and the generated docs. */
export const CONFIGURABLE_KEY_TEXT: Record<ConfigurableKey, LocalizedText> = {
  ldttMinMonthsSinceRecruitment: {
    vi: 'Số tháng tối thiểu kể từ khi tuyển dụng để được bình xét Lao động tiên tiến',
    en: 'Minimum months since recruitment to be considered for Advanced Worker',
  },
  ldttRecruitmentRuleFrom: {
    vi: 'Ngày nhận hồ sơ từ đó áp dụng số tháng tối thiểu kể từ khi tuyển dụng (trước ngày này: cần xem xét)',
    en: 'Receipt date from which the minimum months since recruitment apply (earlier: needs judgement)',
  },
  transferOldUnitCommentMinMonths: {
    vi: 'Số tháng công tác ở đơn vị cũ trong năm từ đó phải có ý kiến nhận xét của đơn vị cũ',
    en: "Months at the old unit in the year from which the old unit's comments are required",
  },
  ldttDisciplineBarFrom: {
    vi: 'Hình thức kỷ luật (trong năm) từ mức này trở lên thì không xét Lao động tiên tiến',
    en: 'Discipline (in the year) at or above this level bars Advanced Worker',
  },
  disciplineCarryOver: {
    vi: 'Xử lý kỷ luật quyết định năm trước nhưng còn hiệu lực trong năm xét',
    en: 'Handling of a sanction decided earlier but still in effect in the assessed year',
  },
  unprotectedAbsenceJudgementWorkingDays: {
    vi: 'Số ngày làm việc nghỉ (không thuộc thai sản, điều trị thương tích, ốm đau) cần xem xét',
    en: 'Working days of unprotected absence that send a case to human review',
  },
  ldttAbsenceBarWorkingDays: {
    vi: 'Số ngày làm việc nghỉ (không thuộc thai sản, điều trị thương tích, ốm đau) từ đó không xét Lao động tiên tiến (quy định cũ; trống: không áp dụng)',
    en: 'Working days of unprotected absence from which Advanced Worker is barred (old rule; empty: none)',
  },
  emulationRegistration: {
    vi: 'Xử lý danh hiệu thi đua khi cá nhân không đăng ký thi đua trong năm, hoặc chưa có thông tin đăng ký',
    en: 'Emulation titles when the person did not register for emulation that year, or when it is not recorded',
  },
  runningSanction: {
    vi: 'Xử lý khi cá nhân có bản án hình sự (kể cả án treo) hoặc quyết định xử phạt hành chính còn thời hạn trong năm xét hoặc vào ngày tiếp nhận hồ sơ',
    en: 'A criminal sentence (suspended included) or administrative sanction running in the year or on the receipt date',
  },
  cstdcsRanking: {
    vi: 'Tiêu chí xếp hạng khi vượt tỷ lệ Chiến sĩ thi đua cơ sở',
    en: 'Ranking keys when Grassroots Emulation Fighter candidates exceed the quota',
  },
  cstdcsCouncilRuleByUnit: {
    vi: 'Quy tắc bỏ phiếu Chiến sĩ thi đua cơ sở riêng của từng đơn vị',
    en: 'Per-unit council rule for Grassroots Emulation Fighter',
  },
  cstdtqCstdboCycleYears: {
    vi: 'Khoảng cách (năm) giữa hai lần liên tục Chiến sĩ thi đua cấp Bộ',
    en: 'Years between two consecutive Ministry Emulation Fighter titles',
  },
  cstdtqProposalWindow: {
    vi: 'Thời điểm đề nghị Chiến sĩ thi đua toàn quốc sau quyết định Chiến sĩ thi đua cấp Bộ lần hai',
    en: 'When National Emulation Fighter may be proposed after the second Ministry title decision',
  },
  collectiveMemberDisciplineBar: {
    vi: 'Không xét danh hiệu tập thể nếu có thành viên bị kỷ luật từ mức này (quy định cũ)',
    en: 'Bar a collective title when a member was disciplined at this level (old-law rule)',
  },
  bkboExcludeInitiativesUsedForCstdcs: {
    vi: 'Không tính lại sáng kiến đã dùng để xét Chiến sĩ thi đua cơ sở khi xét Bằng khen của Bộ trưởng',
    en: "Do not count again an initiative already used for a Grassroots Fighter title toward the Minister's Certificate",
  },
  bkboConsecutiveCstdcsPath: {
    vi: 'Đường xét Bằng khen của Bộ trưởng bằng các lần liên tục Chiến sĩ thi đua cơ sở: được tính, hoặc cần xem xét (chưa đối chiếu văn bản)',
    en: "The Minister's Certificate by consecutive Grassroots titles: counts, or needs judgement (not confirmed in the text)",
  },
  bkttgRegularTrack: {
    vi: 'Đường xét Bằng khen của Thủ tướng theo quá trình (Bằng khen trước đó và các năm tiếp theo): tự đánh giá, hoặc cần xem xét (chưa đối chiếu văn bản)',
    en: "The PM's Certificate regular track (an earlier certificate, then the years after it): decided, or needs judgement (not confirmed in the text)",
  },
  certificatePrerequisiteIssuers: {
    vi: 'Bằng khen của những cấp nào được tính làm điều kiện đề nghị Bằng khen của Thủ tướng',
    en: "Which issuers' Certificates of Merit count as the PM's Certificate prerequisite",
  },
  gkMinGrade: {
    vi: 'Mức xếp loại tối thiểu để xét Giấy khen',
    en: 'Minimum evaluation grade for a Certificate of Commendation',
  },
  kncMinServiceYears: {
    vi: 'Số năm công tác tối thiểu để xét Kỷ niệm chương',
    en: 'Minimum years of service for the commemorative medal',
  },
  womenLeaderTenureReduction: {
    vi: 'Mức giảm thời gian công tác cho nữ lãnh đạo khi xét khen thưởng quá trình cống hiến',
    en: 'Tenure reduction for women leaders in long-service awards',
  },
  kncDisciplinePolicy: {
    vi: 'Ảnh hưởng của kỷ luật đến thời gian xét Kỷ niệm chương',
    en: 'How discipline affects the commemorative medal',
  },
  kncReferenceMonthDay: {
    vi: 'Ngày tính mốc thời gian công tác khi xét Kỷ niệm chương (tháng-ngày)',
    en: 'Reference day (month-day) for counting commemorative medal service',
  },
  overlappingAwardSets: {
    vi: 'Các danh hiệu, hình thức trùng nhau khi đề nghị cùng một năm',
    en: 'Awards that overlap when proposed for the same year',
  },
  overlays: {
    vi: 'Quy định riêng chặt chẽ hơn của Bộ, ngành (mỗi quy định có căn cứ riêng)',
    en: "The agency's own stricter rules (each with its own legal basis)",
  },
  awardRules: {
    vi: 'Quy tắc thủ tục theo từng danh hiệu (Hội đồng, công khai, thời hạn thẩm định, tỷ lệ, tiền thưởng)',
    en: 'Per-award procedure (council, public comment, appraisal SLA, quota, cash award)',
  },
};
