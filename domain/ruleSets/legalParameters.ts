import type { Comparison, Fraction } from '../council/threshold';
import type { EvaluationGrade } from './scales';

/** A share of a collective's members, with the law's comparison and denominator. */
export interface MemberShareRule {
  share: Fraction;
  comparison: Comparison;
  /** Always the collective's headcount for the year (tổng số cá nhân của tập thể). */
  denominator: 'headcount';
}

/** The alternatives of Art. 23 for the Grassroots Emulation Fighter. */
type CstdcsPath = 'excellent_completion' | 'initiative' | 'research' | 'combat_wit';

/**
 * Values written into the law itself. They differ between rule sets only when the law
 * changes, so an administrator cannot override them (unlike `ConfigurableValues`).
 */
export interface LegalParameters {
  /** LĐTT: "hoàn thành tốt nhiệm vụ trở lên". */
  ldttMinGrade: EvaluationGrade;
  /** Before 2024 an initiative was mandatory for CSTĐCS; since the 2022 Law it is one alternative. */
  cstdcsInitiativeMandatory: boolean;
  cstdcsPaths: readonly CstdcsPath[];
  /** CSTĐ cấp Bộ: chosen among those with this many consecutive CSTĐCS. */
  cstdboConsecutiveCstdcs: number;
  /** CSTĐ toàn quốc: this many consecutive Ministry fighter titles. */
  cstdtqConsecutiveCstdbo: number;
  ttldtt: { minUnitGrade: EvaluationGrade; ldttShare: MemberShareRule };
  ttldxs: {
    minUnitGrade: EvaluationGrade;
    completedTasksShare: MemberShareRule;
    ldttShare: MemberShareRule;
    minCstdcsMembers: number;
  };
  bkbo: {
    /** The "consecutive Grassroots titles" path; null where the decree has no such path. */
    consecutiveCstdcs: number | null;
    consecutiveExcellentYears: number;
    initiativesRequired: number;
  };
  /**
   * PM's Certificate, regular track: a prior Certificate of Merit (from the issuers of
   * `certificatePrerequisiteIssuers`), then `windowYears` consecutive years rated `minGradeInWindow` or better with
   * `minCstdcsInWindow` Grassroots titles (Law 06/2022) or `minGrassrootsInitiativesInWindow`
   * initiatives recognised at grassroots level (Decree 65/2014 Art. 23, Decree 91/2017 Art. 38).
   */
  bkttg: {
    windowYears: number;
    minGradeInWindow: EvaluationGrade;
    minCstdcsInWindow: number | null;
    minGrassrootsInitiativesInWindow: number | null;
    prerequisiteAward: 'BKBO';
  };
  /** Tie-break: collectives with at least this share of women are preferred. */
  womenPreferredCollectiveShare: MemberShareRule;
}
