import type { ConfigurableValues } from './configurableValues';
import { CIRCULAR_02_2011_BNV } from './instruments';
import type { LegalParameters } from './legalParameters';
import { DEFAULT_CONFIGURABLE_VALUES, LEGAL_PARAMETERS_2022_LAW } from './sharedDefaults';

/**
 * What the Law on Emulation and Commendation 2003 (as amended) and its decrees fixed
 * differently from Law 06/2022/QH15; everything else is the 2022 value.
 */
export const LEGAL_PARAMETERS_2003_LAW: LegalParameters = {
  ...LEGAL_PARAMETERS_2022_LAW,
  // Law 15/2003 Art. 23(2): an initiative, research or wit in combat is required;
  // excellent completion alone is not an alternative.
  cstdcsInitiativeMandatory: true,
  cstdcsPaths: ['initiative', 'research', 'combat_wit'],
  // Decree 65/2014 Art. 23(1)(c), Decree 91/2017 Art. 38(1)(c): a prior certificate, then 5
  // consecutive excellent years with 5 initiatives recognised and applied at grassroots level.
  bkttg: {
    windowYears: 5,
    minGradeInWindow: 'excellent',
    minCstdcsInWindow: null,
    minGrassrootsInitiativesInWindow: 5,
    prerequisiteAward: 'BKBO',
  },
};

/**
 * Decree 65/2014 Art. 24(1): the Minister's Certificate for an individual is (a) an excellent
 * result in an annual movement, (b) many achievements in the field, or (c) 2 consecutive
 * excellent years with 2 initiatives applied at grassroots level; no "2 consecutive
 * Grassroots titles" path (checked against its whole text).
 */
export const LEGAL_PARAMETERS_DECREE_65_2014: LegalParameters = {
  ...LEGAL_PARAMETERS_2003_LAW,
  bkbo: { ...LEGAL_PARAMETERS_2003_LAW.bkbo, consecutiveCstdcs: null },
};

/** Defaults of the old regime's configurable values under Decree 65/2014 (unconfirmed ones are configurable). */
export const LEGACY_CONFIGURABLE_VALUES: ConfigurableValues = {
  ...DEFAULT_CONFIGURABLE_VALUES,
  // Decree 65/2014 Art. 4 sets no share of the Advanced Workers, but Circular 07/2014/TT-BNV
  // Art. 5 (from 15/10/2014) caps the Grassroots Fighter at 15 % of them: the shared default.
  ldttMinMonthsSinceRecruitment: 10,
  // Decree 65/2014 Art. 5(6): 40 or more working days off bar the title (from 20/08/2014).
  ldttAbsenceBarWorkingDays: 40,
  // Law 15/2003 Art. 10(1)(b): registration is a basis of every emulation title.
  emulationRegistration: { notRegistered: 'blocking', notRecorded: 'needs_judgement' },
  // Law 15/2003 Art. 28(1)(c) (Advanced Collective) and the same clause of the Excellent
  // Collective: no member disciplined at warning or above.
  collectiveMemberDisciplineBar: { TTLDTT: 'warning', TTLDXS: 'warning' },
  // Letter 1168/BNV-BTĐKT (2026) guides the 2022 Law's certificate, not the old one.
  bkboExcludeInitiativesUsedForCstdcs: false,
  // Decree 65/2014 Art. 23(1)(c), Decree 91/2017 Art. 38(1)(c): "cấp bộ, ngành, tỉnh, đoàn
  // thể Trung ương".
  certificatePrerequisiteIssuers: { BKTTG: ['ministry', 'province', 'central_body'] },
};

/**
 * Under Decree 91/2017 (from 01/10/2017) only recruitment under 10 months and a reprimand or
 * above exclude the Advanced Worker title: the 40-working-day bar was dropped, so a long
 * unprotected absence goes to a human as under the 2022 Law.
 */
export const DECREE_91_CONFIGURABLE_VALUES: ConfigurableValues = {
  ...LEGACY_CONFIGURABLE_VALUES,
  ldttAbsenceBarWorkingDays: null,
  // Decree 91/2017 Art. 9(3) keeps the 15 % of the Advanced Worker holders.
  // Decree 91/2017 Art. 39 (the Minister's Certificate) could not be checked: whether it has
  // the 2022 Law's "2 consecutive Grassroots titles" path is for the council to judge.
  bkboConsecutiveCstdcsPath: 'needs_judgement',
};

/**
 * Under Decree 42/2010 (before 20/08/2014) its own articles were pinned (Art. 12 Advanced
 * Worker, Art. 13 Grassroots Emulation Fighter) but not read; Circular 02/2011/TT-BNV Section I
 * point 2(a) was read: the 10 months since recruitment bind from its entry into force
 * (10/03/2011), earlier dossiers go to a human. It also bars 40 or more working days off, but
 * this rule set has no switch date for that bar, so a long unprotected absence stays a human's
 * call. Whether the Minister's Certificate has the "consecutive Grassroots titles" path, and what
 * the PM's Certificate regular track asked (Decree 65/2014 Art. 23(1)(c) is where the 5 excellent
 * years with 5 initiatives were read), are the council's call. No Grassroots share quota is
 * applied (none found in a text of the time).
 */
export const DECREE_42_CONFIGURABLE_VALUES: ConfigurableValues = {
  ...LEGACY_CONFIGURABLE_VALUES,
  awardRules: {
    ...LEGACY_CONFIGURABLE_VALUES.awardRules,
    CSTDCS: { ...LEGACY_CONFIGURABLE_VALUES.awardRules.CSTDCS, quota: { kind: 'none' } },
  },
  ldttRecruitmentRuleFrom: CIRCULAR_02_2011_BNV.effectiveFrom,
  ldttAbsenceBarWorkingDays: null,
  bkboConsecutiveCstdcsPath: 'needs_judgement',
  bkttgRegularTrack: 'needs_judgement',
};
