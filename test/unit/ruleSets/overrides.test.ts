import { configurableValuesSchema } from '../../../domain/ruleSets/configurableValues';
import {
  ConfigOverrideError,
  applyConfigOverride,
  validateConfigOverride,
} from '../../../domain/ruleSets/overrides';
import { RULE_SET_2024 } from '../../../domain/ruleSets/ruleSet2024';
import { RULE_SET_2025 } from '../../../domain/ruleSets/ruleSet2025';
import { SECRET_BALLOT_90_OF_ALL } from '../../../domain/ruleSets/sharedDefaults';

describe('configurable values: validated overrides with an audit diff', () => {
  test.each([RULE_SET_2024, RULE_SET_2025])(
    'the shipped defaults of %s pass their own schema',
    (ruleSet) => {
      expect(configurableValuesSchema.safeParse(ruleSet.values).success).toBe(true);
      expect(ruleSet.configurableKeys).toContain('awardRules');
    },
  );

  test('the two rule sets differ only in when the 6 months since recruitment bind', () => {
    expect({ ...RULE_SET_2024.values, ldttRecruitmentRuleFrom: null }).toEqual(
      RULE_SET_2025.values,
    );
    expect(RULE_SET_2025.law).toBe(RULE_SET_2024.law);
  });

  test('an administrator changes the CSTĐCS quota and one unit council rule', () => {
    const result = validateConfigOverride(RULE_SET_2025, {
      awardRules: {
        CSTDCS: {
          ...RULE_SET_2025.values.awardRules.CSTDCS,
          quota: {
            kind: 'share_of_holders',
            holdersOf: 'LDTT',
            per: 'unit',
            share: { numerator: 10, denominator: 100 },
            rounding: 'floor',
          },
        },
      },
      cstdcsCouncilRuleByUnit: { 'VU-TCCB': SECRET_BALLOT_90_OF_ALL },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.values.awardRules.CSTDCS.quota).toEqual({
      kind: 'share_of_holders',
      holdersOf: 'LDTT',
      per: 'unit',
      share: { numerator: 10, denominator: 100 },
      rounding: 'floor',
    });
    // Other awards untouched; the diff names exactly what changed, for the audit trail.
    expect(result.values.awardRules.BKBO).toEqual(RULE_SET_2025.values.awardRules.BKBO);
    expect(result.changes.map((c) => `${c.key}.${c.entry}`)).toEqual([
      'cstdcsCouncilRuleByUnit.VU-TCCB',
      'awardRules.CSTDCS',
    ]);
  });

  test('re-submitting the current value records no change', () => {
    const result = validateConfigOverride(RULE_SET_2025, { ldttMinMonthsSinceRecruitment: 6 });
    expect(result).toEqual(expect.objectContaining({ ok: true, changes: [] }));
  });

  test.each<[string, unknown, string]>([
    ['a law-fixed value is not configurable', { ldttMinGrade: 'complete' }, ''],
    [
      'public comment outside 3–10 working days',
      {
        awardRules: {
          AHLD: {
            ...RULE_SET_2025.values.awardRules.AHLD,
            publicComment: { required: true, workingDays: 2 },
          },
        },
      },
      'awardRules.AHLD.publicComment.workingDays',
    ],
    [
      'a share above 100%',
      { womenLeaderTenureReduction: { numerator: 4, denominator: 3 } },
      'womenLeaderTenureReduction',
    ],
    ['months out of range', { ldttMinMonthsSinceRecruitment: 0 }, 'ldttMinMonthsSinceRecruitment'],
    [
      'an open vote where the law requires a secret ballot',
      {
        awardRules: {
          CSTDBO: {
            ...RULE_SET_2025.values.awardRules.CSTDBO,
            council: { ...SECRET_BALLOT_90_OF_ALL, ballot: 'open' },
          },
        },
      },
      'awardRules.CSTDBO.council',
    ],
    [
      'written votes counted against members present',
      {
        awardRules: {
          BKBO: {
            ...RULE_SET_2025.values.awardRules.BKBO,
            council: {
              ...RULE_SET_2025.values.awardRules.BKBO.council!,
              absenteeWrittenVotesAllowed: true,
            },
          },
        },
      },
      'awardRules.BKBO.council.absenteeWrittenVotesAllowed',
    ],
    [
      'a CSTĐTQ window that ends before it starts',
      { cstdtqProposalWindow: { fromYearsAfterDecision: 2, toYearsAfterDecision: 1 } },
      'cstdtqProposalWindow',
    ],
  ])('refused: %s', (_name, input, path) => {
    const result = validateConfigOverride(RULE_SET_2025, input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.path)).toContain(path);
    expect(() => applyConfigOverride(RULE_SET_2025, input, 'rev')).toThrow(ConfigOverrideError);
  });

  test('applying an override keeps the rule set id and records revision and changes', () => {
    const merged = applyConfigOverride(RULE_SET_2025, { kncMinServiceYears: 15 }, 'cfg-2026-001');
    expect(merged.id).toBe(RULE_SET_2025.id);
    expect(merged.configRevision).toBe('cfg-2026-001');
    expect(merged.values.kncMinServiceYears).toBe(15);
    expect(merged.overrides).toEqual([{ key: 'kncMinServiceYears', from: 10, to: 15 }]);
    expect(RULE_SET_2025.values.kncMinServiceYears).toBe(10);
  });
});
