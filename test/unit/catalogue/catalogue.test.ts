import { AWARD_CODES, isAwardCode } from '../../../domain/catalogue/awardCodes';
import { getAwardProfile, listAwardProfiles } from '../../../domain/catalogue/awardProfile';
import { CATALOGUE } from '../../../domain/catalogue/awards';
import { DOCUMENT_TEXT } from '../../../domain/catalogue/documents';
import { describeCouncilRule, describeQuota } from '../../../domain/catalogue/describeRules';
import { CITATION_KEYS } from '../../../domain/ruleSets/citationKeys';
import { RULE_SETS } from '../../../domain/ruleSets/selectRuleSet';
import { RULE_SET_2025 } from '../../../domain/ruleSets/ruleSet2025';

/** Expected facts from domain.md §4, one row per catalogue entry, with its legal basis. */
const EXPECTED = [
  ['LDTT', 'Lao động tiên tiến', 'individual', 'unit_head', false, 'Điều 24'],
  ['CSTDCS', 'Chiến sĩ thi đua cơ sở', 'individual', 'minister', false, 'Điều 23'],
  ['CSTDBO', 'Chiến sĩ thi đua cấp Bộ', 'individual', 'minister', false, 'Điều 22'],
  ['CSTDTQ', 'Chiến sĩ thi đua toàn quốc', 'individual', 'prime_minister', true, 'Điều 21'],
  ['TTLDTT', 'Tập thể lao động tiên tiến', 'collective', 'unit_head', false, 'Điều 28'],
  ['TTLDXS', 'Tập thể lao động xuất sắc', 'collective', 'minister', false, 'Điều 27'],
  ['COBO', 'Cờ thi đua của Bộ', 'collective', 'minister', false, 'Điều 26, khoản 1 và khoản 2'],
  ['BKBO', 'Bằng khen của Bộ trưởng', 'both', 'minister', false, 'Điều 74'],
  ['GK', 'Giấy khen', 'both', 'unit_head', false, 'Điều 75, khoản 2'],
  [
    'KNC',
    'Kỷ niệm chương “Vì sự nghiệp phát triển các dân tộc”',
    'individual',
    'minister',
    false,
    'Điều 71, khoản 2',
  ],
  ['BKTTG', 'Bằng khen của Thủ tướng Chính phủ', 'both', 'prime_minister', true, 'Điều 73'],
  ['COCP', 'Cờ thi đua của Chính phủ', 'collective', 'prime_minister', true, 'Điều 25'],
  ['HCLD', 'Huân chương Lao động', 'both', 'president', true, null],
  ['AHLD', 'Anh hùng Lao động', 'both', 'president', true, null],
] as const;

describe('the award catalogue as data (domain.md §4)', () => {
  test('every award code has exactly one catalogue entry, and the table above covers them all', () => {
    expect(Object.keys(CATALOGUE).sort()).toEqual([...AWARD_CODES].sort());
    expect(EXPECTED.map((e) => e[0]).sort()).toEqual([...AWARD_CODES].sort());
    expect(isAwardCode('LDTT')).toBe(true);
    expect(isAwardCode('XYZ')).toBe(false);
  });

  test.each(EXPECTED.map((e) => [e[0], e] as const))(
    '%s',
    (code, [, nameVi, subject, decider, upward, article]) => {
      const profile = getAwardProfile(code, RULE_SET_2025);
      expect(profile.name.vi).toBe(nameVi);
      expect(profile.name.en.length).toBeGreaterThan(0);
      expect(profile.subject).toBe(subject);
      expect(profile.deciders[0]).toBe(decider);
      // Forwarded upward exactly when the PM or the President decides.
      expect(profile.forwardedUpward).toBe(upward);
      expect(profile.deciders.some((d) => d === 'prime_minister' || d === 'president')).toBe(
        upward,
      );
      expect(profile.legalBasis.instrument).toBe('Luật 06/2022/QH15');
      expect(profile.legalBasis.article).toBe(article);
      expect(profile.kinds.length).toBeGreaterThan(0);
      expect(profile.dossier.some((d) => d.document === 'submission_letter')).toBe(true);
      if (upward) expect(profile.rules.upwardAppraisal).not.toBeNull();
    },
  );

  test.each(RULE_SETS.flatMap((rs) => AWARD_CODES.map((code) => [rs.id, code, rs] as const)))(
    '%s / %s: a secret ballot where the law requires one; procedure values are present',
    (_id, code, ruleSet) => {
      const profile = getAwardProfile(code, ruleSet);
      if (profile.secretBallotRequired) expect(profile.rules.council?.ballot).toBe('secret');
      expect(profile.rules.appraisalSlaWorkingDays).toBe(10);
      expect(profile.rules.publicComment.workingDays).toBeGreaterThanOrEqual(3);
      expect(profile.rules.publicComment.workingDays).toBeLessThanOrEqual(10);
      if (profile.adHocDossier) expect(profile.kinds).toContain('ad_hoc');
    },
  );

  test('Hero titles: public comment of 10 working days; CSTĐCS: the 15% quota', () => {
    expect(getAwardProfile('AHLD', RULE_SET_2025).rules.publicComment).toEqual({
      required: true,
      workingDays: 10,
      postingDay: 'posting_day_not_counted',
    });
    expect(describeQuota(getAwardProfile('CSTDCS', RULE_SET_2025).rules.quota).vi).toBe(
      'Không quá 15% số đạt “Lao động tiên tiến” của đơn vị, làm tròn xuống',
    );
  });

  test('council rules read in plain Vietnamese with the exact comparison and denominator', () => {
    expect(describeCouncilRule(getAwardProfile('CSTDBO', RULE_SET_2025).rules.council).vi).toBe(
      'Bỏ phiếu kín; đồng ý từ 90% trở lên tổng số thành viên; dự họp từ 2/3 trở lên; nhận phiếu bằng văn bản của thành viên vắng mặt; thành viên không tham gia biểu quyết được trừ khỏi mẫu số',
    );
  });

  test('cash awards (Decree 152/2025, × base salary) are configurable data', () => {
    const cash = Object.fromEntries(
      listAwardProfiles(RULE_SET_2025).map((p) => [p.code, p.rules.cashAwardBaseSalaryMultiple]),
    );
    expect(cash).toEqual(
      expect.objectContaining({ LDTT: 0.3, CSTDCS: 1, CSTDBO: 3, CSTDTQ: 4.5, TTLDXS: 1.5 }),
    );
  });

  test('every rule set cites every rule, and every document has both languages', () => {
    for (const ruleSet of RULE_SETS) {
      for (const key of CITATION_KEYS)
        expect(ruleSet.citations[key].instrument.length).toBeGreaterThan(0);
    }
    for (const text of Object.values(DOCUMENT_TEXT)) {
      expect(text.vi.length).toBeGreaterThan(0);
      expect(text.en.length).toBeGreaterThan(0);
    }
  });
});
