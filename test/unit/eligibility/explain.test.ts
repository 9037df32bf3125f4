import { checkEligibility } from '../../../domain/eligibility/checkEligibility';
import { formatReason, formatResult } from '../../../domain/eligibility/explain';
import { RULE_SET_2025 } from '../../../domain/ruleSets/ruleSet2025';
import { collective, grades, person } from './fixtures';

describe('explanations a clerk can paste into minutes', () => {
  test('Art. 23: a refused CSTĐCS names what is missing, the year and the article', () => {
    const result = checkEligibility(
      person({ evaluations: grades({ 2025: 'good' }) }),
      'CSTDCS',
      2025,
      RULE_SET_2025,
    );
    const blocking = result.reasons.find((r) => r.severity === 'blocking')!;
    expect(formatReason(blocking)).toBe(
      'Không đủ điều kiện: không đạt tiêu chuẩn bổ sung nào của danh hiệu: năm 2025 không hoàn thành xuất sắc nhiệm vụ (xếp loại “Hoàn thành tốt nhiệm vụ”); chưa có sáng kiến được công nhận năm 2025; chưa có đề tài khoa học được nghiệm thu năm 2025 (Điều 23, Luật 06/2022/QH15)',
    );
    expect(formatReason(blocking, 'en')).toMatch(
      /^Not eligible: none of the additional standards is met: .*\(Điều 23, Luật 06\/2022\/QH15\)$/,
    );
  });

  test('Art. 28: "over 50%" is explained with the counts and the exact comparison', () => {
    const result = checkEligibility(
      collective({ year: 2025, ldttCount: 10, unitGrade: 'good' }),
      'TTLDTT',
      2025,
      RULE_SET_2025,
    );
    expect(result.reasons.map((r) => formatReason(r))).toContain(
      'Không đủ điều kiện: năm 2025: số Lao động tiên tiến 10/20 (50%), chưa đạt trên 50% (Điều 28, Luật 06/2022/QH15)',
    );
  });

  test('Art. 24: the verdict heads the list and names the rule set applied', () => {
    const result = checkEligibility(
      person({
        person: { id: 'p1', gender: 'male', recruitmentDate: '2025-07-02' },
        evaluations: grades({ 2025: 'good' }),
      }),
      'LDTT',
      2025,
      RULE_SET_2025,
    );
    expect(formatResult(result).split('\n')).toEqual([
      'Không đủ điều kiện — Bộ quy tắc áp dụng: tdkt-2025-07',
      '- Không đủ điều kiện: mới tuyển dụng ngày 2025-07-02, đến hết năm 2025 mới được 5 tháng (dưới 6 tháng) (Điều 1, khoản 5, điểm d, Thông tư 01/2024/TT-BNV (chi tiết Điều 24, Luật 06/2022/QH15))',
      '- Năm 2025 xếp loại “Hoàn thành tốt nhiệm vụ” (Điều 24, Luật 06/2022/QH15)',
    ]);
  });

  test('Decree Art. 4: a hold reads as "needs judgement", institutions keep their capitals', () => {
    const result = checkEligibility(
      person({
        evaluations: grades({ 2025: 'good' }),
        holds: [{ kind: 'inspection', from: '2025-12-01' }],
      }),
      'LDTT',
      2025,
      RULE_SET_2025,
    );
    const hold = result.reasons.find((r) => r.code === 'HOLD_ACTIVE')!;
    expect(formatReason(hold)).toBe(
      'Cần xem xét: chưa xét khen thưởng: đang thanh tra, kiểm tra (từ 2025-12-01) (Điều 4, Nghị định 152/2025/NĐ-CP)',
    );
  });
});
