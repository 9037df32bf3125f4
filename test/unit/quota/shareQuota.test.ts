import { describeQuota } from '../../../domain/catalogue/describeRules';
import { fraction } from '../../../domain/council/threshold';
import { checkEligibility } from '../../../domain/eligibility';
import { allocateCstdcsQuota } from '../../../domain/quota/allocateCstdcsQuota';
import { quotaPlaces } from '../../../domain/quota/shareQuota';
import type { QuotaRule } from '../../../domain/ruleSets/awardRules';
import { applyConfigOverride, validateConfigOverride } from '../../../domain/ruleSets/overrides';
import { RULE_SET_2025 } from '../../../domain/ruleSets/ruleSet2025';
import { grades, initiative, person } from '../eligibility/fixtures';

const share = (numerator: number, denominator = 100) => fraction(numerator, denominator);

describe('a share quota: places for a count of holders, rounded as the rule states', () => {
  test.each([
    // holders, share, rounding, places — "không quá" (at most) reads as floor
    [7, share(15), 'floor', 1],
    [7, share(15), 'ceil', 2],
    [7, share(15), 'half_up', 1],
    [10, share(15), 'floor', 1],
    [10, share(15), 'ceil', 2],
    [10, share(15), 'half_up', 2], // 1.5 exactly: half goes up
    [9, share(15), 'half_up', 1], // 1.35
    [20, share(15), 'ceil', 3], // exact: no rounding either way
    [0, share(15), 'ceil', 0],
    [3, share(1, 3), 'floor', 1],
    [5, share(1, 3), 'half_up', 2], // 1.67
    [4, share(1, 3), 'half_up', 1], // 1.33
    [1, share(0), 'ceil', 0],
  ] as const)('%i holders × %j, %s → %i', (holders, s, rounding, places) => {
    expect(quotaPlaces(holders, { share: s, rounding })).toBe(places);
  });
});

const override = (quota: unknown) => ({
  awardRules: { CSTDCS: { ...RULE_SET_2025.values.awardRules.CSTDCS, quota } },
});

describe('quotas as data in the rule set configuration', () => {
  test('the shipped CSTĐCS quota is 15% of the unit’s LĐTT holders, rounded down, and says so', () => {
    const rule = RULE_SET_2025.values.awardRules.CSTDCS.quota;
    expect(rule).toEqual({
      kind: 'share_of_holders',
      holdersOf: 'LDTT',
      per: 'unit',
      share: share(15),
      rounding: 'floor',
    });
    expect(describeQuota(rule)).toEqual({
      vi: 'Không quá 15% số đạt “Lao động tiên tiến” của đơn vị, làm tròn xuống',
      en: "At most 15% of the unit's “Advanced Worker” holders, rounded down",
    });
  });

  test.each<[string, QuotaRule, string]>([
    [
      'a share of another title’s holders per bloc, rounded up, with its own basis',
      {
        kind: 'share_of_holders',
        holdersOf: 'CSTDCS',
        per: 'bloc',
        share: share(20),
        rounding: 'ceil',
        basis: { instrument: 'Quy chế thi đua của Bộ', article: 'Điều 8' },
      },
      'Không quá 20% số đạt “Chiến sĩ thi đua cơ sở” của khối thi đua, làm tròn lên',
    ],
    [
      'half up',
      {
        kind: 'share_of_holders',
        holdersOf: 'LDTT',
        per: 'unit',
        share: share(10),
        rounding: 'half_up',
      },
      'Không quá 10% số đạt “Lao động tiên tiến” của đơn vị, làm tròn đến số nguyên gần nhất (0,5 lên)',
    ],
  ])('accepted: %s', (_name, quota, text) => {
    const result = validateConfigOverride(RULE_SET_2025, override(quota));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.values.awardRules.CSTDCS.quota).toEqual(quota);
    expect(describeQuota(quota).vi).toBe(text);
  });

  test('a configuration saved in the old form (LĐTT share) reads as the general rule', () => {
    const result = validateConfigOverride(
      RULE_SET_2025,
      override({ kind: 'share_of_ldtt_holders', share: share(10), rounding: 'floor' }),
    );
    expect(result.ok && result.values.awardRules.CSTDCS.quota).toEqual({
      kind: 'share_of_holders',
      holdersOf: 'LDTT',
      per: 'unit',
      share: share(10),
      rounding: 'floor',
    });
  });

  test.each([
    ['an unknown rounding', { rounding: 'banker' }],
    ['an unknown base title', { holdersOf: 'XYZ' }],
    ['an unknown scope', { per: 'ministry' }],
    ['a share above 1', { share: { numerator: 120, denominator: 100 } }],
  ])('refused: %s', (_name, change) => {
    const quota = { ...RULE_SET_2025.values.awardRules.CSTDCS.quota, ...change };
    expect(validateConfigOverride(RULE_SET_2025, override(quota)).ok).toBe(false);
  });
});

describe('the round and the eligibility answer follow the configured rule', () => {
  const withQuota = (quota: QuotaRule, award: 'CSTDCS' | 'BKBO' = 'CSTDCS') =>
    applyConfigOverride(
      RULE_SET_2025,
      {
        awardRules: {
          [award]: { ...RULE_SET_2025.values.awardRules[award], quota },
        },
      },
      'rev-test',
    );
  const candidates = ['a', 'b'].map((id, i) => ({
    nomineeId: id,
    unitId: 'U1',
    gender: 'male' as const,
    councilApproval: { approvals: 9 - i, denominator: 9 },
  }));

  test.each([
    // 10 LĐTT × 15% = 1.5: rounded down keeps one, up or half up keeps both
    ['floor', 1, 'làm tròn xuống'],
    ['ceil', 2, 'làm tròn lên'],
    ['half_up', 2, 'làm tròn đến số nguyên gần nhất'],
  ] as const)(
    'CSTĐCS ranked with rounding %s: %i kept, the reason states it',
    (rounding, kept, text) => {
      const ruleSet = withQuota({
        kind: 'share_of_holders',
        holdersOf: 'LDTT',
        per: 'unit',
        share: share(15),
        rounding,
      });
      const unit = allocateCstdcsQuota(
        { year: 2025, units: [{ unitId: 'U1', ldttHolderCount: 10 }], candidates },
        ruleSet,
      ).units[0]!;
      expect([unit.quota, unit.kept]).toEqual([kept, kept]);
      expect(unit.decisions[0]!.reasons[0]!.message.vi).toContain(text);
      expect(unit.decisions[0]!.reasons[0]!.facts).toMatchObject({ rounding });
    },
  );

  const cstdcsHistory = person({
    evaluations: grades({ 2025: 'excellent' }),
    initiatives: [initiative('SK-1', 2025)],
  });

  test('CSTĐCS over the unit’s LĐTT holders: the round applies it, the answer informs [Điều 23, Luật 06/2022/QH15]', () => {
    const result = checkEligibility(cstdcsHistory, 'CSTDCS', 2025, RULE_SET_2025);
    const reason = result.reasons.find((r) => r.code === 'CSTDCS_QUOTA_APPLIES');
    expect(reason?.severity).toBe('info');
    expect(reason?.citation).toEqual(RULE_SET_2025.citations.CSTDCS_QUOTA);
    expect(reason?.message.vi).toContain('Không quá 15% số đạt “Lao động tiên tiến” của đơn vị');
  });

  test('a share the round does not count (another title, or a bloc) goes to the council with its own basis', () => {
    const basis = { instrument: 'Quy chế thi đua của Bộ', article: 'Điều 8' };
    const ruleSet = withQuota(
      {
        kind: 'share_of_holders',
        holdersOf: 'CSTDCS',
        per: 'bloc',
        share: share(20),
        rounding: 'floor',
        basis,
      },
      'BKBO',
    );
    const result = checkEligibility(person(), 'BKBO', 2025, ruleSet);
    const reason = result.reasons.find((r) => r.code === 'SHARE_QUOTA_FOR_COUNCIL');
    expect(reason).toMatchObject({
      severity: 'needs_judgement',
      citation: basis,
      facts: { holdersOf: 'CSTDCS', per: 'bloc', rounding: 'floor' },
    });
    expect(reason?.message.vi).toContain('của khối thi đua, làm tròn xuống');
    // Without a quota configured, the award says nothing of one.
    const plain = checkEligibility(person(), 'BKBO', 2025, RULE_SET_2025);
    expect(plain.reasons.map((r) => r.code)).not.toContain('SHARE_QUOTA_FOR_COUNCIL');
  });
});
