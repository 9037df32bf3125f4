import type { AwardCode } from '../../../domain/catalogue/awardCodes';
import { checkEligibility } from '../../../domain/eligibility/checkEligibility';
import type { SanctionRecord, SubjectHistory } from '../../../domain/eligibility/history';
import type { Verdict } from '../../../domain/eligibility/reason';
import { applyConfigOverride } from '../../../domain/ruleSets/overrides';
import type { RuleSet } from '../../../domain/ruleSets/ruleSet';
import { RULE_SET_2025 } from '../../../domain/ruleSets/ruleSet2025';
import { selectRuleSet } from '../../../domain/ruleSets/selectRuleSet';
import { collective, grades, person } from './fixtures';

const sentencesBlock = applyConfigOverride(
  RULE_SET_2025,
  {
    runningSanction: {
      criminal_sentence: 'blocking',
      suspended_sentence: 'blocking',
      administrative_sanction: 'ignore',
    },
  },
  'rev-sanctions',
);

const good = (sanctions: SanctionRecord[]) =>
  person({ evaluations: grades({ 2025: 'good' }), sanctions });

const cases: [
  name: string,
  award: AwardCode,
  history: SubjectHistory,
  year: number,
  receipt: string,
  ruleSet: RuleSet,
  verdict: Verdict,
  running: boolean,
][] = [
  [
    'a suspended sentence running through 2025 asks for judgement',
    'LDTT',
    good([{ kind: 'suspended_sentence', decidedOn: '2024-06-01', effectiveTo: '2026-06-01' }]),
    2025,
    '2025-12-20',
    RULE_SET_2025,
    'needs_judgement',
    true,
  ],
  [
    'a sanction that ran out in 2023 says nothing about 2025',
    'LDTT',
    good([{ kind: 'administrative_sanction', decidedOn: '2023-03-01', effectiveTo: '2023-09-01' }]),
    2025,
    '2025-12-20',
    RULE_SET_2025,
    'eligible',
    false,
  ],
  [
    'a sentence ending on 31/12/2024 does not reach 2025',
    'LDTT',
    good([{ kind: 'criminal_sentence', decidedOn: '2022-01-10', effectiveTo: '2024-12-31' }]),
    2025,
    '2025-12-20',
    RULE_SET_2025,
    'eligible',
    false,
  ],
  [
    'a sentence pronounced after the year but before the receipt date is running on that date',
    'LDTT',
    good([{ kind: 'criminal_sentence', decidedOn: '2026-02-01', effectiveTo: null }]),
    2025,
    '2026-03-01',
    RULE_SET_2025,
    'needs_judgement',
    true,
  ],
  [
    'an agency that bars running sentences configures it',
    'LDTT',
    good([{ kind: 'suspended_sentence', decidedOn: '2025-04-01' }]),
    2025,
    '2025-12-20',
    sentencesBlock,
    'not_eligible',
    true,
  ],
  [
    'and may ignore administrative sanctions',
    'LDTT',
    good([{ kind: 'administrative_sanction', decidedOn: '2025-04-01', effectiveTo: '2025-10-01' }]),
    2025,
    '2025-12-20',
    sentencesBlock,
    'eligible',
    false,
  ],
  [
    "it weighs on every individual award, e.g. the Minister's Certificate",
    'BKBO',
    person({
      awards: [
        { code: 'CSTDCS', year: 2024, issuerLevel: 'ministry', basis: 'merit' },
        { code: 'CSTDCS', year: 2025, issuerLevel: 'ministry', basis: 'merit' },
      ],
      sanctions: [{ kind: 'suspended_sentence', decidedOn: '2025-04-01' }],
    }),
    2025,
    '2025-12-20',
    RULE_SET_2025,
    'needs_judgement',
    true,
  ],
  [
    'before 2024 the same fact is judged under the 2003 Law',
    'LDTT',
    person({
      evaluations: grades({ 2023: 'good' }),
      registrations: [{ year: 2023, registered: true }],
      sanctions: [{ kind: 'suspended_sentence', decidedOn: '2023-04-01' }],
    }),
    2023,
    '2023-12-20',
    selectRuleSet('2023-12-20'),
    'needs_judgement',
    true,
  ],
];

describe('criminal sentences (suspended included) and administrative sanctions with their running periods', () => {
  test.each(cases)('%s', (_name, award, history, year, receipt, ruleSet, verdict, running) => {
    const result = checkEligibility(history, award, year, ruleSet, { asOf: receipt });
    expect(result.verdict).toBe(verdict);
    const reason = result.reasons.find((r) => r.code === 'SANCTION_RUNNING');
    expect(reason !== undefined).toBe(running);
    if (reason) {
      expect(reason.citation.instrument).toBe(ruleSet.citations.SANCTION_RUNNING.instrument);
      expect(reason.message.vi).toMatch(/quyết định ngày \d{4}-\d{2}-\d{2}/);
    }
  });

  test('a collective has no sentences to weigh', () => {
    const result = checkEligibility(collective({ year: 2025 }), 'TTLDTT', 2025, RULE_SET_2025);
    expect(result.reasons.map((r) => r.code)).not.toContain('SANCTION_RUNNING');
  });
});
