import type { AwardCode } from '../../../domain/catalogue/awardCodes';
import { checkEligibility } from '../../../domain/eligibility/checkEligibility';
import type { SubjectHistory } from '../../../domain/eligibility/history';
import type { Verdict } from '../../../domain/eligibility/reason';
import { formatCitation } from '../../../domain/ruleSets/citation';
import type { RuleOverlay } from '../../../domain/ruleSets/overlays';
import { applyConfigOverride, validateConfigOverride } from '../../../domain/ruleSets/overrides';
import { RULE_SET_2025 } from '../../../domain/ruleSets/ruleSet2025';
import { collective, grades, initiative, person, titles } from '../eligibility/fixtures';

const BASIS = { instrument: 'Quyết định 123/QĐ-BDTTG', article: 'Điều 5, khoản 2' };
const overlay = (
  id: string,
  awards: AwardCode[],
  condition: RuleOverlay['condition'],
): RuleOverlay => ({
  id,
  awards,
  condition,
  severity: 'blocking',
  citation: BASIS,
  text: { vi: `Quy định riêng ${id}`, en: `Agency rule ${id}` },
});

const agency = applyConfigOverride(
  RULE_SET_2025,
  {
    overlays: [
      overlay('cstdcs-excellent', ['CSTDCS'], { kind: 'min_grade', grade: 'excellent' }),
      overlay('bkbo-clean', ['BKBO'], { kind: 'no_discipline_from', level: 'reprimand' }),
      overlay('gk-3-years', ['GK'], { kind: 'min_service_years', years: 3 }),
      overlay('ttldtt-excellent', ['TTLDTT'], { kind: 'min_unit_grade', grade: 'excellent' }),
    ],
  },
  'rev-overlays',
);

const goodWithInitiative = person({
  evaluations: grades({ 2025: 'good' }),
  initiatives: [initiative('i1', 2025)],
});

const cases: [string, AwardCode, SubjectHistory, Verdict, string | null][] = [
  [
    'CSTĐCS rated good with an initiative: eligible in law, not under the agency rule',
    'CSTDCS',
    goodWithInitiative,
    'not_eligible',
    'AGENCY_OVERLAY_NOT_MET',
  ],
  [
    'CSTĐCS rated excellent: the agency rule is met',
    'CSTDCS',
    person({ evaluations: grades({ 2025: 'excellent' }) }),
    'eligible',
    'AGENCY_OVERLAY_MET',
  ],
  [
    'CSTĐCS with no grade: the agency rule cannot be told, a human judges',
    'CSTDCS',
    person({ initiatives: [initiative('i1', 2025)] }),
    'needs_judgement',
    'AGENCY_OVERLAY_UNKNOWN',
  ],
  [
    "Minister's Certificate with a reprimand in the year",
    'BKBO',
    person({
      awards: titles('CSTDCS', [2024, 2025]),
      discipline: [{ level: 'reprimand', decidedOn: '2025-05-01' }],
    }),
    'not_eligible',
    'AGENCY_OVERLAY_NOT_MET',
  ],
  [
    'Certificate of Commendation after 2 years of service',
    'GK',
    person({
      person: { id: 'p1', gender: 'male', recruitmentDate: '2023-06-01' },
      evaluations: grades({ 2025: 'good' }),
    }),
    'not_eligible',
    'AGENCY_OVERLAY_NOT_MET',
  ],
  [
    'Advanced Collective rated good: not under the agency rule',
    'TTLDTT',
    collective({ year: 2025, ldttCount: 15, unitGrade: 'good' }),
    'not_eligible',
    'AGENCY_OVERLAY_NOT_MET',
  ],
  [
    'an award no overlay names is judged by the law alone',
    'LDTT',
    person({ evaluations: grades({ 2025: 'good' }) }),
    'eligible',
    null,
  ],
];

describe("an agency's stricter rules as data (overlays), each citing its own basis", () => {
  test.each(cases)('%s', (_name, award, history, verdict, code) => {
    const result = checkEligibility(history, award, 2025, agency, { asOf: '2025-12-20' });
    expect([result.verdict, result.configRevision]).toEqual([verdict, 'rev-overlays']);
    const overlays = result.reasons.filter((r) => r.code.startsWith('AGENCY_OVERLAY_'));
    expect(overlays.map((r) => r.code)).toEqual(code ? [code] : []);
    for (const reason of overlays) {
      expect(formatCitation(reason.citation)).toBe('Điều 5, khoản 2, Quyết định 123/QĐ-BDTTG');
      expect(reason.message.vi).toContain('Quy định riêng');
    }
  });

  test('the shipped rule set has no overlay: the same CSTĐCS is eligible', () => {
    expect(checkEligibility(goodWithInitiative, 'CSTDCS', 2025, RULE_SET_2025).verdict).toBe(
      'eligible',
    );
  });

  test.each([
    [
      'two overlays with one id',
      {
        overlays: [
          overlay('x', ['GK'], { kind: 'min_service_years', years: 1 }),
          overlay('x', ['GK'], { kind: 'min_service_years', years: 2 }),
        ],
      },
    ],
    [
      'an unknown condition',
      {
        overlays: [
          {
            ...overlay('y', ['GK'], { kind: 'min_service_years', years: 1 }),
            condition: { kind: 'likes_tea' },
          },
        ],
      },
    ],
    [
      'an overlay without a basis',
      {
        overlays: [
          {
            ...overlay('z', ['GK'], { kind: 'min_service_years', years: 1 }),
            citation: { instrument: '', article: null },
          },
        ],
      },
    ],
  ])('refused: %s', (_name, input) => {
    const result = validateConfigOverride(RULE_SET_2025, input);
    expect(result.ok).toBe(false);
  });
});
