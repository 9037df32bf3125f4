import { AWARD_CODES, type AwardCode } from '../../../domain/catalogue/awardCodes';
import { CATALOGUE } from '../../../domain/catalogue/awards';
import { checkEligibility } from '../../../domain/eligibility/checkEligibility';
import type { EligibilityContext } from '../../../domain/eligibility/context';
import type { SubjectHistory } from '../../../domain/eligibility/history';
import type { Verdict } from '../../../domain/eligibility/reason';
import { formatCitation } from '../../../domain/ruleSets/citation';
import { applyConfigOverride } from '../../../domain/ruleSets/overrides';
import type { RuleSet } from '../../../domain/ruleSets/ruleSet';
import { RULE_SET_2025 } from '../../../domain/ruleSets/ruleSet2025';
import { award, collective, grades, initiative, person, titles } from './fixtures';

interface Case {
  name: string;
  /** The article the case checks; the decisive reason must cite it. */
  article: string;
  award: AwardCode;
  history: SubjectHistory;
  year?: number;
  context?: EligibilityContext;
  ruleSet?: RuleSet;
  verdict: Verdict;
  /** Reason codes that must appear; the first one must cite `article`. */
  codes: string[];
  /** Reason codes that must not appear. */
  absent?: string[];
  path?: string;
}

const LAW = 'Luật 06/2022/QH15';
const DECREE = 'Nghị định 152/2025/NĐ-CP';
const GOOD_2025 = grades({ 2025: 'good' });
const EXCELLENT_2025 = grades({ 2025: 'excellent' });

const legacyMandatoryInitiative: RuleSet = {
  ...RULE_SET_2025,
  id: 'legacy-test',
  law: { ...RULE_SET_2025.law, cstdcsInitiativeMandatory: true },
};
const disciplineBarOn = applyConfigOverride(
  RULE_SET_2025,
  { collectiveMemberDisciplineBar: { TTLDTT: 'warning', TTLDXS: null } },
  'rev-test-1',
);
const bkboReuseAllowed = applyConfigOverride(
  RULE_SET_2025,
  { bkboExcludeInitiativesUsedForCstdcs: false },
  'rev-test-2',
);

const cases: Case[] = [
  // ── LĐTT, Art. 24 ────────────────────────────────────────────────────────────
  {
    name: 'LĐTT: rated "completed tasks well"',
    article: `Điều 24, ${LAW}`,
    award: 'LDTT',
    history: person({ evaluations: GOOD_2025 }),
    verdict: 'eligible',
    codes: ['LDTT_GRADE_MET'],
  },
  {
    name: 'LĐTT: rated only "completed tasks"',
    article: `Điều 24, ${LAW}`,
    award: 'LDTT',
    history: person({ evaluations: grades({ 2025: 'complete' }) }),
    verdict: 'not_eligible',
    codes: ['LDTT_GRADE_BELOW_GOOD'],
  },
  {
    name: 'LĐTT: recruited 2025-07-02 has 5 months by year end (< 6 since 2024)',
    article: `Điều 24, ${LAW}`,
    award: 'LDTT',
    history: person({
      person: { id: 'p1', gender: 'male', recruitmentDate: '2025-07-02' },
      evaluations: GOOD_2025,
    }),
    verdict: 'not_eligible',
    codes: ['LDTT_RECRUITED_TOO_RECENTLY'],
  },
  {
    name: 'LĐTT: recruited 2025-07-01 has exactly 6 months',
    article: `Điều 24, ${LAW}`,
    award: 'LDTT',
    history: person({
      person: { id: 'p1', gender: 'male', recruitmentDate: '2025-07-01' },
      evaluations: GOOD_2025,
    }),
    verdict: 'eligible',
    codes: ['LDTT_RECRUITMENT_MET'],
  },
  {
    name: 'LĐTT: a change of contract type does not restart the clock',
    article: `Điều 24, ${LAW}`,
    award: 'LDTT',
    history: person({
      person: { id: 'p1', gender: 'male', recruitmentDate: '2025-09-01' },
      employment: [
        { from: '2024-10-01', to: '2025-08-31', contractType: 'hợp đồng lao động' },
        { from: '2025-09-01', to: null, contractType: 'viên chức' },
      ],
      evaluations: GOOD_2025,
    }),
    verdict: 'eligible',
    codes: ['LDTT_RECRUITMENT_MET'],
  },
  {
    name: 'LĐTT: reprimanded during the year',
    article: `Điều 24, ${LAW}`,
    award: 'LDTT',
    history: person({
      evaluations: GOOD_2025,
      discipline: [{ level: 'reprimand', decidedOn: '2025-05-10' }],
    }),
    verdict: 'not_eligible',
    codes: ['LDTT_DISCIPLINED_IN_YEAR'],
  },
  {
    name: 'LĐTT: a 2024 warning still in effect in 2025 needs a human (configurable)',
    article: `Điều 24, ${LAW}`,
    award: 'LDTT',
    history: person({
      evaluations: GOOD_2025,
      discipline: [{ level: 'warning', decidedOn: '2024-11-01', effectiveTo: '2025-10-31' }],
    }),
    verdict: 'needs_judgement',
    codes: ['LDTT_DISCIPLINE_CARRIED_OVER'],
  },
  {
    name: 'LĐTT: maternity leave counts as working time',
    article: `Điều 24, ${LAW}`,
    award: 'LDTT',
    history: person({
      person: { id: 'p1', gender: 'female', recruitmentDate: '2025-01-15' },
      evaluations: GOOD_2025,
      absences: [{ kind: 'maternity', from: '2025-03-01', to: '2025-08-31', workingDays: 130 }],
    }),
    verdict: 'eligible',
    codes: ['PROTECTED_ABSENCE_COUNTED'],
    absent: ['LDTT_LONG_ABSENCE'],
  },
  {
    name: 'LĐTT: ordinary sick leave is no bar',
    article: `Điều 24, ${LAW}`,
    award: 'LDTT',
    history: person({
      evaluations: GOOD_2025,
      absences: [{ kind: 'sick', from: '2025-02-01', to: '2025-04-30', workingDays: 63 }],
    }),
    verdict: 'eligible',
    codes: ['LDTT_GRADE_MET'],
    absent: ['LDTT_LONG_ABSENCE'],
  },
  {
    name: 'LĐTT: 50 working days of unpaid leave go to the council',
    article: `Điều 24, ${LAW}`,
    award: 'LDTT',
    history: person({
      evaluations: GOOD_2025,
      absences: [{ kind: 'unpaid_leave', from: '2025-02-01', to: '2025-04-15', workingDays: 50 }],
    }),
    verdict: 'needs_judgement',
    codes: ['LDTT_LONG_ABSENCE'],
  },
  {
    name: 'LĐTT: transferred after 7 months, old unit comments missing',
    article: `Điều 24, ${LAW}`,
    award: 'LDTT',
    history: person({
      evaluations: GOOD_2025,
      units: [
        { unitId: 'VU-A', from: '2015-01-01', to: '2025-07-31' },
        { unitId: 'VU-B', from: '2025-08-01', to: null },
      ],
    }),
    context: { nominatingUnitId: 'VU-B' },
    verdict: 'needs_judgement',
    codes: ['TRANSFER_OLD_UNIT_COMMENTS_MISSING', 'TRANSFER_ASSESSED_BY_NEW_UNIT'],
  },
  {
    name: 'LĐTT: transferred after 7 months, old unit commented',
    article: `Điều 24, ${LAW}`,
    award: 'LDTT',
    history: person({
      evaluations: GOOD_2025,
      units: [
        { unitId: 'VU-A', from: '2015-01-01', to: '2025-07-31', oldUnitCommentsProvided: true },
        { unitId: 'VU-B', from: '2025-08-01', to: null },
      ],
    }),
    context: { nominatingUnitId: 'VU-B' },
    verdict: 'eligible',
    codes: ['TRANSFER_ASSESSED_BY_NEW_UNIT'],
  },
  {
    name: 'LĐTT: transferred after 4 months needs no comments',
    article: `Điều 24, ${LAW}`,
    award: 'LDTT',
    history: person({
      evaluations: GOOD_2025,
      units: [
        { unitId: 'VU-A', from: '2015-01-01', to: '2025-04-30' },
        { unitId: 'VU-B', from: '2025-05-01', to: null },
      ],
    }),
    context: { nominatingUnitId: 'VU-B' },
    verdict: 'eligible',
    codes: ['TRANSFER_ASSESSED_BY_NEW_UNIT'],
    absent: ['TRANSFER_OLD_UNIT_COMMENTS_MISSING'],
  },
  {
    name: 'LĐTT: the old unit cannot nominate a transferred person',
    article: `Điều 24, ${LAW}`,
    award: 'LDTT',
    history: person({
      evaluations: GOOD_2025,
      units: [
        { unitId: 'VU-A', from: '2015-01-01', to: '2025-04-30' },
        { unitId: 'VU-B', from: '2025-05-01', to: null },
      ],
    }),
    context: { nominatingUnitId: 'VU-A' },
    verdict: 'needs_judgement',
    codes: ['TRANSFER_WRONG_ASSESSING_UNIT'],
  },
  {
    name: 'Principle: a pending complaint holds the award',
    article: `Điều 4, ${DECREE}`,
    award: 'LDTT',
    history: person({
      evaluations: GOOD_2025,
      holds: [{ kind: 'complaint', from: '2025-11-20', to: null }],
    }),
    context: { asOf: '2025-12-22' },
    verdict: 'needs_judgement',
    codes: ['HOLD_ACTIVE'],
  },
  {
    name: 'Principle: a closed inspection no longer holds the award',
    article: `Điều 24, ${LAW}`,
    award: 'LDTT',
    history: person({
      evaluations: GOOD_2025,
      holds: [{ kind: 'inspection', from: '2025-03-01', to: '2025-06-30' }],
    }),
    context: { asOf: '2025-12-22' },
    verdict: 'eligible',
    codes: ['LDTT_GRADE_MET'],
    absent: ['HOLD_ACTIVE'],
  },
  {
    name: 'LĐTT is for individuals only',
    article: `Điều 24, ${LAW}`,
    award: 'LDTT',
    history: collective({ year: 2025 }),
    verdict: 'not_eligible',
    codes: ['SUBJECT_MISMATCH'],
  },
  {
    name: 'Duplicate: nominated for LĐTT 2025 by another unit too',
    article: `Điều 5, khoản 2, điểm c, ${LAW}`,
    award: 'LDTT',
    history: person({ evaluations: GOOD_2025 }),
    context: {
      nominationId: 'n1',
      nominatingUnitId: 'VU-TCCB',
      otherNominations: [
        { nominationId: 'n2', subjectId: 'p1', award: 'LDTT', year: 2025, unitId: 'VU-KHTC' },
      ],
    },
    verdict: 'needs_judgement',
    codes: ['DUPLICATE_NOMINATION_OTHER_UNIT'],
  },
  {
    name: 'Duplicate: nominated twice for LĐTT 2025 by the same unit',
    article: `Điều 5, khoản 2, điểm c, ${LAW}`,
    award: 'LDTT',
    history: person({ evaluations: GOOD_2025 }),
    context: {
      nominationId: 'n1',
      nominatingUnitId: 'VU-TCCB',
      otherNominations: [
        { nominationId: 'n1', subjectId: 'p1', award: 'LDTT', year: 2025, unitId: 'VU-TCCB' },
        { nominationId: 'n3', subjectId: 'p1', award: 'LDTT', year: 2025, unitId: 'VU-TCCB' },
      ],
    },
    verdict: 'needs_judgement',
    codes: ['DUPLICATE_NOMINATION_SAME_UNIT'],
  },
  {
    name: 'Repeat: LĐTT 2025 already decided',
    article: `Điều 5, khoản 2, điểm c, ${LAW}`,
    award: 'LDTT',
    history: person({
      evaluations: GOOD_2025,
      awards: [award('LDTT', 2025, { decisionNumber: '12/QĐ-BDTTG' })],
    }),
    verdict: 'not_eligible',
    codes: ['AWARD_ALREADY_RECEIVED'],
  },

  // ── CSTĐCS, Art. 23 ─────────────────────────────────────────────────────────
  {
    name: 'CSTĐCS: LĐTT + excellent completion, no initiative needed since 2024',
    article: `Điều 23, ${LAW}`,
    award: 'CSTDCS',
    history: person({ evaluations: EXCELLENT_2025 }),
    verdict: 'eligible',
    codes: ['CSTDCS_ALTERNATIVE_MET', 'CSTDCS_QUOTA_APPLIES'],
    path: 'excellent_completion',
  },
  {
    name: 'CSTĐCS: LĐTT + grassroots initiative recognised in 2025',
    article: `Điều 23, ${LAW}`,
    award: 'CSTDCS',
    history: person({ evaluations: GOOD_2025, initiatives: [initiative('i1', 2025)] }),
    verdict: 'eligible',
    codes: ['CSTDCS_ALTERNATIVE_MET'],
    path: 'good_completion_initiative',
  },
  {
    name: 'CSTĐCS: LĐTT + accepted research',
    article: `Điều 23, ${LAW}`,
    award: 'CSTDCS',
    history: person({
      evaluations: GOOD_2025,
      initiatives: [initiative('r1', 2025, { kind: 'research' })],
    }),
    verdict: 'eligible',
    codes: ['CSTDCS_ALTERNATIVE_MET'],
    path: 'research',
  },
  {
    name: 'CSTĐCS: good completion without any alternative',
    article: `Điều 23, ${LAW}`,
    award: 'CSTDCS',
    history: person({ evaluations: GOOD_2025 }),
    verdict: 'not_eligible',
    codes: ['CSTDCS_NO_ALTERNATIVE_MET'],
  },
  {
    name: 'CSTĐCS: an initiative already counted for the 2024 title does not count again',
    article: `Điều 23, ${LAW}`,
    award: 'CSTDCS',
    history: person({
      evaluations: GOOD_2025,
      initiatives: [initiative('i1', 2025, { usedFor: [{ award: 'CSTDCS', year: 2024 }] })],
    }),
    verdict: 'not_eligible',
    codes: ['CSTDCS_NO_ALTERNATIVE_MET'],
  },
  {
    name: 'CSTĐCS: fails LĐTT (rated "completed tasks") despite an initiative',
    article: `Điều 24, ${LAW}`,
    award: 'CSTDCS',
    history: person({
      evaluations: grades({ 2025: 'complete' }),
      initiatives: [initiative('i1', 2025)],
    }),
    verdict: 'not_eligible',
    codes: ['LDTT_GRADE_BELOW_GOOD'],
  },
  {
    name: 'CSTĐCS (pre-2024 style rule set): excellence alone is not enough',
    article: `Điều 23, ${LAW}`,
    award: 'CSTDCS',
    ruleSet: legacyMandatoryInitiative,
    history: person({ evaluations: EXCELLENT_2025 }),
    verdict: 'not_eligible',
    codes: ['CSTDCS_INITIATIVE_REQUIRED'],
  },

  // ── CSTĐ cấp Bộ, Art. 22 ────────────────────────────────────────────────────
  {
    name: 'CSTĐBO: CSTĐCS 2023–2025 and a ministry-wide initiative',
    article: `Điều 22, ${LAW}`,
    award: 'CSTDBO',
    history: person({
      awards: titles('CSTDCS', [2023, 2024, 2025]),
      initiatives: [initiative('i1', 2024, { scope: 'ministry' })],
    }),
    verdict: 'eligible',
    codes: ['CSTDBO_CHAIN_MET', 'CSTDBO_INITIATIVE_MET'],
  },
  {
    name: 'CSTĐBO: a gap in 2024 (rated, no title) breaks the chain',
    article: `Điều 22, ${LAW}`,
    award: 'CSTDBO',
    history: person({
      awards: titles('CSTDCS', [2022, 2023, 2025]),
      evaluations: grades({ 2024: 'good' }),
      initiatives: [initiative('i1', 2025, { scope: 'ministry' })],
    }),
    verdict: 'not_eligible',
    codes: ['CSTDBO_CHAIN_BROKEN'],
  },
  {
    name: 'CSTĐBO: nothing recorded for 2024 — the missing title is unknown, not absent',
    article: `Điều 22, ${LAW}`,
    award: 'CSTDBO',
    history: person({
      awards: titles('CSTDCS', [2022, 2023, 2025]),
      initiatives: [initiative('i1', 2025, { scope: 'ministry' })],
    }),
    verdict: 'needs_judgement',
    codes: ['CSTDBO_CSTDCS_HISTORY_MISSING'],
    absent: ['CSTDBO_CHAIN_BROKEN'],
  },
  {
    name: 'CSTĐBO: recruited in 2024, so 2023 is known to hold no title',
    article: `Điều 22, ${LAW}`,
    award: 'CSTDBO',
    history: person({
      person: { id: 'p1', gender: 'female', recruitmentDate: '2024-01-02' },
      awards: titles('CSTDCS', [2024, 2025]),
      initiatives: [initiative('i1', 2025, { scope: 'ministry' })],
    }),
    verdict: 'not_eligible',
    codes: ['CSTDBO_CHAIN_BROKEN'],
  },
  {
    name: 'CSTĐBO: only a grassroots-level initiative',
    article: `Điều 22, ${LAW}`,
    award: 'CSTDBO',
    history: person({
      awards: titles('CSTDCS', [2023, 2024, 2025]),
      initiatives: [initiative('i1', 2024)],
    }),
    verdict: 'not_eligible',
    codes: ['CSTDBO_NO_MINISTRY_INITIATIVE'],
  },
  {
    name: 'CSTĐBO: the 2025 CSTĐCS is nominated in the same round',
    article: `Điều 22, ${LAW}`,
    award: 'CSTDBO',
    history: person({
      awards: titles('CSTDCS', [2023, 2024]),
      initiatives: [initiative('i1', 2024, { scope: 'ministry' })],
    }),
    context: {
      nominationId: 'n-bo',
      otherNominations: [
        { nominationId: 'n-cs', subjectId: 'p1', award: 'CSTDCS', year: 2025, unitId: 'VU-TCCB' },
      ],
    },
    verdict: 'needs_judgement',
    codes: ['CSTDBO_CHAIN_PENDING'],
  },
  {
    name: 'CSTĐBO: a thematic CSTĐCS does not count (Decree principle)',
    article: `Điều 4, ${DECREE}`,
    award: 'CSTDBO',
    history: person({
      awards: [
        award('CSTDCS', 2023),
        award('CSTDCS', 2024, { basis: 'thematic' }),
        award('CSTDCS', 2025),
      ],
      initiatives: [initiative('i1', 2024, { scope: 'ministry' })],
    }),
    verdict: 'not_eligible',
    codes: ['NON_MERIT_AWARD_NOT_COUNTED', 'CSTDBO_CHAIN_BROKEN'],
  },
  {
    name: 'CSTĐBO: years already counted for the 2024 title',
    article: `Điều 22, ${LAW}`,
    award: 'CSTDBO',
    history: person({
      awards: [...titles('CSTDCS', [2022, 2023, 2024, 2025]), award('CSTDBO', 2024)],
      initiatives: [initiative('i1', 2025, { scope: 'ministry' })],
    }),
    verdict: 'not_eligible',
    codes: ['CSTDBO_CHAIN_ALREADY_USED'],
  },

  // ── CSTĐ toàn quốc, Art. 21 ─────────────────────────────────────────────────
  {
    name: 'CSTĐTQ: CSTĐBO 2022 and 2025, national initiative, proposed in 2027',
    article: `Điều 21, ${LAW}`,
    award: 'CSTDTQ',
    history: person({
      awards: [award('CSTDBO', 2022), award('CSTDBO', 2025, { decisionDate: '2026-03-15' })],
      initiatives: [initiative('i1', 2024, { scope: 'national' })],
    }),
    context: { asOf: '2027-02-01', upwardProposalDate: '2027-03-01' },
    verdict: 'eligible',
    codes: ['CSTDTQ_CHAIN_MET', 'CSTDTQ_INITIATIVE_MET', 'CSTDTQ_WINDOW_MET'],
  },
  {
    name: 'CSTĐTQ: CSTĐBO 2019 and 2025 are not consecutive',
    article: `Điều 21, ${LAW}`,
    award: 'CSTDTQ',
    history: person({
      awards: [award('CSTDBO', 2019), award('CSTDBO', 2025, { decisionDate: '2026-03-15' })],
      initiatives: [initiative('i1', 2024, { scope: 'national' })],
    }),
    context: { asOf: '2027-03-01' },
    verdict: 'not_eligible',
    codes: ['CSTDTQ_CHAIN_BROKEN'],
  },
  {
    name: 'CSTĐTQ: proposed in the decision year, outside the window',
    article: `Điều 21, ${LAW}`,
    award: 'CSTDTQ',
    history: person({
      awards: [award('CSTDBO', 2022), award('CSTDBO', 2025, { decisionDate: '2026-03-15' })],
      initiatives: [initiative('i1', 2024, { scope: 'national' })],
    }),
    context: { asOf: '2026-05-01', upwardProposalDate: '2026-05-20' },
    verdict: 'not_eligible',
    codes: ['CSTDTQ_OUTSIDE_WINDOW'],
  },
  {
    name: 'CSTĐTQ: received inside the window but proposed upward the year after — the proposal date decides',
    article: `Điều 21, ${LAW}`,
    award: 'CSTDTQ',
    history: person({
      awards: [award('CSTDBO', 2022), award('CSTDBO', 2025, { decisionDate: '2026-03-15' })],
      initiatives: [initiative('i1', 2024, { scope: 'national' })],
    }),
    context: { asOf: '2027-12-20', upwardProposalDate: '2028-01-10' },
    verdict: 'not_eligible',
    codes: ['CSTDTQ_OUTSIDE_WINDOW'],
  },
  {
    name: 'CSTĐTQ: received the year after the decision but not yet proposed upward — the date is asked for',
    article: `Điều 21, ${LAW}`,
    award: 'CSTDTQ',
    history: person({
      awards: [award('CSTDBO', 2022), award('CSTDBO', 2025, { decisionDate: '2026-03-15' })],
      initiatives: [initiative('i1', 2024, { scope: 'national' })],
    }),
    context: { asOf: '2027-03-01' },
    verdict: 'needs_judgement',
    codes: ['CSTDTQ_PROPOSAL_DATE_MISSING'],
    absent: ['CSTDTQ_WINDOW_MET'],
  },
  {
    name: 'CSTĐTQ: only a ministry-wide initiative',
    article: `Điều 21, ${LAW}`,
    award: 'CSTDTQ',
    history: person({
      awards: [award('CSTDBO', 2022), award('CSTDBO', 2025, { decisionDate: '2026-03-15' })],
      initiatives: [initiative('i1', 2024, { scope: 'ministry' })],
    }),
    context: { asOf: '2027-03-01' },
    verdict: 'not_eligible',
    codes: ['CSTDTQ_NO_NATIONAL_INITIATIVE'],
  },
  {
    name: 'CSTĐTQ: without a proposal date the window needs a human',
    article: `Điều 21, ${LAW}`,
    award: 'CSTDTQ',
    history: person({
      awards: [award('CSTDBO', 2022), award('CSTDBO', 2025, { decisionDate: '2026-03-15' })],
      initiatives: [initiative('i1', 2024, { scope: 'national' })],
    }),
    verdict: 'needs_judgement',
    codes: ['CSTDTQ_PROPOSAL_DATE_MISSING'],
  },

  // ── Tập thể lao động tiên tiến, Art. 28 ─────────────────────────────────────
  {
    name: 'TTLĐTT: 11 of 20 Advanced Workers is over 50%',
    article: `Điều 28, ${LAW}`,
    award: 'TTLDTT',
    history: collective({ year: 2025, ldttCount: 11, unitGrade: 'good' }),
    verdict: 'eligible',
    codes: ['TTLDTT_LDTT_SHARE_MET'],
  },
  {
    name: 'TTLĐTT: exactly 50% is not "over 50%"',
    article: `Điều 28, ${LAW}`,
    award: 'TTLDTT',
    history: collective({ year: 2025, ldttCount: 10, unitGrade: 'good' }),
    verdict: 'not_eligible',
    codes: ['TTLDTT_LDTT_SHARE_TOO_LOW'],
  },
  {
    name: 'TTLĐTT: the collective only "completed tasks"',
    article: `Điều 28, ${LAW}`,
    award: 'TTLDTT',
    history: collective({ year: 2025, unitGrade: 'complete' }),
    verdict: 'not_eligible',
    codes: ['COLLECTIVE_GRADE_TOO_LOW'],
  },
  {
    name: 'TTLĐTT: member warned, old-law bar switched on by configuration',
    article: `Điều 28, ${LAW}`,
    award: 'TTLDTT',
    ruleSet: disciplineBarOn,
    history: collective({ year: 2025, disciplinedMemberLevels: ['warning'] }),
    verdict: 'not_eligible',
    codes: ['COLLECTIVE_MEMBER_DISCIPLINED'],
  },
  {
    name: 'TTLĐTT: member warned, bar off by default (not in the 2022 Law)',
    article: `Điều 28, ${LAW}`,
    award: 'TTLDTT',
    history: collective({ year: 2025, disciplinedMemberLevels: ['warning'] }),
    verdict: 'eligible',
    codes: ['TTLDTT_LDTT_SHARE_MET'],
    absent: ['COLLECTIVE_MEMBER_DISCIPLINED'],
  },

  // ── Tập thể lao động xuất sắc, Art. 27 ──────────────────────────────────────
  {
    name: 'TTLĐXS: exactly 70% Advanced Workers is "from 70%"',
    article: `Điều 27, ${LAW}`,
    award: 'TTLDXS',
    history: collective({ year: 2025, ldttCount: 14, cstdcsCount: 1 }),
    verdict: 'eligible',
    codes: ['TTLDXS_LDTT_SHARE_MET', 'TTLDXS_COMPLETED_SHARE_MET', 'TTLDXS_CSTDCS_MET'],
  },
  {
    name: 'TTLĐXS: 13 of 20 (65%) Advanced Workers',
    article: `Điều 27, ${LAW}`,
    award: 'TTLDXS',
    history: collective({ year: 2025, ldttCount: 13 }),
    verdict: 'not_eligible',
    codes: ['TTLDXS_LDTT_SHARE_TOO_LOW'],
  },
  {
    name: 'TTLĐXS: one member did not complete tasks',
    article: `Điều 27, ${LAW}`,
    award: 'TTLDXS',
    history: collective({ year: 2025, completedTasksCount: 19 }),
    verdict: 'not_eligible',
    codes: ['TTLDXS_COMPLETED_SHARE_TOO_LOW'],
  },
  {
    name: 'TTLĐXS: no Grassroots Emulation Fighter',
    article: `Điều 27, ${LAW}`,
    award: 'TTLDXS',
    history: collective({ year: 2025, cstdcsCount: 0 }),
    verdict: 'not_eligible',
    codes: ['TTLDXS_NO_CSTDCS'],
  },
  {
    name: 'TTLĐXS: collective rated only "good"',
    article: `Điều 27, ${LAW}`,
    award: 'TTLDXS',
    history: collective({ year: 2025, unitGrade: 'good' }),
    verdict: 'not_eligible',
    codes: ['COLLECTIVE_GRADE_TOO_LOW'],
  },

  // ── Cờ thi đua của Bộ, Art. 26 ──────────────────────────────────────────────
  {
    name: 'Ministry flag: leads its bloc and exceeded targets',
    article: `Điều 26, khoản 1 và khoản 2, ${LAW}`,
    award: 'COBO',
    history: collective({ year: 2025, blocRank: 1, exceededTargets: true }),
    verdict: 'eligible',
    codes: ['COBO_LEADS_BLOC'],
  },
  {
    name: 'Ministry flag: second in its bloc',
    article: `Điều 26, khoản 1 và khoản 2, ${LAW}`,
    award: 'COBO',
    history: collective({ year: 2025, blocRank: 2, exceededTargets: true }),
    verdict: 'not_eligible',
    codes: ['COBO_NOT_BLOC_LEADER'],
  },
  {
    name: 'Ministry flag: no bloc ranking yet',
    article: `Điều 26, khoản 1 và khoản 2, ${LAW}`,
    award: 'COBO',
    history: collective({ year: 2025, exceededTargets: true }),
    verdict: 'needs_judgement',
    codes: ['COBO_BLOC_RANK_MISSING'],
  },

  // ── Bằng khen của Bộ trưởng, Art. 74 ────────────────────────────────────────
  {
    name: "Minister's Certificate: 2 consecutive CSTĐCS (2024, 2025)",
    article: `Điều 74, ${LAW}`,
    award: 'BKBO',
    history: person({ awards: titles('CSTDCS', [2024, 2025]) }),
    verdict: 'eligible',
    codes: ['BKBO_PATH_MET'],
    path: 'consecutive_cstdcs',
  },
  {
    name: "Minister's Certificate: 2 excellent years with 2 grassroots initiatives",
    article: `Điều 74, ${LAW}`,
    award: 'BKBO',
    history: person({
      evaluations: grades({ 2024: 'excellent', 2025: 'excellent' }),
      initiatives: [initiative('i1', 2024), initiative('i2', 2025)],
    }),
    verdict: 'eligible',
    codes: ['BKBO_PATH_MET'],
    path: 'excellent_with_initiatives',
  },
  {
    name: "Minister's Certificate: an initiative used for CSTĐCS (good + initiative) is not counted again",
    article: 'Công văn 1168/BNV-BTĐKT',
    award: 'BKBO',
    history: person({
      evaluations: grades({ 2024: 'excellent', 2025: 'excellent' }),
      initiatives: [
        initiative('i1', 2024, {
          usedFor: [{ award: 'CSTDCS', year: 2024, path: 'good_completion_initiative' }],
        }),
        initiative('i2', 2025),
      ],
    }),
    verdict: 'not_eligible',
    codes: ['BKBO_INITIATIVE_ALREADY_USED_FOR_CSTDCS', 'BKBO_NO_PATH_MET'],
  },
  {
    name: "Minister's Certificate: the same case when the 1168 rule is configured off",
    article: `Điều 74, ${LAW}`,
    award: 'BKBO',
    ruleSet: bkboReuseAllowed,
    history: person({
      evaluations: grades({ 2024: 'excellent', 2025: 'excellent' }),
      initiatives: [
        initiative('i1', 2024, {
          usedFor: [{ award: 'CSTDCS', year: 2024, path: 'good_completion_initiative' }],
        }),
        initiative('i2', 2025),
      ],
    }),
    verdict: 'eligible',
    codes: ['BKBO_PATH_MET'],
  },
  {
    name: 'Minister\'s Certificate: an imported use naming no path, in a year rated "good": the initiative earned that title, not counted again',
    article: 'Công văn 1168/BNV-BTĐKT',
    award: 'BKBO',
    history: person({
      evaluations: grades({ 2023: 'good', 2024: 'excellent', 2025: 'excellent' }),
      initiatives: [
        initiative('i1', 2024, { usedFor: [{ award: 'CSTDCS', year: 2023 }] }),
        initiative('i2', 2025),
      ],
    }),
    verdict: 'not_eligible',
    codes: ['BKBO_INITIATIVE_ALREADY_USED_FOR_CSTDCS', 'BKBO_NO_PATH_MET'],
  },
  {
    name: "Minister's Certificate: an imported use naming no path, in a year rated excellent: that title rested on excellence, the initiative counts",
    article: `Điều 74, ${LAW}`,
    award: 'BKBO',
    history: person({
      evaluations: grades({ 2024: 'excellent', 2025: 'excellent' }),
      initiatives: [
        initiative('i1', 2024, { usedFor: [{ award: 'CSTDCS', year: 2024 }] }),
        initiative('i2', 2025),
      ],
    }),
    verdict: 'eligible',
    codes: ['BKBO_PATH_MET'],
    absent: ['BKBO_INITIATIVE_ALREADY_USED_FOR_CSTDCS'],
  },
  {
    name: "Minister's Certificate: an imported use naming no path and no grade for its year: the council decides whether it counts",
    article: `Điều 74, ${LAW}`,
    award: 'BKBO',
    history: person({
      evaluations: grades({ 2024: 'excellent', 2025: 'excellent' }),
      initiatives: [
        initiative('i1', 2024, { usedFor: [{ award: 'CSTDCS', year: 2023 }] }),
        initiative('i2', 2025),
      ],
    }),
    verdict: 'needs_judgement',
    codes: ['BKBO_PATH_NEEDS_JUDGEMENT'],
    absent: ['BKBO_PATH_MET'],
  },
  {
    name: 'Minister\'s Certificate: research that served a CSTĐCS in a "good" year served the research path and counts',
    article: `Điều 74, ${LAW}`,
    award: 'BKBO',
    history: person({
      evaluations: grades({ 2023: 'good', 2024: 'excellent', 2025: 'excellent' }),
      initiatives: [
        initiative('r1', 2024, { kind: 'research', usedFor: [{ award: 'CSTDCS', year: 2023 }] }),
        initiative('r2', 2025, { kind: 'research' }),
      ],
    }),
    verdict: 'eligible',
    codes: ['BKBO_PATH_MET'],
    absent: ['BKBO_INITIATIVE_ALREADY_USED_FOR_CSTDCS'],
  },
  {
    name: "Minister's Certificate: where the grades already close the initiatives path, the reuse is not reported",
    article: `Điều 74, ${LAW}`,
    award: 'BKBO',
    history: person({
      evaluations: grades({ 2024: 'good', 2025: 'excellent' }),
      initiatives: [
        initiative('i1', 2024, {
          usedFor: [{ award: 'CSTDCS', year: 2024, path: 'good_completion_initiative' }],
        }),
        initiative('i2', 2025),
      ],
    }),
    verdict: 'not_eligible',
    codes: ['BKBO_NO_PATH_MET'],
    absent: ['BKBO_INITIATIVE_ALREADY_USED_FOR_CSTDCS'],
  },
  {
    name: "Minister's Certificate: a sudden achievement goes to the council",
    article: `Điều 74, ${LAW}`,
    award: 'BKBO',
    history: person({
      achievements: [{ id: 'a1', year: 2025, kind: 'sudden_achievement' }],
    }),
    verdict: 'needs_judgement',
    codes: ['BKBO_PATH_NEEDS_JUDGEMENT'],
  },
  {
    name: "Minister's Certificate: a thematic-movement result does not support a merit proposal",
    article: `Điều 4, ${DECREE}`,
    award: 'BKBO',
    history: person({
      evaluations: grades({ 2024: 'good', 2025: 'good' }),
      achievements: [
        { id: 'a1', year: 2025, kind: 'movement_excellence', movementKind: 'thematic' },
      ],
    }),
    verdict: 'not_eligible',
    codes: ['THEMATIC_ACHIEVEMENT_NOT_COUNTED', 'BKBO_NO_PATH_MET'],
  },
  {
    name: "Minister's Certificate: no path met",
    article: `Điều 74, ${LAW}`,
    award: 'BKBO',
    history: person({
      awards: titles('CSTDCS', [2023, 2025]),
      evaluations: grades({ 2024: 'good', 2025: 'good' }),
    }),
    verdict: 'not_eligible',
    codes: ['BKBO_NO_PATH_MET'],
  },
  {
    name: "Minister's Certificate: CSTĐCS 2025 and nothing recorded for 2024 — needs the 2024 title, not a refusal",
    article: `Điều 74, ${LAW}`,
    award: 'BKBO',
    history: person({ awards: titles('CSTDCS', [2025]), evaluations: GOOD_2025 }),
    verdict: 'needs_judgement',
    codes: ['BKBO_PATH_NEEDS_JUDGEMENT'],
    absent: ['BKBO_NO_PATH_MET'],
  },
  {
    name: "Minister's Certificate for a collective: configurable criteria",
    article: `Điều 74, ${LAW}`,
    award: 'BKBO',
    history: collective({ year: 2025 }),
    verdict: 'needs_judgement',
    codes: ['BKBO_COLLECTIVE_CRITERIA_CONFIGURED'],
  },
  {
    name: "Overlap: the Minister's and the PM's Certificate proposed for the same year",
    article: `Điều 5, khoản 2, điểm c, ${LAW}`,
    award: 'BKBO',
    history: person({ awards: titles('CSTDCS', [2024, 2025]) }),
    context: {
      nominationId: 'n1',
      otherNominations: [
        { nominationId: 'n2', subjectId: 'p1', award: 'BKTTG', year: 2025, unitId: 'VU-TCCB' },
      ],
    },
    verdict: 'needs_judgement',
    codes: ['OVERLAPPING_AWARD_SAME_YEAR'],
  },
  {
    name: "No overlap: the Minister's Certificate and the Ministry Fighter title in one cycle reward different achievements",
    article: `Điều 74, ${LAW}`,
    award: 'BKBO',
    history: person({ awards: titles('CSTDCS', [2024, 2025]) }),
    context: {
      nominationId: 'n1',
      otherNominations: [
        { nominationId: 'n2', subjectId: 'p1', award: 'CSTDBO', year: 2025, unitId: 'VU-TCCB' },
      ],
    },
    verdict: 'eligible',
    codes: ['BKBO_PATH_MET'],
    absent: ['OVERLAPPING_AWARD_SAME_YEAR'],
  },
  {
    name: "No overlap: an ad hoc PM's Certificate of the same year beside a merit Minister's Certificate",
    article: `Điều 74, ${LAW}`,
    award: 'BKBO',
    history: person({
      awards: [...titles('CSTDCS', [2024, 2025]), award('BKTTG', 2025, { basis: 'ad_hoc' })],
    }),
    verdict: 'eligible',
    codes: ['BKBO_PATH_MET'],
    absent: ['OVERLAPPING_AWARD_SAME_YEAR'],
  },
  {
    name: "Overlap: an ad hoc PM's Certificate of the same year beside an ad hoc Minister's Certificate",
    article: `Điều 5, khoản 2, điểm c, ${LAW}`,
    award: 'BKBO',
    history: person({
      awards: [award('BKTTG', 2025, { basis: 'ad_hoc' })],
      achievements: [{ id: 'a1', year: 2025, kind: 'sudden_achievement' }],
    }),
    context: { kind: 'ad_hoc' },
    verdict: 'needs_judgement',
    codes: ['OVERLAPPING_AWARD_SAME_YEAR'],
  },

  // ── Giấy khen, Art. 75 ──────────────────────────────────────────────────────
  {
    name: 'Certificate of Commendation: completed tasks well',
    article: `Điều 75, khoản 2, ${LAW}`,
    award: 'GK',
    history: person({ evaluations: GOOD_2025 }),
    verdict: 'eligible',
    codes: ['GK_GRADE_MET'],
  },
  {
    name: 'Certificate of Commendation: only completed tasks',
    article: `Điều 75, khoản 2, ${LAW}`,
    award: 'GK',
    history: person({ evaluations: grades({ 2025: 'complete' }) }),
    verdict: 'not_eligible',
    codes: ['GK_GRADE_TOO_LOW'],
  },

  // ── Kỷ niệm chương, Art. 71(2) ──────────────────────────────────────────────
  {
    name: 'Medal: 15 years of service, first time',
    article: `Điều 71, khoản 2, ${LAW}`,
    award: 'KNC',
    history: person(),
    verdict: 'eligible',
    codes: ['KNC_SERVICE_MET'],
  },
  {
    name: 'Medal: once per person',
    article: `Điều 71, khoản 2, ${LAW}`,
    award: 'KNC',
    history: person({
      awards: [award('KNC', 2020, { basis: 'long_service', decisionNumber: '88/QĐ-UBDT' })],
    }),
    verdict: 'not_eligible',
    codes: ['KNC_ALREADY_AWARDED'],
  },
  {
    name: 'Medal: never posthumous',
    article: `Điều 71, khoản 2, ${LAW}`,
    award: 'KNC',
    history: person({
      person: { id: 'p1', gender: 'male', recruitmentDate: '2000-01-01', deceasedOn: '2025-02-10' },
    }),
    verdict: 'not_eligible',
    codes: ['KNC_POSTHUMOUS_NOT_ALLOWED'],
  },
  {
    name: 'Medal: 7 years 4 months is short of 10 years',
    article: `Điều 71, khoản 2, ${LAW}`,
    award: 'KNC',
    history: person({
      person: { id: 'p1', gender: 'male', recruitmentDate: '2018-01-01', isLeader: true },
    }),
    verdict: 'not_eligible',
    codes: ['KNC_SERVICE_TOO_SHORT'],
  },
  {
    name: 'Medal: a woman leader needs one third less (6 years 8 months)',
    article: `Điều 71, khoản 2, ${LAW}`,
    award: 'KNC',
    history: person({
      person: { id: 'p1', gender: 'female', recruitmentDate: '2018-01-01', isLeader: true },
    }),
    verdict: 'eligible',
    codes: ['KNC_SERVICE_MET'],
  },

  // ── Bằng khen của Thủ tướng, Art. 73 ───────────────────────────────────────
  {
    name: "PM's Certificate: merit ministry certificate 2019, 2021–2025 good+, 3 CSTĐCS",
    article: `Điều 73, ${LAW}`,
    award: 'BKTTG',
    history: person({
      awards: [award('BKBO', 2019), ...titles('CSTDCS', [2021, 2023, 2025])],
      evaluations: grades({
        2021: 'excellent',
        2022: 'good',
        2023: 'excellent',
        2024: 'good',
        2025: 'excellent',
      }),
    }),
    verdict: 'eligible',
    codes: ['BKTTG_PATH_MET'],
    path: 'regular',
  },
  {
    name: "PM's Certificate: the prior certificate was ad hoc",
    article: `Điều 4, ${DECREE}`,
    award: 'BKTTG',
    history: person({
      awards: [award('BKBO', 2019, { basis: 'ad_hoc' }), ...titles('CSTDCS', [2021, 2023, 2025])],
      evaluations: grades({ 2021: 'good', 2022: 'good', 2023: 'good', 2024: 'good', 2025: 'good' }),
    }),
    verdict: 'not_eligible',
    codes: ['NON_MERIT_AWARD_NOT_COUNTED', 'BKTTG_NO_PATH_MET'],
  },
  {
    name: "PM's Certificate: a central body's certificate is not a ministry/province one",
    article: `Điều 73, ${LAW}`,
    award: 'BKTTG',
    history: person({
      awards: [
        award('BKBO', 2019, { issuerLevel: 'central_body' }),
        ...titles('CSTDCS', [2021, 2023, 2025]),
      ],
      evaluations: grades({ 2021: 'good', 2022: 'good', 2023: 'good', 2024: 'good', 2025: 'good' }),
    }),
    verdict: 'not_eligible',
    codes: ['BKTTG_CERTIFICATE_LEVEL_NOT_COUNTED', 'BKTTG_NO_PATH_MET'],
  },
  {
    name: "PM's Certificate: only 2 CSTĐCS in 2021–2025",
    article: `Điều 73, ${LAW}`,
    award: 'BKTTG',
    history: person({
      awards: [award('BKBO', 2019), ...titles('CSTDCS', [2021, 2025])],
      evaluations: grades({ 2021: 'good', 2022: 'good', 2023: 'good', 2024: 'good', 2025: 'good' }),
    }),
    verdict: 'not_eligible',
    codes: ['BKTTG_NO_PATH_MET'],
  },
  {
    name: "PM's Certificate: 2 CSTĐCS in 2021–2025 and nothing recorded for 2022–2023 — the titles are asked for",
    article: `Điều 73, ${LAW}`,
    award: 'BKTTG',
    history: person({
      awards: [award('BKBO', 2019), ...titles('CSTDCS', [2021, 2025])],
      evaluations: grades({ 2021: 'good', 2024: 'good', 2025: 'good' }),
    }),
    verdict: 'needs_judgement',
    codes: ['BKTTG_PATH_NEEDS_JUDGEMENT'],
    absent: ['BKTTG_NO_PATH_MET'],
  },
  {
    name: 'PM\'s Certificate: 2023 rated only "completed tasks"',
    article: `Điều 73, ${LAW}`,
    award: 'BKTTG',
    history: person({
      awards: [award('BKBO', 2019), ...titles('CSTDCS', [2021, 2022, 2025])],
      evaluations: grades({
        2021: 'good',
        2022: 'good',
        2023: 'complete',
        2024: 'good',
        2025: 'good',
      }),
    }),
    verdict: 'not_eligible',
    codes: ['BKTTG_NO_PATH_MET'],
  },
  {
    name: "PM's Certificate: the 2022 certificate is not yet followed by 5 years",
    article: `Điều 73, ${LAW}`,
    award: 'BKTTG',
    history: person({
      awards: [award('BKBO', 2022), ...titles('CSTDCS', [2023, 2024, 2025])],
      evaluations: grades({ 2021: 'good', 2022: 'good', 2023: 'good', 2024: 'good', 2025: 'good' }),
    }),
    verdict: 'not_eligible',
    codes: ['BKTTG_NO_PATH_MET'],
  },

  // ── State-level forms with configurable criteria ───────────────────────────
  {
    name: 'Government flag: a collective goes to the council and upward',
    article: `Điều 25, ${LAW}`,
    award: 'COCP',
    history: collective({ year: 2025 }),
    verdict: 'needs_judgement',
    codes: ['CRITERIA_CONFIGURED_NEEDS_COUNCIL'],
  },
  {
    name: 'Government flag is for collectives only',
    article: `Điều 25, ${LAW}`,
    award: 'COCP',
    history: person(),
    verdict: 'not_eligible',
    codes: ['SUBJECT_MISMATCH'],
  },
  {
    name: 'Labour Order: goes to the council and upward',
    article: LAW,
    award: 'HCLD',
    history: person(),
    verdict: 'needs_judgement',
    codes: ['CRITERIA_CONFIGURED_NEEDS_COUNCIL'],
  },
  {
    name: 'Labour Order: already received for 2025',
    article: `Điều 5, khoản 2, điểm c, ${LAW}`,
    award: 'HCLD',
    history: person({ awards: [award('HCLD', 2025, { issuerLevel: 'state' })] }),
    verdict: 'not_eligible',
    codes: ['AWARD_ALREADY_RECEIVED'],
  },
  {
    name: 'Hero of Labour: goes to the council and upward',
    article: LAW,
    award: 'AHLD',
    history: person(),
    verdict: 'needs_judgement',
    codes: ['CRITERIA_CONFIGURED_NEEDS_COUNCIL'],
  },
  {
    name: 'Hero of Labour at an emulation congress: the occasion is right, the criteria go to the council',
    article: LAW,
    award: 'AHLD',
    history: person(),
    context: { reviewOccasion: 'emulation_congress' },
    verdict: 'needs_judgement',
    codes: ['HERO_AT_EMULATION_CONGRESS', 'CRITERIA_CONFIGURED_NEEDS_COUNCIL'],
  },
  {
    name: 'Hero of Labour proposed at the year-end review: not the occasion for it',
    article: LAW,
    award: 'AHLD',
    history: person(),
    context: { reviewOccasion: 'annual' },
    verdict: 'not_eligible',
    codes: ['HERO_NOT_AT_EMULATION_CONGRESS'],
  },
  {
    name: 'Hero of Labour at an ad hoc review: only for an especially outstanding sudden achievement',
    article: LAW,
    award: 'AHLD',
    history: person(),
    context: { reviewOccasion: 'ad_hoc' },
    verdict: 'needs_judgement',
    codes: ['HERO_AD_HOC_EXCEPTION'],
  },
  {
    name: 'Hero of Labour without the review occasion: it is asked for',
    article: LAW,
    award: 'AHLD',
    history: person(),
    verdict: 'needs_judgement',
    codes: ['REVIEW_OCCASION_MISSING'],
  },
  {
    name: 'Hero of Labour is not an ad hoc form',
    article: LAW,
    award: 'AHLD',
    history: person(),
    context: { kind: 'ad_hoc' },
    verdict: 'not_eligible',
    codes: ['KIND_NOT_ALLOWED'],
  },
];

describe('checkEligibility — table of cases, each naming the article it checks', () => {
  test.each(cases.map((c) => [`${c.name} [${c.article}]`, c] as const))('%s', (_title, c) => {
    const result = checkEligibility(
      c.history,
      c.award,
      c.year ?? 2025,
      c.ruleSet ?? RULE_SET_2025,
      c.context,
    );
    const codes = result.reasons.map((r) => r.code);
    expect({ verdict: result.verdict, codes }).toEqual({
      verdict: c.verdict,
      codes: expect.arrayContaining(c.codes),
    });
    for (const code of c.absent ?? []) expect(codes).not.toContain(code);
    const decisive = result.reasons.find((r) => r.code === c.codes[0])!;
    expect(formatCitation(decisive.citation)).toContain(c.article);
    if (c.path) expect(result.path).toBe(c.path);
    expect(result.ruleSetId).toBe((c.ruleSet ?? RULE_SET_2025).id);
    for (const reason of result.reasons) {
      expect(reason.message.vi.length).toBeGreaterThan(0);
      expect(reason.message.en.length).toBeGreaterThan(0);
    }
  });

  // For awards whose criteria are configurable (or collective BKBO), "needs the council" is
  // the best outcome the rules can give; every other award must reach "eligible".
  test.each(AWARD_CODES.map((code) => [code]))('%s has a positive and a negative case', (code) => {
    const mine = cases.filter((c) => c.award === code);
    const positive = (v: Verdict) =>
      v === 'eligible' || (CATALOGUE[code].criteriaConfigurable && v === 'needs_judgement');
    expect(mine.some((c) => positive(c.verdict))).toBe(true);
    expect(mine.some((c) => c.verdict === 'not_eligible')).toBe(true);
  });
});

describe('checkEligibility — what the result tells the caller', () => {
  test('a CSTĐCS earned by "good + initiative" reports the initiative to mark as used', () => {
    const result = checkEligibility(
      person({ evaluations: GOOD_2025, initiatives: [initiative('i1', 2025)] }),
      'CSTDCS',
      2025,
      RULE_SET_2025,
    );
    expect(result.consumes).toEqual([
      {
        initiativeId: 'i1',
        use: { award: 'CSTDCS', year: 2025, path: 'good_completion_initiative' },
      },
    ]);
  });

  test('an excellent officer keeps the initiative free (excellence path preferred)', () => {
    const result = checkEligibility(
      person({ evaluations: EXCELLENT_2025, initiatives: [initiative('i1', 2025)] }),
      'CSTDCS',
      2025,
      RULE_SET_2025,
    );
    expect(result.path).toBe('excellent_completion');
    expect(result.consumes).toEqual([]);
  });

  test('a hold marks the result as held and names the Decree article', () => {
    const result = checkEligibility(
      person({ evaluations: GOOD_2025, holds: [{ kind: 'investigation', from: '2025-12-01' }] }),
      'LDTT',
      2025,
      RULE_SET_2025,
      { asOf: '2025-12-20' },
    );
    expect(result.held).toBe(true);
    expect(result.verdict).toBe('needs_judgement');
  });

  test('the configuration revision is reported with the rule set', () => {
    const result = checkEligibility(collective({ year: 2025 }), 'TTLDTT', 2025, disciplineBarOn);
    expect(result.configRevision).toBe('rev-test-1');
    expect(result.ruleSetId).toBe(RULE_SET_2025.id);
  });

  test('the same input always gives the same output (no clock, no randomness)', () => {
    const history = person({ evaluations: GOOD_2025, initiatives: [initiative('i1', 2025)] });
    const a = checkEligibility(history, 'CSTDCS', 2025, RULE_SET_2025);
    const b = checkEligibility(JSON.parse(JSON.stringify(history)), 'CSTDCS', 2025, RULE_SET_2025);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});
