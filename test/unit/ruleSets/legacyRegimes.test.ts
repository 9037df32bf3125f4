import type { AwardCode } from '../../../domain/catalogue/awardCodes';
import { checkEligibility } from '../../../domain/eligibility/checkEligibility';
import type { SubjectHistory } from '../../../domain/eligibility/history';
import type { Verdict } from '../../../domain/eligibility/reason';
import { formatCitation } from '../../../domain/ruleSets/citation';
import { explainRegime, yearsCounted } from '../../../domain/ruleSets/regime';
import { RuleSetNotFoundError, selectRuleSet } from '../../../domain/ruleSets/selectRuleSet';
import { award, collective, grades, initiative, person, titles } from '../eligibility/fixtures';

const OLD_LAW = 'Luật 15/2003/QH11';
const NEW_LAW = 'Luật 06/2022/QH15';
/** Decree 65/2014 Art. 5(6): recruited under 10 months, 40 working days off, reprimand or above. */
const DECREE_65_LDTT_EXCLUSIONS = `Điều 5, khoản 6, Nghị định 65/2014/NĐ-CP (chi tiết Điều 24, ${OLD_LAW})`;
/** Decree 91/2017 Art. 10: recruited under 10 months and reprimand or above only. */
const DECREE_91_LDTT = `Điều 10, Nghị định 91/2017/NĐ-CP (chi tiết Điều 24, ${OLD_LAW})`;

describe('which regime judges a dossier: the rule set in force on its receipt date (Điều 94, Luật 06/2022/QH15)', () => {
  test.each([
    ['first day of Decree 42/2010/NĐ-CP (01/06/2010)', '2010-06-01', 'tdkt-2010-06'],
    ['last day before Decree 65/2014/NĐ-CP', '2014-08-19', 'tdkt-2010-06'],
    [
      'first day of Decree 65/2014/NĐ-CP (its Art. 30(1): 20/08/2014)',
      '2014-08-20',
      'tdkt-2014-08',
    ],
    ['last day before Decree 91/2017/NĐ-CP', '2017-09-30', 'tdkt-2014-08'],
    [
      'first day of Decree 91/2017/NĐ-CP (01/10/2017, not 15/09/2017)',
      '2017-10-01',
      'tdkt-2017-09',
    ],
    ['last day of Law 15/2003/QH11', '2023-12-31', 'tdkt-2017-09'],
    ['first day of Law 06/2022/QH15', '2024-01-01', 'tdkt-2024-01'],
  ])('%s: %s → %s', (_name, receipt, id) => {
    expect(selectRuleSet(receipt).id).toBe(id);
  });

  test('before Decree 42/2010/NĐ-CP took effect (01/06/2010) there is no rule set (Decree 121/2005/NĐ-CP is not encoded)', () => {
    expect(() => selectRuleSet('2010-05-31')).toThrow(RuleSetNotFoundError);
  });
});

interface RegimeCase {
  name: string;
  award: AwardCode;
  year: number;
  history: SubjectHistory;
  /** Receipt date → expected verdict, decisive reason code and the citation it must name. */
  expect: [receipt: string, verdict: Verdict, code: string, citation: string][];
}

const recruitedMarch2023 = person({
  person: { id: 'p1', gender: 'male', recruitmentDate: '2023-03-02' },
  evaluations: grades({ 2023: 'good' }),
});
/** Registered for emulation in 2023: the 2003 Law made it a basis of the titles (Art. 10). */
const REGISTERED_2023 = [{ year: 2023, registered: true }];
const unpaidLeave = (workingDays: number) =>
  person({
    evaluations: grades({ 2023: 'good' }),
    registrations: REGISTERED_2023,
    absences: [{ kind: 'unpaid_leave', from: '2023-03-01', to: '2023-05-31', workingDays }],
  });
const excellentNoInitiative = person({ evaluations: grades({ 2023: 'excellent' }) });
const warnedMember = collective({
  year: 2023,
  ldttCount: 15,
  unitGrade: 'good',
  disciplinedMemberLevels: ['warning'],
});
const reprimandedMember = collective({
  year: 2023,
  ldttCount: 15,
  unitGrade: 'good',
  disciplinedMemberLevels: ['reprimand'],
});
const excellentCollectiveWarned = collective({
  year: 2023,
  ldttCount: 16,
  disciplinedMemberLevels: ['warning'],
});
/** Ministry certificate 2018; 2019–2023 excellent; Grassroots titles 2021–2023. */
const pmTrack = (
  initiativeYears: number[],
  issuerLevel: 'ministry' | 'central_body' = 'ministry',
) =>
  person({
    evaluations: grades({
      2019: 'excellent',
      2020: 'excellent',
      2021: 'excellent',
      2022: 'excellent',
      2023: 'excellent',
    }),
    awards: [award('BKBO', 2018, { issuerLevel }), ...titles('CSTDCS', [2021, 2022, 2023])],
    initiatives: initiativeYears.map((y, i) => initiative(`i${i}`, y)),
  });

const cases: RegimeCase[] = [
  {
    name: 'LĐTT: 10 months from recruitment before 2024, 6 after (recruited 02/03/2023: 9 months)',
    award: 'LDTT',
    year: 2023,
    history: recruitedMarch2023,
    expect: [
      ['2017-09-14', 'not_eligible', 'LDTT_RECRUITED_TOO_RECENTLY', DECREE_65_LDTT_EXCLUSIONS],
      ['2023-12-31', 'not_eligible', 'LDTT_RECRUITED_TOO_RECENTLY', DECREE_91_LDTT],
      ['2024-01-01', 'eligible', 'LDTT_GRADE_MET', `Điều 24, ${NEW_LAW}`],
    ],
  },
  {
    name: 'LĐTT: 40 working days of unpaid leave barred the title from Decree 65/2014 (20/08/2014) until Decree 91/2017 dropped the bar (01/10/2017); since then a human judges',
    award: 'LDTT',
    year: 2023,
    history: unpaidLeave(40),
    expect: [
      ['2014-08-20', 'not_eligible', 'LDTT_ABSENCE_BAR', DECREE_65_LDTT_EXCLUSIONS],
      ['2017-09-30', 'not_eligible', 'LDTT_ABSENCE_BAR', DECREE_65_LDTT_EXCLUSIONS],
      ['2017-10-01', 'needs_judgement', 'LDTT_LONG_ABSENCE', DECREE_91_LDTT],
      ['2023-12-31', 'needs_judgement', 'LDTT_LONG_ABSENCE', DECREE_91_LDTT],
      ['2024-01-01', 'needs_judgement', 'LDTT_LONG_ABSENCE', `Điều 24, ${NEW_LAW}`],
    ],
  },
  {
    name: 'LĐTT: 39 working days of unpaid leave stay below the old bar',
    award: 'LDTT',
    year: 2023,
    history: unpaidLeave(39),
    expect: [['2017-09-30', 'eligible', 'LDTT_GRADE_MET', `Điều 24, ${OLD_LAW}`]],
  },
  {
    name: 'CSTĐCS: excellent completion without an initiative — the initiative was mandatory before 2024',
    award: 'CSTDCS',
    year: 2023,
    history: excellentNoInitiative,
    expect: [
      ['2014-08-20', 'not_eligible', 'CSTDCS_INITIATIVE_REQUIRED', `Điều 23, ${OLD_LAW}`],
      ['2023-12-31', 'not_eligible', 'CSTDCS_INITIATIVE_REQUIRED', `Điều 23, ${OLD_LAW}`],
      ['2024-01-01', 'eligible', 'CSTDCS_ALTERNATIVE_MET', `Điều 23, ${NEW_LAW}`],
    ],
  },
  {
    name: 'CSTĐCS: the 15% quota is Decree 91/2017 Art. 9(3) under the old regime',
    award: 'CSTDCS',
    year: 2023,
    history: person({
      evaluations: grades({ 2023: 'good' }),
      registrations: REGISTERED_2023,
      initiatives: [initiative('i1', 2023)],
    }),
    expect: [
      [
        '2023-12-31',
        'eligible',
        'CSTDCS_QUOTA_APPLIES',
        `Điều 9, khoản 3, Nghị định 91/2017/NĐ-CP (chi tiết Điều 23, ${OLD_LAW})`,
      ],
    ],
  },
  {
    name: 'Advanced Collective: a member warned barred the title before 2024 (Art. 28(1)(c) of the 2003 Law)',
    award: 'TTLDTT',
    year: 2023,
    history: warnedMember,
    expect: [
      [
        '2023-12-31',
        'not_eligible',
        'COLLECTIVE_MEMBER_DISCIPLINED',
        `Điều 28, khoản 1, ${OLD_LAW}`,
      ],
      ['2024-01-01', 'eligible', 'TTLDTT_LDTT_SHARE_MET', `Điều 28, ${NEW_LAW}`],
    ],
  },
  {
    name: 'Advanced Collective: a reprimand is below the old bar (warning or above)',
    award: 'TTLDTT',
    year: 2023,
    history: reprimandedMember,
    expect: [['2023-12-31', 'eligible', 'TTLDTT_LDTT_SHARE_MET', `Điều 28, khoản 1, ${OLD_LAW}`]],
  },
  {
    name: 'Excellent Collective: a member warned barred the title before 2024',
    award: 'TTLDXS',
    year: 2023,
    history: excellentCollectiveWarned,
    expect: [
      [
        '2023-12-31',
        'not_eligible',
        'COLLECTIVE_MEMBER_DISCIPLINED',
        `Điều 27, khoản 1, ${OLD_LAW}`,
      ],
      ['2024-01-01', 'eligible', 'TTLDXS_LDTT_SHARE_MET', NEW_LAW],
    ],
  },
  {
    name: "PM's Certificate: 5 excellent years with 5 initiatives (old track) — met under both regimes",
    award: 'BKTTG',
    year: 2023,
    history: pmTrack([2019, 2020, 2021, 2022, 2023]),
    expect: [
      [
        '2017-09-14',
        'eligible',
        'BKTTG_PATH_MET',
        'Điều 23, khoản 1, điểm c, Nghị định 65/2014/NĐ-CP',
      ],
      [
        '2023-12-31',
        'eligible',
        'BKTTG_PATH_MET',
        'Điều 38, khoản 1, điểm c, Nghị định 91/2017/NĐ-CP',
      ],
      ['2024-01-01', 'eligible', 'BKTTG_PATH_MET', `Điều 73, ${NEW_LAW}`],
    ],
  },
  {
    name: "PM's Certificate: 3 Grassroots titles but only 2 initiatives — enough since 2024, not before",
    award: 'BKTTG',
    year: 2023,
    history: pmTrack([2021, 2022]),
    expect: [
      [
        '2023-12-31',
        'not_eligible',
        'BKTTG_NO_PATH_MET',
        'Điều 38, khoản 1, điểm c, Nghị định 91/2017/NĐ-CP',
      ],
      ['2024-01-01', 'eligible', 'BKTTG_PATH_MET', `Điều 73, ${NEW_LAW}`],
    ],
  },
  {
    name: "PM's Certificate: a central mass organisation's certificate counted before 2024, not since",
    award: 'BKTTG',
    year: 2023,
    history: pmTrack([2019, 2020, 2021, 2022, 2023], 'central_body'),
    expect: [
      ['2023-12-31', 'eligible', 'BKTTG_PATH_MET', 'Nghị định 91/2017/NĐ-CP'],
      ['2024-01-01', 'not_eligible', 'BKTTG_NO_PATH_MET', `Điều 73, ${NEW_LAW}`],
    ],
  },
];

describe('the known differences of the earlier regimes, on each side of each switch', () => {
  const rows = cases.flatMap((c) =>
    c.expect.map((e) => [`${c.name} — received ${e[0]}`, c, ...e] as const),
  );
  test.each(rows)('%s', (_title, c, receipt, verdict, code, citation) => {
    const ruleSet = selectRuleSet(receipt);
    const result = checkEligibility(c.history, c.award, c.year, ruleSet, { asOf: receipt });
    const codes = result.reasons.map((r) => r.code);
    expect({ verdict: result.verdict, codes }).toEqual({
      verdict,
      codes: expect.arrayContaining([code]),
    });
    const decisive = result.reasons.find((r) => r.code === code)!;
    expect(formatCitation(decisive.citation)).toContain(citation);
    expect(result.ruleSetId).toBe(ruleSet.id);
  });
});

/** Grassroots Fighter 2022 and 2023, rated good (no excellent years, no initiatives). */
const twoGrassrootsTitles = person({
  evaluations: grades({ 2022: 'good', 2023: 'good' }),
  awards: titles('CSTDCS', [2022, 2023]),
});
const grassrootsCandidate = person({
  evaluations: grades({ 2023: 'good' }),
  registrations: REGISTERED_2023,
  initiatives: [initiative('i1', 2023)],
});

describe('what Decree 65/2014 and its circular say, and do not say, applies to its dossiers (checked against the texts)', () => {
  const quota = ['CSTDCS', grassrootsCandidate, 'CSTDCS_QUOTA_APPLIES'] as const;
  const chainMet = ['BKBO', twoGrassrootsTitles, 'BKBO_PATH_MET'] as const;
  const chainJudged = ['BKBO', twoGrassrootsTitles, 'BKBO_PATH_NEEDS_JUDGEMENT'] as const;
  test.each([
    // Art. 4 sets no share of the Advanced Workers, Circular 07/2014/TT-BNV Art. 5 does (15 %,
    // from 15/10/2014), as Decree 91/2017 Art. 9(3) later; Decree 42/2010: none found.
    ['CSTĐCS quota', '2014-08-19', false, ...quota],
    ['CSTĐCS quota', '2017-09-30', true, ...quota],
    ['CSTĐCS quota', '2017-10-01', true, ...quota],
    // Art. 24(1) has no "2 consecutive Grassroots titles" path to the Minister's Certificate.
    ['BKBO met by 2 Grassroots titles', '2014-08-20', false, ...chainMet],
    ['BKBO met by 2 Grassroots titles', '2017-09-30', false, ...chainMet],
    // Decree 91/2017 Art. 39 not checked: a met chain goes to the council, neither granted nor refused.
    ['BKBO met by 2 Grassroots titles', '2017-10-01', false, ...chainMet],
    ['BKBO by 2 Grassroots titles to the council', '2017-10-01', true, ...chainJudged],
    ['BKBO met by 2 Grassroots titles', '2024-01-01', true, ...chainMet],
  ] as const)('%s, received %s: %s', (_n, receipt, present, awardCode, history, code) => {
    const result = checkEligibility(history, awardCode, 2023, selectRuleSet(receipt), {
      asOf: receipt,
    });
    expect(result.reasons.some((r) => r.code === code)).toBe(present);
  });

  test.each([
    [
      '2017-09-30',
      'CSTDCS_STANDARD',
      `Điều 4, Nghị định 65/2014/NĐ-CP (chi tiết Điều 23, ${OLD_LAW})`,
    ],
    [
      '2017-09-30',
      'CSTDCS_QUOTA',
      `Điều 5, Thông tư 07/2014/TT-BNV (chi tiết Điều 23, ${OLD_LAW})`,
    ],
    [
      '2023-12-31',
      'CSTDCS_STANDARD',
      `Điều 9, khoản 3, Nghị định 91/2017/NĐ-CP (chi tiết Điều 23, ${OLD_LAW})`,
    ],
    ['2017-09-30', 'BKBO_STANDARD', 'Điều 24, khoản 1, Nghị định 65/2014/NĐ-CP'],
  ] as const)('received %s: %s cites %s, checked against the text', (receipt, key, cited) => {
    const citation = selectRuleSet(receipt).citations[key];
    expect(formatCitation(citation)).toContain(cited);
    expect(citation.checkedAgainst).toMatch(/^https?:\/\//);
  });

  test('a Decree 65/2014 dossier that fails the Certificate names the paths that exist', () => {
    const result = checkEligibility(
      twoGrassrootsTitles,
      'BKBO',
      2023,
      selectRuleSet('2017-09-30'),
      {
        asOf: '2017-09-30',
      },
    );
    expect(result.verdict).toBe('not_eligible');
    expect(result.reasons.find((r) => r.code === 'BKBO_NO_PATH_MET')?.facts).toEqual({
      paths: ['excellent_with_initiatives', 'achievement'],
    });
  });
});

/** Circular 02/2011/TT-BNV Section I point 2(a): the Advanced Worker under Decree 42/2010, from 10/03/2011. */
const CIRCULAR_02_2011_LDTT = `Mục I, khoản 2, điểm a, Thông tư 02/2011/TT-BNV (chi tiết Điều 24, ${OLD_LAW})`;
const REGISTERED_2013 = [{ year: 2013, registered: true }];
const good2013 = { evaluations: grades({ 2013: 'good' }), registrations: REGISTERED_2013 };
/** Title year 2013, judged by Decree 42/2010 (received up to 19/08/2014) or Decree 65/2014. */
const decree42Cases: RegimeCase[] = [
  {
    name: 'LĐTT: 9 months since recruitment — refused under Circular 02/2011/TT-BNV (from 10/03/2011) as under Decree 65/2014 Art. 5(6)',
    award: 'LDTT',
    year: 2013,
    history: person({
      person: { id: 'p1', gender: 'male', recruitmentDate: '2013-03-02' },
      ...good2013,
    }),
    expect: [
      ['2014-01-15', 'not_eligible', 'LDTT_RECRUITED_TOO_RECENTLY', CIRCULAR_02_2011_LDTT],
      ['2014-08-19', 'not_eligible', 'LDTT_RECRUITED_TOO_RECENTLY', CIRCULAR_02_2011_LDTT],
      ['2014-08-20', 'not_eligible', 'LDTT_RECRUITED_TOO_RECENTLY', DECREE_65_LDTT_EXCLUSIONS],
    ],
  },
  {
    name: 'LĐTT: 9 months since recruitment in 2010 — before Circular 02/2011/TT-BNV took effect a human judges',
    award: 'LDTT',
    year: 2010,
    history: person({
      person: { id: 'p1', gender: 'male', recruitmentDate: '2010-03-02' },
      evaluations: grades({ 2010: 'good' }),
      registrations: [{ year: 2010, registered: true }],
    }),
    expect: [
      [
        '2011-03-09',
        'needs_judgement',
        'LDTT_RECRUITMENT_RULE_NOT_IN_FORCE',
        CIRCULAR_02_2011_LDTT,
      ],
      ['2011-03-10', 'not_eligible', 'LDTT_RECRUITED_TOO_RECENTLY', CIRCULAR_02_2011_LDTT],
    ],
  },
  {
    name: 'LĐTT: 40 working days of unpaid leave — Circular 02/2011/TT-BNV states the bar, but the 2010 rule set has no switch date for it: a human judges; Decree 65/2014 refuses',
    award: 'LDTT',
    year: 2013,
    history: person({
      ...good2013,
      absences: [{ kind: 'unpaid_leave', from: '2013-03-01', to: '2013-05-31', workingDays: 40 }],
    }),
    expect: [
      ['2014-08-19', 'needs_judgement', 'LDTT_LONG_ABSENCE', CIRCULAR_02_2011_LDTT],
      ['2014-08-20', 'not_eligible', 'LDTT_ABSENCE_BAR', DECREE_65_LDTT_EXCLUSIONS],
    ],
  },
  {
    name: 'LĐTT: rated good, registered, long in service — eligible under Decree 42/2010',
    award: 'LDTT',
    year: 2013,
    history: person(good2013),
    expect: [['2014-01-15', 'eligible', 'LDTT_GRADE_MET', `Điều 24, ${OLD_LAW}`]],
  },
  {
    name: 'CSTĐCS: the initiative was mandatory (Art. 23 of the 2003 Law) on both sides of 20/08/2014',
    award: 'CSTDCS',
    year: 2013,
    history: person({ evaluations: grades({ 2013: 'excellent' }), registrations: REGISTERED_2013 }),
    expect: [
      ['2014-08-19', 'not_eligible', 'CSTDCS_INITIATIVE_REQUIRED', `Điều 23, ${OLD_LAW}`],
      ['2014-08-20', 'not_eligible', 'CSTDCS_INITIATIVE_REQUIRED', `Điều 23, ${OLD_LAW}`],
    ],
  },
  {
    name: 'Advanced Collective: a member warned barred the title (Art. 28(1)(c) of the 2003 Law)',
    award: 'TTLDTT',
    year: 2013,
    history: collective({
      year: 2013,
      ldttCount: 15,
      unitGrade: 'good',
      disciplinedMemberLevels: ['warning'],
    }),
    expect: [
      [
        '2014-01-15',
        'not_eligible',
        'COLLECTIVE_MEMBER_DISCIPLINED',
        `Điều 28, khoản 1, ${OLD_LAW}`,
      ],
    ],
  },
];

describe('Decree 42/2010/NĐ-CP (01/06/2010 – 19/08/2014): what it was read for applies, the rest goes to a human', () => {
  const rows = decree42Cases.flatMap((c) =>
    c.expect.map((e) => [`${c.name} — received ${e[0]}`, c, ...e] as const),
  );
  test.each(rows)('%s', (_title, c, receipt, verdict, code, citation) => {
    const ruleSet = selectRuleSet(receipt);
    const result = checkEligibility(c.history, c.award, c.year, ruleSet, { asOf: receipt });
    expect({ verdict: result.verdict, codes: result.reasons.map((r) => r.code) }).toEqual({
      verdict,
      codes: expect.arrayContaining([code]),
    });
    expect(formatCitation(result.reasons.find((r) => r.code === code)!.citation)).toContain(
      citation,
    );
  });

  test('the human is told from when the 10 months are confirmed (10/03/2011)', () => {
    const history = person({
      person: { id: 'p1', gender: 'male', recruitmentDate: '2010-03-02' },
      evaluations: grades({ 2010: 'good' }),
      registrations: [{ year: 2010, registered: true }],
    });
    const result = checkEligibility(history, 'LDTT', 2010, selectRuleSet('2011-01-15'), {
      asOf: '2011-01-15',
    });
    const reason = result.reasons.find((r) => r.code === 'LDTT_RECRUITMENT_RULE_NOT_IN_FORCE')!;
    expect(reason.facts).toMatchObject({ monthsInService: 9, minimumMonths: 10 });
    expect(reason.message.vi).toContain('áp dụng từ 10/03/2011');
  });

  const twoGrassroots2013 = person({
    evaluations: grades({ 2012: 'good', 2013: 'good' }),
    awards: titles('CSTDCS', [2012, 2013]),
  });
  test.each([
    ['2014-08-19', 'BKBO_PATH_NEEDS_JUDGEMENT', true],
    ['2014-08-20', 'BKBO_PATH_NEEDS_JUDGEMENT', false],
  ] as const)(
    "Minister's Certificate by 2 Grassroots titles, received %s: %s %s",
    (receipt, code, present) => {
      const result = checkEligibility(twoGrassroots2013, 'BKBO', 2013, selectRuleSet(receipt), {
        asOf: receipt,
      });
      expect(result.reasons.some((r) => r.code === code)).toBe(present);
    },
  );

  /** Ministry certificate 2007; 2009–2013 excellent, with initiatives in the given years. */
  const pmTrack2013 = (initiativeYears: number[]) =>
    person({
      evaluations: grades({
        2009: 'excellent',
        2010: 'excellent',
        2011: 'excellent',
        2012: 'excellent',
        2013: 'excellent',
      }),
      awards: [award('BKBO', 2007)],
      initiatives: initiativeYears.map((y, i) => initiative(`i${i}`, y)),
    });
  test.each([
    // Decree 42/2010's clause was not read: met or not under Decree 65/2014's standard, the
    // council judges; from 20/08/2014 Decree 65/2014 Art. 23(1)(c) decides.
    [
      '5 initiatives',
      [2009, 2010, 2011, 2012, 2013],
      '2014-08-19',
      'needs_judgement',
      'BKTTG_PATH_NEEDS_JUDGEMENT',
    ],
    ['5 initiatives', [2009, 2010, 2011, 2012, 2013], '2014-08-20', 'eligible', 'BKTTG_PATH_MET'],
    ['2 initiatives', [2012, 2013], '2014-08-19', 'needs_judgement', 'BKTTG_PATH_NEEDS_JUDGEMENT'],
    ['2 initiatives', [2012, 2013], '2014-08-20', 'not_eligible', 'BKTTG_NO_PATH_MET'],
  ] as const)(
    "PM's Certificate regular track with %s, received %s → %s",
    (_n, years, receipt, verdict, code) => {
      const result = checkEligibility(
        pmTrack2013([...years]),
        'BKTTG',
        2013,
        selectRuleSet(receipt),
        {
          asOf: receipt,
        },
      );
      expect(result.verdict).toBe(verdict);
      const reason = result.reasons.find((r) => r.code === code)!;
      expect(reason).toBeDefined();
      if (receipt === '2014-08-19') {
        expect(reason.facts).toMatchObject({ pathUnconfirmed: true });
        expect(reason.message.vi).toContain('chưa được đối chiếu với văn bản');
      }
    },
  );

  test('no Grassroots share quota is applied: none was found in a text of the time', () => {
    const candidate = person({ ...good2013, initiatives: [initiative('i1', 2013)] });
    const result = checkEligibility(candidate, 'CSTDCS', 2013, selectRuleSet('2014-01-15'), {
      asOf: '2014-01-15',
    });
    expect(result.reasons.map((r) => r.code)).not.toContain('CSTDCS_QUOTA_APPLIES');
  });

  test('its own articles are cited but not claimed as checked; Circular 02/2011/TT-BNV and Art. 16(2) were read', () => {
    const citations = selectRuleSet('2014-08-19').citations;
    expect(citations.CSTDCS_QUOTA.instrument).toBe('Nghị định 42/2010/NĐ-CP');
    expect(citations.CSTDCS_QUOTA.article).toBe('Điều 13');
    expect(citations.CSTDCS_QUOTA.checkedAgainst).toBeUndefined();
    expect(citations.CSTDCS_QUOTA.text).toMatch(/chưa đối chiếu/);
    expect(citations.LDTT_TRANSFER.checkedAgainst).toBeUndefined();
    for (const key of [
      'LDTT_RECRUITMENT',
      'LDTT_DISCIPLINE',
      'LDTT_PROTECTED_ABSENCE',
      'LDTT_ABSENCE_BAR',
    ] as const) {
      expect(formatCitation(citations[key])).toBe(CIRCULAR_02_2011_LDTT);
      expect(citations[key].checkedAgainst).toMatch(/^https?:\/\//);
    }
    expect(formatCitation(citations.COCP_STANDARD)).toBe(
      `Điều 16, khoản 2, Nghị định 42/2010/NĐ-CP (chi tiết Điều 25, ${OLD_LAW})`,
    );
    expect(citations.COCP_STANDARD.checkedAgainst).toMatch(/^https?:\/\//);
    expect(citations.BKTTG_STANDARD.checkedAgainst).toBeUndefined();
  });

  test('the preview names the regime and why', () => {
    const ruleSet = selectRuleSet('2014-08-19');
    const regime = explainRegime(ruleSet, '2014-08-19', [2013]);
    expect(regime.ruleSetId).toBe('tdkt-2010-06');
    expect(regime.message.vi).toContain('Nghị định 42/2010/NĐ-CP (01/06/2010 – 19/08/2014)');
    expect(regime.message.vi).toContain('trước ngày Luật 06/2022/QH15 có hiệu lực');
  });
});

/** Recruited 01/09/2023: 4 months by the end of 2023, short of both 6 and 10. */
const recruitedSeptember2023 = person({
  person: { id: 'p1', gender: 'male', recruitmentDate: '2023-09-01' },
  evaluations: grades({ 2023: 'good' }),
});

describe('the 6 months since recruitment bind from Circular 01/2024/TT-BNV (in force 15/04/2024)', () => {
  test.each([
    ['2024-01-01', 'needs_judgement', 'LDTT_RECRUITMENT_RULE_NOT_IN_FORCE'],
    ['2024-04-14', 'needs_judgement', 'LDTT_RECRUITMENT_RULE_NOT_IN_FORCE'],
    ['2024-04-15', 'not_eligible', 'LDTT_RECRUITED_TOO_RECENTLY'],
    ['2025-06-30', 'not_eligible', 'LDTT_RECRUITED_TOO_RECENTLY'],
  ] as const)('received %s → %s (%s)', (receipt, verdict, code) => {
    const result = checkEligibility(recruitedSeptember2023, 'LDTT', 2023, selectRuleSet(receipt), {
      asOf: receipt,
    });
    expect(result.verdict).toBe(verdict);
    const reason = result.reasons.find((r) => r.code === code)!;
    expect(reason.facts).toMatchObject({ monthsInService: 4, minimumMonths: 6 });
    expect(formatCitation(reason.citation)).toContain(
      'Điều 1, khoản 5, điểm d, Thông tư 01/2024/TT-BNV',
    );
  });

  test('the human is told the months, the rule and the dates, in Vietnamese and English', () => {
    const result = checkEligibility(
      recruitedSeptember2023,
      'LDTT',
      2023,
      selectRuleSet('2024-04-14'),
      {
        asOf: '2024-04-14',
      },
    );
    const reason = result.reasons.find((r) => r.code === 'LDTT_RECRUITMENT_RULE_NOT_IN_FORCE')!;
    expect(reason.message.vi).toContain('01/09/2023: đến hết năm 2023 được 4 tháng');
    expect(reason.message.vi).toContain('áp dụng từ 15/04/2024');
    expect(reason.message.vi).toContain('Hồ sơ nhận ngày 14/04/2024');
    expect(reason.message.en).toContain('4 months by the end of 2023');
  });

  test('the date is configurable: null makes the rule bind from the rule set’s first day', () => {
    const base = selectRuleSet('2024-04-14');
    const ruleSet = { ...base, values: { ...base.values, ldttRecruitmentRuleFrom: null } };
    const result = checkEligibility(recruitedSeptember2023, 'LDTT', 2023, ruleSet, {
      asOf: '2024-04-14',
    });
    expect(result.verdict).toBe('not_eligible');
  });

  test('enough months is met whatever the receipt date (9 months ≥ 6)', () => {
    const result = checkEligibility(recruitedMarch2023, 'LDTT', 2023, selectRuleSet('2024-04-14'), {
      asOf: '2024-04-14',
    });
    expect(result.reasons.map((r) => r.code)).not.toContain('LDTT_RECRUITMENT_RULE_NOT_IN_FORCE');
  });
});

const registration = (registered?: boolean) =>
  person({
    evaluations: grades({ 2023: 'good' }),
    ...(registered !== undefined && { registrations: [{ year: 2023, registered }] }),
  });

describe('emulation registration: a basis of the titles before 2024, configurable since', () => {
  test.each([
    [
      '2023-12-31',
      true,
      'eligible',
      'EMULATION_REGISTERED',
      `Điều 10, khoản 1, điểm b, ${OLD_LAW}`,
    ],
    [
      '2023-12-31',
      false,
      'not_eligible',
      'EMULATION_NOT_REGISTERED',
      `Điều 10, khoản 1, điểm b, ${OLD_LAW}`,
    ],
    ['2023-12-31', undefined, 'needs_judgement', 'EMULATION_REGISTRATION_NOT_RECORDED', OLD_LAW],
    ['2024-01-01', false, 'needs_judgement', 'EMULATION_NOT_REGISTERED', NEW_LAW],
    ['2024-01-01', undefined, 'eligible', 'LDTT_GRADE_MET', NEW_LAW],
  ] as const)(
    'LĐTT 2023 received %s, registered: %s → %s (%s)',
    (receipt, registered, verdict, code, citation) => {
      const ruleSet = selectRuleSet(receipt);
      const result = checkEligibility(registration(registered), 'LDTT', 2023, ruleSet, {
        asOf: receipt,
      });
      expect(result.verdict).toBe(verdict);
      const reason = result.reasons.find((r) => r.code === code)!;
      expect(formatCitation(reason.citation)).toContain(citation);
      if (registered === undefined && receipt === '2024-01-01') {
        expect(result.reasons.map((r) => r.code)).not.toContain(
          'EMULATION_REGISTRATION_NOT_RECORDED',
        );
      }
    },
  );

  test('a Grassroots Fighter not registered is refused under the 2003 Law through its Advanced Worker standard', () => {
    const history = person({
      evaluations: grades({ 2023: 'excellent' }),
      registrations: [{ year: 2023, registered: false }],
      initiatives: [initiative('i1', 2023)],
    });
    const result = checkEligibility(history, 'CSTDCS', 2023, selectRuleSet('2023-06-01'), {
      asOf: '2023-06-01',
    });
    expect(result.verdict).toBe('not_eligible');
    expect(result.reasons.map((r) => r.code)).toContain('EMULATION_NOT_REGISTERED');
  });
});

describe('a dossier whose years straddle two regimes', () => {
  test('a 2024 Ministry Fighter title counts the 2022 and 2023 Grassroots titles given under the 2003 Law', () => {
    const history = person({
      awards: titles('CSTDCS', [2022, 2023, 2024]),
      evaluations: grades({ 2022: 'excellent', 2023: 'excellent', 2024: 'excellent' }),
      initiatives: [initiative('i1', 2024, { scope: 'ministry' })],
    });
    const ruleSet = selectRuleSet('2025-03-01');
    const result = checkEligibility(history, 'CSTDBO', 2024, ruleSet, { asOf: '2025-03-01' });
    expect(result.reasons.map((r) => r.code)).toContain('CSTDBO_CHAIN_MET');
    expect(result.verdict).toBe('eligible');

    const regime = explainRegime(ruleSet, '2025-03-01', yearsCounted('CSTDBO', 2024, ruleSet));
    expect(regime.ruleSetId).toBe('tdkt-2024-01');
    expect(regime.earlierRegimeYears).toEqual([2022, 2023]);
    expect(regime.basis.map(formatCitation)).toEqual([
      `Điều 94, ${NEW_LAW}`,
      `Điều 95, ${NEW_LAW}`,
    ]);
    expect(regime.message.vi).toContain('01/03/2025');
    expect(regime.message.vi).toContain('Các năm 2022, 2023');
    expect(regime.message.en).toContain('Years 2022, 2023');
  });

  test("a PM's Certificate proposed in 2025 looks at 2020–2024: four years under the old Law", () => {
    const ruleSet = selectRuleSet('2025-07-01');
    expect(yearsCounted('BKTTG', 2024, ruleSet)).toEqual([2020, 2021, 2022, 2023, 2024]);
    const regime = explainRegime(ruleSet, '2025-07-01', yearsCounted('BKTTG', 2024, ruleSet));
    // The 2025 rule set starts on 01/07/2025: every year before it is "earlier", but only the
    // years before 2024 were under the 2003 Law, which is what Art. 95 is cited for.
    expect(regime.earlierRegimeYears).toEqual([2020, 2021, 2022, 2023, 2024]);
    expect(regime.basis.map((c) => c.article)).toEqual(['Điều 94', 'Điều 95']);
  });

  test.each([
    ['2023-12-31', 'trước ngày Luật 06/2022/QH15 có hiệu lực', 'tdkt-2017-09'],
    ['2024-01-01', 'từ ngày Luật 06/2022/QH15 có hiệu lực', 'tdkt-2024-01'],
  ])('received %s: the preview says why (%s)', (receipt, why, id) => {
    const ruleSet = selectRuleSet(receipt);
    const regime = explainRegime(ruleSet, receipt, [2023]);
    expect(regime.ruleSetId).toBe(id);
    expect(regime.message.vi).toContain(why);
    expect(regime.message.vi).toContain(ruleSet.name.vi);
    expect(regime.earlierRegimeYears).toEqual(receipt === '2024-01-01' ? [2023] : []);
  });
});
