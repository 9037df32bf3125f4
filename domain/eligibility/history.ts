import { z } from 'zod';
import { AWARD_CODES } from '../catalogue/awardCodes';
import { COMMENDATION_KINDS, type Decider } from '../catalogue/awardDefinition';
import { isIsoDate } from '../calendar/isoDate';
import {
  disciplineLevelSchema,
  evaluationGradeSchema,
  issuerLevelSchema,
  type IssuerLevel,
} from '../ruleSets/scales';
import type { LocalizedText } from '../ruleSets/text';

/**
 * The pure, serialisable input of the eligibility rules. The data layer maps stored records
 * into these shapes (and may validate them with the schemas) — nothing here reads a database.
 * Dates are ISO 'YYYY-MM-DD'; years are calendar years of achievement (năm thành tích).
 */

export const isoDateSchema = z.string().refine(isIsoDate, { message: 'Expected YYYY-MM-DD' });
const year = z.number().int().min(1945).max(2200);

export { issuerLevelSchema, type IssuerLevel };

/**
 * The level of an award granted in TĐKT Flow, by who decided it. The Prime Minister's and the
 * President's awards are state-level (khen thưởng cấp Nhà nước), so none of them passes for the
 * Certificate of Merit "cấp Bộ, tỉnh" the PM's Certificate needs (Law 06/2022/QH15, Art. 73).
 */
export const DECIDER_ISSUER_LEVEL = {
  unit_head: 'unit',
  minister: 'ministry',
  prime_minister: 'state',
  president: 'state',
} as const satisfies Record<Decider, IssuerLevel>;

/**
 * An award already received. `code` BKBO also stands for a Certificate of Merit of another
 * ministry or a province ("Bằng khen cấp bộ, ban, ngành, tỉnh"); `issuerLevel` says which.
 * `basis` is the kind it was given for: only 'merit' awards count toward higher merit awards.
 */
export const awardRecordSchema = z.object({
  code: z.enum(AWARD_CODES),
  /** The achievement year the award is for. */
  year,
  issuerLevel: issuerLevelSchema,
  basis: z.enum(COMMENDATION_KINDS),
  decisionNumber: z.string().optional(),
  decisionDate: isoDateSchema.optional(),
  /** Revoked awards (Law, Chapter VII) no longer count for anything. */
  revoked: z.boolean().optional(),
});
export type AwardRecord = z.infer<typeof awardRecordSchema>;

/**
 * The CSTĐCS paths (Law Art. 23) that use up an initiative, research work or wit in combat:
 * the names the CSTĐCS rule records and the history import accepts (code or label). Only an
 * initiative that served 'good_completion_initiative' cannot count again for the Minister's
 * Certificate (1168/BNV-BTĐKT).
 */
export const CSTDCS_INITIATIVE_PATHS = {
  excellent_initiative: {
    vi: 'Hoàn thành xuất sắc nhiệm vụ và có sáng kiến',
    en: 'Excellent completion and an initiative',
  },
  good_completion_initiative: {
    vi: 'Hoàn thành tốt nhiệm vụ và có sáng kiến',
    en: 'Good completion and an initiative',
  },
  research: { vi: 'Có đề tài khoa học được nghiệm thu', en: 'Accepted research' },
  combat_wit: { vi: 'Mưu trí, sáng tạo trong chiến đấu', en: 'Wit in combat' },
} as const satisfies Record<string, LocalizedText>;
export type CstdcsInitiativePath = keyof typeof CSTDCS_INITIATIVE_PATHS;

/** What an initiative has already been counted for, so it is never counted twice. */
const initiativeUseSchema = z.object({
  award: z.enum(AWARD_CODES),
  year,
  /**
   * The path it served (for CSTĐCS one of CSTDCS_INITIATIVE_PATHS). Absent when the record
   * does not say: the rules then read it from the history (see personFacts.ts).
   */
  path: z.string().optional(),
});
export type InitiativeUse = z.infer<typeof initiativeUseSchema>;

/** Initiative (sáng kiến), accepted research (đề tài) or wit in combat, with its recognised scope. */
export const initiativeSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(['initiative', 'research', 'combat_wit']),
  title: z.string().optional(),
  /** Year it was recognised (or the research accepted). */
  year,
  /** grassroots: recognised by the unit; ministry / national: effect recognised at that scope. */
  scope: z.enum(['grassroots', 'ministry', 'national']),
  decisionNumber: z.string().optional(),
  usedFor: z.array(initiativeUseSchema),
});
export type Initiative = z.infer<typeof initiativeSchema>;

export const disciplineRecordSchema = z.object({
  level: disciplineLevelSchema,
  decidedOn: isoDateSchema,
  /** End of the sanction's effect, when known; null = open. */
  effectiveTo: isoDateSchema.nullable().optional(),
});

/**
 * A criminal sentence (a suspended one included) or an administrative sanction, with the
 * period it runs: decided on `decidedOn`, running to `effectiveTo` (null or absent: open).
 */
export const SANCTION_KINDS = [
  'criminal_sentence',
  'suspended_sentence',
  'administrative_sanction',
] as const;
export const sanctionRecordSchema = z.object({
  kind: z.enum(SANCTION_KINDS),
  decidedOn: isoDateSchema,
  effectiveTo: isoDateSchema.nullable().optional(),
});
export type SanctionRecord = z.infer<typeof sanctionRecordSchema>;
type SanctionKind = SanctionRecord['kind'];

export const SANCTION_KIND_TEXT: Record<SanctionKind, LocalizedText> = {
  criminal_sentence: { vi: 'Án phạt tù', en: 'Prison sentence' },
  suspended_sentence: { vi: 'Án treo', en: 'Suspended sentence' },
  administrative_sanction: {
    vi: 'Xử phạt vi phạm hành chính',
    en: 'Administrative sanction',
  },
};

/** Decree principle: no award while under discipline review, investigation, inspection or complaint. */
export const holdSchema = z.object({
  kind: z.enum(['discipline_review', 'investigation', 'inspection', 'complaint']),
  from: isoDateSchema,
  /** null while still open. */
  to: isoDateSchema.nullable().optional(),
});
export type Hold = z.infer<typeof holdSchema>;

/**
 * Absences in a year. maternity and brave_act_injury count as working time; sick leave is no
 * bar; other kinds are summed against a configurable threshold. `workingDays` comes from the
 * working-day calendar; when absent the calendar days are used (an upper bound).
 */
export const absenceSchema = z.object({
  kind: z.enum(['maternity', 'brave_act_injury', 'sick', 'unpaid_leave', 'training', 'other']),
  from: isoDateSchema,
  to: isoDateSchema,
  workingDays: z.number().int().min(0).optional(),
});

/** A unit assignment; a transfer is a new assignment. */
export const unitAssignmentSchema = z.object({
  unitId: z.string().min(1),
  from: isoDateSchema,
  to: isoDateSchema.nullable().optional(),
  /** For an assignment that was left: has this (old) unit sent its written comments? */
  oldUnitCommentsProvided: z.boolean().optional(),
});

/** Employment contracts at the agency; a change of contract type does not restart the clock. */
export const employmentPeriodSchema = z.object({
  from: isoDateSchema,
  to: isoDateSchema.nullable().optional(),
  contractType: z.string().min(1),
});

/** Achievements that need the council's judgement (movement results, many / sudden ones). */
export const claimedAchievementSchema = z.object({
  id: z.string().min(1),
  year,
  kind: z.enum([
    'movement_excellence',
    'many_achievements',
    'sudden_achievement',
    'wide_influence',
  ]),
  /** Movement kind when it was earned in a movement (thematic ones do not count for merit awards). */
  movementKind: z.enum(['regular', 'thematic']).optional(),
  description: z.string().optional(),
});
export type ClaimedAchievement = z.infer<typeof claimedAchievementSchema>;

/**
 * Emulation registration (đăng ký thi đua) of a year, as recorded: registered, or recorded as
 * not registered. A year with no row is not recorded (unknown), which the rules tell apart.
 */
export const emulationRegistrationSchema = z.object({ year, registered: z.boolean() });

export const evaluationSchema = z.object({
  year,
  grade: evaluationGradeSchema,
  /** Points under Decree 335/2025 (excellent ≥ 90), used to rank quota candidates. */
  score: z.number().min(0).max(100).optional(),
});

export const nomineeHistorySchema = z.object({
  subject: z.literal('individual'),
  schemaVersion: z.literal(1),
  person: z.object({
    id: z.string().min(1),
    fullName: z.string().optional(),
    gender: z.enum(['female', 'male']),
    birthDate: isoDateSchema.optional(),
    /** First recruitment at the agency (used when `employment` is not given). */
    recruitmentDate: isoDateSchema,
    deceasedOn: isoDateSchema.nullable().optional(),
    /** Holds a leadership post (women leaders need one third less tenure for long service). */
    isLeader: z.boolean().optional(),
  }),
  units: z.array(unitAssignmentSchema),
  employment: z.array(employmentPeriodSchema).optional(),
  evaluations: z.array(evaluationSchema),
  /** Absent in histories stored before registrations were recorded: every year unrecorded. */
  registrations: z.array(emulationRegistrationSchema).optional(),
  awards: z.array(awardRecordSchema),
  initiatives: z.array(initiativeSchema),
  discipline: z.array(disciplineRecordSchema),
  /** Absent in histories stored before sentences were recorded. */
  sanctions: z.array(sanctionRecordSchema).optional(),
  holds: z.array(holdSchema),
  absences: z.array(absenceSchema),
  achievements: z.array(claimedAchievementSchema),
});
/** Everything the rules need to know about one person. */
export type NomineeHistory = z.infer<typeof nomineeHistorySchema>;

export const collectiveYearSchema = z.object({
  year,
  /** Members counted for the year (tổng số cá nhân của tập thể). */
  headcount: z.number().int().min(0),
  ldttCount: z.number().int().min(0),
  cstdcsCount: z.number().int().min(0),
  completedTasksCount: z.number().int().min(0),
  womenCount: z.number().int().min(0),
  /** The collective's own rating for the year. */
  unitGrade: evaluationGradeSchema.optional(),
  /** Sanction levels of members disciplined in the year (levels only, no names). */
  disciplinedMemberLevels: z.array(disciplineLevelSchema).optional(),
  /** Rank within its emulation bloc (1 = leading), and whether targets were exceeded. */
  blocRank: z.number().int().min(1).optional(),
  exceededTargets: z.boolean().optional(),
});
export type CollectiveYear = z.infer<typeof collectiveYearSchema>;

export const collectiveHistorySchema = z.object({
  subject: z.literal('collective'),
  schemaVersion: z.literal(1),
  collective: z.object({
    id: z.string().min(1),
    name: z.string().optional(),
    unitId: z.string().optional(),
    blocId: z.string().optional(),
  }),
  years: z.array(collectiveYearSchema),
  awards: z.array(awardRecordSchema),
  holds: z.array(holdSchema),
  achievements: z.array(claimedAchievementSchema),
});
/** Everything the rules need to know about one collective (unit, department, team). */
export type CollectiveHistory = z.infer<typeof collectiveHistorySchema>;

export type SubjectHistory = NomineeHistory | CollectiveHistory;
