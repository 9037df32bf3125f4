import { checkEligibility } from '../../../domain/eligibility/checkEligibility';
import type { RuleSet } from '../../../domain/ruleSets/ruleSet';
import {
  RULE_SETS,
  RuleSetNotFoundError,
  selectRuleSet,
} from '../../../domain/ruleSets/selectRuleSet';
import { person, grades } from '../eligibility/fixtures';

/** The instruments of a rule set in force on a date: checks each one's effective dates. */
const instrumentsInForce = (ruleSet: RuleSet, date: string) =>
  ruleSet.instruments.filter(
    (i) => i.effectiveFrom <= date && (i.effectiveTo === null || date <= i.effectiveTo),
  );

describe('a dossier is judged by the rule set in force on its receipt date', () => {
  const cases: [string, string, string][] = [
    ['first day of Law 06/2022/QH15', '2024-01-01', 'tdkt-2024-01'],
    ['Circular 01/2024/TT-UBDT in force', '2024-04-29', 'tdkt-2024-01'],
    ['last day of Decree 98/2023/NĐ-CP', '2025-06-30', 'tdkt-2024-01'],
    ['first day of Decree 152/2025/NĐ-CP', '2025-07-01', 'tdkt-2025-07'],
    ['open-ended afterwards', '2031-12-31', 'tdkt-2025-07'],
  ];
  test.each(cases)('%s: %s → %s', (_name, receipt, id) => {
    expect(selectRuleSet(receipt).id).toBe(id);
  });

  test('the first encoded regime starts the day Decree 42/2010/NĐ-CP took effect (01/06/2010)', () => {
    expect(() => selectRuleSet('2010-05-31')).toThrow(RuleSetNotFoundError);
    expect(selectRuleSet('2010-06-01').id).toBe('tdkt-2010-06');
  });

  test('a malformed date is refused, not guessed', () => {
    expect(() => selectRuleSet('2025-02-30')).toThrow(RangeError);
    expect(() => selectRuleSet('30/06/2025')).toThrow(RangeError);
  });

  test('rule sets follow one another without gap or overlap', () => {
    for (let i = 1; i < RULE_SETS.length; i += 1) {
      const before = RULE_SETS[i - 1];
      expect(before.validTo).not.toBeNull();
      const next = new Date(Date.parse(`${before.validTo}T00:00:00Z`) + 86_400_000)
        .toISOString()
        .slice(0, 10);
      expect(RULE_SETS[i].validFrom).toBe(next);
    }
    expect(RULE_SETS[RULE_SETS.length - 1].validTo).toBeNull();
  });

  test.each([
    ['2025-06-30', 'tdkt-2024-01', 'Nghị định 98/2023/NĐ-CP'],
    ['2025-07-01', 'tdkt-2025-07', 'Nghị định 152/2025/NĐ-CP'],
  ])(
    'Decree Art. 4 hold, dossier received %s: result names %s and cites %s',
    (receipt, id, decree) => {
      const ruleSet = selectRuleSet(receipt);
      const result = checkEligibility(
        person({
          evaluations: grades({ 2024: 'good' }),
          holds: [{ kind: 'investigation', from: '2025-01-10' }],
        }),
        'LDTT',
        2024,
        ruleSet,
        { asOf: receipt },
      );
      expect(result.ruleSetId).toBe(id);
      expect(result.reasons.find((r) => r.code === 'HOLD_ACTIVE')?.citation.instrument).toBe(
        decree,
      );
    },
  );

  test.each([
    ['2024-03-01', ['Luật 06/2022/QH15', 'Nghị định 98/2023/NĐ-CP']],
    ['2024-05-01', ['Luật 06/2022/QH15', 'Nghị định 98/2023/NĐ-CP', 'Thông tư 01/2024/TT-UBDT']],
    ['2025-06-25', ['Luật 06/2022/QH15', 'Nghị định 98/2023/NĐ-CP', 'Thông tư 03/2025/TT-BDTTG']],
    ['2025-07-01', ['Luật 06/2022/QH15', 'Nghị định 152/2025/NĐ-CP', 'Thông tư 03/2025/TT-BDTTG']],
  ])('instruments in force on %s', (date, symbols) => {
    expect(instrumentsInForce(selectRuleSet(date), date).map((i) => i.symbol)).toEqual(symbols);
  });
});
