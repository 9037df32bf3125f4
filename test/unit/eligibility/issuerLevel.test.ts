import type { AwardCode } from '../../../domain/catalogue/awardCodes';
import { CATALOGUE } from '../../../domain/catalogue/awards';
import type { CommendationKind } from '../../../domain/catalogue/awardDefinition';
import { checkEligibility } from '../../../domain/eligibility/checkEligibility';
import {
  DECIDER_ISSUER_LEVEL,
  type AwardRecord,
  type IssuerLevel,
} from '../../../domain/eligibility/history';
import { formatCitation } from '../../../domain/ruleSets/citation';
import { applyConfigOverride } from '../../../domain/ruleSets/overrides';
import { RULE_SET_2025 } from '../../../domain/ruleSets/ruleSet2025';
import { grades, person } from './fixtures';

const LAW = 'Luật 06/2022/QH15';

/** An award as TĐKT Flow records it when its usual decider grants it. */
function granted(code: AwardCode, year: number, basis: CommendationKind = 'merit'): AwardRecord {
  return { code, year, basis, issuerLevel: DECIDER_ISSUER_LEVEL[CATALOGUE[code].deciders[0]!] };
}

describe('the level of an award granted in TĐKT Flow, by who decided it', () => {
  test.each<[AwardCode, IssuerLevel, string]>([
    ['GK', 'unit', `Điều 75, khoản 2, ${LAW}`],
    ['BKBO', 'ministry', `Điều 74, ${LAW}`],
    ['BKTTG', 'state', `Điều 73, ${LAW}`],
    ['CSTDTQ', 'state', `Điều 21, ${LAW}`],
    ['COCP', 'state', `Điều 25, ${LAW}`],
    ['HCLD', 'state', LAW],
  ])('%s is recorded at %s level [%s]', (code, level, article) => {
    expect(granted(code, 2025).issuerLevel).toBe(level);
    const citation = RULE_SET_2025.citations[CATALOGUE[code].citationKey];
    expect(formatCitation(citation)).toContain(article);
  });
});

describe('the rules reading issuer levels, on awards recorded that way', () => {
  const cstdcs = [2021, 2023, 2025].map((y) => granted('CSTDCS', y));
  const good = (from: number, to: number) =>
    grades(Object.fromEntries(Array.from({ length: to - from + 1 }, (_, i) => [from + i, 'good'])));

  test(`a Minister's Certificate signed in TĐKT Flow is the PM's Certificate prerequisite [Điều 73, ${LAW}]`, () => {
    const history = person({
      awards: [granted('BKBO', 2019), ...cstdcs],
      evaluations: good(2021, 2025),
    });
    const result = checkEligibility(history, 'BKTTG', 2025, RULE_SET_2025);
    expect([result.verdict, result.path]).toEqual(['eligible', 'regular']);
  });

  test(`a PM's Certificate granted upward is no ministry/province certificate, and a later one needs a certificate after it [Điều 73, ${LAW}]`, () => {
    const later = [2026, 2028, 2030].map((y) => granted('CSTDCS', y));
    const history = person({
      awards: [granted('BKBO', 2019), ...cstdcs, granted('BKTTG', 2025), ...later],
      evaluations: good(2021, 2030),
    });
    const result = checkEligibility(history, 'BKTTG', 2030, RULE_SET_2025);
    const codes = result.reasons.map((r) => r.code);
    expect(result.verdict).toBe('not_eligible');
    expect(codes).toContain('BKTTG_NO_PATH_MET');
    expect(codes).not.toContain('BKTTG_CERTIFICATE_LEVEL_NOT_COUNTED');
    const refusal = result.reasons.find((r) => r.code === 'BKTTG_NO_PATH_MET')!;
    expect(refusal.message.vi).toContain('sau Bằng khen của Thủ tướng năm 2025');
  });

  test(`a National Emulation Fighter granted upward uses up its Ministry titles [Điều 21, ${LAW}]`, () => {
    const history = person({
      awards: [granted('CSTDBO', 2021), granted('CSTDBO', 2024), granted('CSTDTQ', 2024)],
    });
    const result = checkEligibility(history, 'CSTDTQ', 2025, RULE_SET_2025);
    expect(result.verdict).toBe('not_eligible');
    expect(result.reasons.map((r) => r.code)).toContain('CSTDTQ_CHAIN_ALREADY_USED');
  });
});

describe("which issuers' certificates count for the PM's Certificate: a configurable table per rule set", () => {
  const fiveGoodYears = grades({
    2021: 'good',
    2022: 'good',
    2023: 'good',
    2024: 'good',
    2025: 'good',
  });
  const withCertificate = (issuerLevel: IssuerLevel) =>
    person({
      awards: [
        { code: 'BKBO', year: 2019, basis: 'merit', issuerLevel },
        ...[2021, 2023, 2025].map((y) => granted('CSTDCS', y)),
      ],
      evaluations: fiveGoodYears,
    });

  test.each<[IssuerLevel, string]>([
    ['ministry', 'eligible'],
    ['province', 'eligible'],
    ['central_body', 'not_eligible'],
    ['province_mass_org', 'not_eligible'],
    ['unit', 'not_eligible'],
  ])(
    `shipped 2025 table: a certificate issued at %s level → %s [Điều 73, ${LAW}]`,
    (level, verdict) => {
      const result = checkEligibility(withCertificate(level), 'BKTTG', 2025, RULE_SET_2025);
      expect(result.verdict).toBe(verdict);
      if (verdict === 'not_eligible') {
        expect(result.reasons.map((r) => r.code)).toContain('BKTTG_CERTIFICATE_LEVEL_NOT_COUNTED');
      }
    },
  );

  test("an agency that counts its province's mass organisations configures it, and the answer names the revision", () => {
    const configured = applyConfigOverride(
      RULE_SET_2025,
      { certificatePrerequisiteIssuers: { BKTTG: ['ministry', 'province', 'province_mass_org'] } },
      'rev-issuers',
    );
    const result = checkEligibility(
      withCertificate('province_mass_org'),
      'BKTTG',
      2025,
      configured,
    );
    expect([result.verdict, result.configRevision]).toEqual(['eligible', 'rev-issuers']);
  });

  test('the table refuses an empty list', () => {
    expect(() =>
      applyConfigOverride(RULE_SET_2025, { certificatePrerequisiteIssuers: { BKTTG: [] } }, 'r'),
    ).toThrow(/certificatePrerequisiteIssuers/);
  });
});
