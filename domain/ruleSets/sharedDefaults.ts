import type { AwardCode } from '../catalogue/awardCodes';
import type { CouncilRule } from '../council/councilRule';
import { fraction } from '../council/threshold';
import type { AwardRules } from './awardRules';
import type { ConfigurableValues } from './configurableValues';
import type { LegalParameters } from './legalParameters';

/**
 * Values the 2024 and 2025 rule sets share. Law 06/2022/QH15 did not change on 2025-07-01;
 * only its detailing decree and the ministry circular did, so the numbers are common and
 * the rule sets differ in their instruments and citations.
 */

export const LEGAL_PARAMETERS_2022_LAW: LegalParameters = {
  ldttMinGrade: 'good',
  cstdcsInitiativeMandatory: false,
  cstdcsPaths: ['excellent_completion', 'initiative', 'research', 'combat_wit'],
  cstdboConsecutiveCstdcs: 3,
  cstdtqConsecutiveCstdbo: 2,
  ttldtt: {
    minUnitGrade: 'good',
    // "trên 50%": strictly above — exactly half is not enough.
    ldttShare: { share: fraction(50, 100), comparison: 'strictly_above', denominator: 'headcount' },
  },
  ttldxs: {
    minUnitGrade: 'excellent',
    completedTasksShare: {
      share: fraction(100, 100),
      comparison: 'at_or_above',
      denominator: 'headcount',
    },
    // "từ 70% trở lên": at or above.
    ldttShare: { share: fraction(70, 100), comparison: 'at_or_above', denominator: 'headcount' },
    minCstdcsMembers: 1,
  },
  bkbo: { consecutiveCstdcs: 2, consecutiveExcellentYears: 2, initiativesRequired: 2 },
  bkttg: {
    windowYears: 5,
    minGradeInWindow: 'good',
    minCstdcsInWindow: 3,
    minGrassrootsInitiativesInWindow: null,
    prerequisiteAward: 'BKBO',
  },
  womenPreferredCollectiveShare: {
    share: fraction(70, 100),
    comparison: 'at_or_above',
    denominator: 'headcount',
  },
};

/** Quorum default: two thirds of the (non-recused) members attend. Not pinned: configurable. */
const QUORUM_TWO_THIRDS = { share: fraction(2, 3), comparison: 'at_or_above' as const };

/** The rule in force until 2023 for fighters, flags and state awards: ≥ 90% of all members. */
export const SECRET_BALLOT_90_OF_ALL: CouncilRule = {
  ballot: 'secret',
  quorum: QUORUM_TWO_THIRDS,
  threshold: { share: fraction(90, 100), comparison: 'at_or_above', denominator: 'all_members' },
  absenteeWrittenVotesAllowed: true,
  recusalReducesDenominator: true,
};

/** CSTĐCS: each unit sets its own threshold; two thirds of all members is the usual choice. */
export const SECRET_BALLOT_TWO_THIRDS_OF_ALL: CouncilRule = {
  ballot: 'secret',
  quorum: QUORUM_TWO_THIRDS,
  threshold: { share: fraction(2, 3), comparison: 'at_or_above', denominator: 'all_members' },
  absenteeWrittenVotesAllowed: true,
  recusalReducesDenominator: true,
};

/** Other forms: an open vote, more than half of the members present. */
export const OPEN_MAJORITY_OF_PRESENT: CouncilRule = {
  ballot: 'open',
  quorum: QUORUM_TWO_THIRDS,
  threshold: {
    share: fraction(1, 2),
    comparison: 'strictly_above',
    denominator: 'members_present',
  },
  absenteeWrittenVotesAllowed: false,
  recusalReducesDenominator: true,
};

const UPWARD = { workingDays: 10, withConsultationWorkingDays: 20 };
const NOT_COUNTED = 'posting_day_not_counted' as const;
const NO_COMMENT = { required: false, workingDays: 5, postingDay: NOT_COUNTED };
const COMMENT_5 = { required: true, workingDays: 5, postingDay: NOT_COUNTED };

function rules(partial: Partial<AwardRules> & Pick<AwardRules, 'council'>): AwardRules {
  return {
    publicComment: NO_COMMENT,
    appraisalSlaWorkingDays: 10,
    adHocAppraisalSlaWorkingDays: null,
    upwardAppraisal: null,
    quota: { kind: 'none' },
    cashAwardBaseSalaryMultiple: null,
    ...partial,
  };
}

export const DEFAULT_AWARD_RULES: Record<AwardCode, AwardRules> = {
  // Rated at the unit's year-end review; no ministry council vote.
  LDTT: rules({ council: null, cashAwardBaseSalaryMultiple: 0.3 }),
  CSTDCS: rules({
    council: SECRET_BALLOT_TWO_THIRDS_OF_ALL,
    quota: {
      kind: 'share_of_holders',
      holdersOf: 'LDTT',
      per: 'unit',
      share: fraction(15, 100),
      rounding: 'floor',
    },
    cashAwardBaseSalaryMultiple: 1.0,
  }),
  CSTDBO: rules({ council: SECRET_BALLOT_90_OF_ALL, cashAwardBaseSalaryMultiple: 3.0 }),
  CSTDTQ: rules({
    council: SECRET_BALLOT_90_OF_ALL,
    publicComment: COMMENT_5,
    upwardAppraisal: UPWARD,
    cashAwardBaseSalaryMultiple: 4.5,
  }),
  TTLDTT: rules({ council: null }),
  TTLDXS: rules({ council: OPEN_MAJORITY_OF_PRESENT, cashAwardBaseSalaryMultiple: 1.5 }),
  COBO: rules({ council: SECRET_BALLOT_90_OF_ALL, quota: { kind: 'one_per_bloc' } }),
  BKBO: rules({ council: OPEN_MAJORITY_OF_PRESENT, adHocAppraisalSlaWorkingDays: 5 }),
  GK: rules({ council: null, adHocAppraisalSlaWorkingDays: 5 }),
  KNC: rules({ council: OPEN_MAJORITY_OF_PRESENT }),
  BKTTG: rules({
    council: SECRET_BALLOT_90_OF_ALL,
    publicComment: COMMENT_5,
    upwardAppraisal: UPWARD,
    adHocAppraisalSlaWorkingDays: 5,
  }),
  COCP: rules({
    council: SECRET_BALLOT_90_OF_ALL,
    publicComment: COMMENT_5,
    upwardAppraisal: UPWARD,
  }),
  HCLD: rules({
    council: SECRET_BALLOT_90_OF_ALL,
    publicComment: COMMENT_5,
    upwardAppraisal: UPWARD,
  }),
  // Hero titles: considered at the five-yearly congress; public comment 10 working days.
  AHLD: rules({
    council: SECRET_BALLOT_90_OF_ALL,
    publicComment: { required: true, workingDays: 10, postingDay: NOT_COUNTED },
    upwardAppraisal: UPWARD,
  }),
};

export const DEFAULT_CONFIGURABLE_VALUES: ConfigurableValues = {
  ldttMinMonthsSinceRecruitment: 6,
  ldttRecruitmentRuleFrom: null,
  transferOldUnitCommentMinMonths: 6,
  ldttDisciplineBarFrom: 'reprimand',
  disciplineCarryOver: 'needs_judgement',
  unprotectedAbsenceJudgementWorkingDays: 40,
  ldttAbsenceBarWorkingDays: null,
  runningSanction: {
    criminal_sentence: 'needs_judgement',
    suspended_sentence: 'needs_judgement',
    administrative_sanction: 'needs_judgement',
  },
  emulationRegistration: { notRegistered: 'needs_judgement', notRecorded: 'ignore' },
  cstdcsRanking: ['council_approval', 'evaluation_score'],
  cstdcsCouncilRuleByUnit: {},
  cstdtqCstdboCycleYears: 3,
  cstdtqProposalWindow: { fromYearsAfterDecision: 1, toYearsAfterDecision: 1 },
  collectiveMemberDisciplineBar: { TTLDTT: null, TTLDXS: null },
  bkboExcludeInitiativesUsedForCstdcs: true,
  bkboConsecutiveCstdcsPath: 'counts',
  bkttgRegularTrack: 'counts',
  certificatePrerequisiteIssuers: { BKTTG: ['ministry', 'province'] },
  gkMinGrade: 'good',
  kncMinServiceYears: 10,
  womenLeaderTenureReduction: fraction(1, 3),
  kncDisciplinePolicy: 'needs_judgement',
  kncReferenceMonthDay: '05-03',
  // Certificates of one year for the same achievement. A title (CSTĐ cấp Bộ, CSTĐ toàn quốc)
  // and a certificate in the same cycle reward different achievements: not an overlap.
  overlappingAwardSets: [
    { codes: ['BKBO', 'BKTTG'], severity: 'needs_judgement' },
    { codes: ['GK', 'BKBO'], severity: 'needs_judgement' },
  ],
  overlays: [],
  awardRules: DEFAULT_AWARD_RULES,
};
