import {
  allocateCstdcsQuota,
  type QuotaCandidate,
} from '../../../domain/quota/allocateCstdcsQuota';
import { quotaPlaces } from '../../../domain/quota/shareQuota';
import { heldAsCounted, placesToClaim } from '../../../domain/quota/earlierRounds';
import { isWomenPreferred } from '../../../domain/quota/tieBreak';
import { fraction } from '../../../domain/council/threshold';
import { RULE_SET_2025 } from '../../../domain/ruleSets/ruleSet2025';

const FIFTEEN = { share: fraction(15, 100), rounding: 'floor' } as const;

describe('CSTĐCS quota: at most 15% of the unit’s LĐTT holders, rounded down [Điều 23, Luật 06/2022/QH15]', () => {
  test.each([
    [0, 0],
    [6, 0],
    [7, 1],
    [13, 1],
    [14, 2],
    [20, 3],
    [100, 15],
    [101, 15],
  ])('%i LĐTT holders → quota %i', (holders, quota) => {
    expect(quotaPlaces(holders, FIFTEEN)).toBe(quota);
  });

  test('a negative or fractional count is refused', () => {
    expect(() => quotaPlaces(-1, FIFTEEN)).toThrow(RangeError);
    expect(() => quotaPlaces(2.5, FIFTEEN)).toThrow(RangeError);
  });
});

const c = (
  nomineeId: string,
  approvals: number,
  gender: 'female' | 'male' = 'male',
  extra: Partial<QuotaCandidate> = {},
): QuotaCandidate => ({
  nomineeId,
  unitId: 'U1',
  gender,
  councilApproval: { approvals, denominator: 9 },
  ...extra,
});

function outcomes(candidates: QuotaCandidate[], ldttHolderCount = 20) {
  const result = allocateCstdcsQuota(
    { year: 2025, units: [{ unitId: 'U1', ldttHolderCount }], candidates },
    RULE_SET_2025,
  );
  return result.units[0];
}

describe('allocateCstdcsQuota over a round: ranking decides who is cut and why', () => {
  test('quota 3 of 20 LĐTT: the three best approval ratios are kept, the fourth is cut', () => {
    const unit = outcomes([c('a', 9), c('b', 6), c('c', 8), c('d', 7)]);
    expect(unit.quota).toBe(3);
    const byId = Object.fromEntries(unit.decisions.map((d) => [d.nomineeId, d]));
    expect([byId.a.outcome, byId.c.outcome, byId.d.outcome, byId.b.outcome]).toEqual([
      'kept',
      'kept',
      'kept',
      'cut',
    ]);
    expect(byId.b.rank).toBe(4);
    expect(byId.b.reasons[0].code).toBe('QUOTA_CUT');
    expect(byId.b.reasons[0].message.vi).toBe(
      'Xếp hạng 4/4, ngoài chỉ tiêu 3 (15% của 20 Lao động tiên tiến, làm tròn xuống): tỷ lệ phiếu đồng ý 6/9 (66,7%) thấp hơn người xếp cuối trong chỉ tiêu (tỷ lệ phiếu đồng ý 7/9 (77,8%))',
    );
    expect(byId.b.reasons[0].citation.parent?.article).toBe('Điều 23');
  });

  test('equal votes: the evaluation score decides next', () => {
    const unit = outcomes([
      c('a', 9),
      c('b', 9),
      c('c', 9, 'male', { evaluationScore: 95 }),
      c('d', 9, 'male', { evaluationScore: 91 }),
    ]);
    const byId = Object.fromEntries(unit.decisions.map((d) => [d.nomineeId, d.outcome]));
    // c and d are separated by their scores; a and b (no score) tie for the last place.
    expect(byId).toEqual({ c: 'kept', d: 'kept', a: 'tied_at_cutoff', b: 'tied_at_cutoff' });
  });

  test('a tie on every key: the woman is preferred [Điều 4, Nghị định 152/2025/NĐ-CP]', () => {
    const unit = outcomes([c('a', 9), c('b', 8), c('man', 7), c('woman', 7, 'female')]);
    const byId = Object.fromEntries(unit.decisions.map((d) => [d.nomineeId, d]));
    expect(byId.woman.outcome).toBe('kept');
    expect(byId.woman.reasons.map((r) => r.code)).toContain('QUOTA_WOMEN_PREFERRED');
    expect(byId.man.outcome).toBe('cut');
    expect(byId.man.reasons[0]).toEqual(
      expect.objectContaining({
        code: 'QUOTA_CUT_TIE_BREAK',
        citation: expect.objectContaining({
          instrument: 'Nghị định 152/2025/NĐ-CP',
          article: 'Điều 4',
        }),
      }),
    );
  });

  test('two men tied for the last place: the chair decides, nobody is cut arbitrarily', () => {
    const unit = outcomes([c('a', 9), c('b', 8), c('x', 7), c('y', 7)]);
    const byId = Object.fromEntries(unit.decisions.map((d) => [d.nomineeId, d]));
    expect([byId.x.outcome, byId.y.outcome]).toEqual(['tied_at_cutoff', 'tied_at_cutoff']);
    expect(byId.x.reasons[0].severity).toBe('needs_judgement');
    expect(byId.x.rank).toBe(3);
  });

  test('two women tied at the top for a quota of 1: the chair chooses between them, the man below is cut (issue 13)', () => {
    const score = (id: string, gender: 'female' | 'male', evaluationScore: number) =>
      c(id, 9, gender, { evaluationScore });
    const unit = outcomes(
      [score('V01', 'female', 90), score('V02', 'female', 90), score('V03', 'male', 80)],
      7,
    );
    expect(unit.quota).toBe(1);
    const byId = Object.fromEntries(unit.decisions.map((d) => [d.nomineeId, d]));
    expect([byId.V01.outcome, byId.V02.outcome, byId.V03.outcome]).toEqual([
      'tied_at_cutoff',
      'tied_at_cutoff',
      'cut',
    ]);
    expect(unit.kept).toBe(0);
    expect(unit.tie).toEqual({ tied: ['V01', 'V02'], places: 1 });
    expect(byId.V01.reasons[0].message.en).toBe(
      'Tied at rank 1 with 1 other(s) for 1 remaining place(s) in the quota 1 (15% of 7 Advanced Workers, rounded down): the chair decides',
    );
    expect(byId.V03.rank).toBe(3);
    expect(byId.V03.reasons[0].message.vi).toBe(
      'Xếp hạng 3/3, ngoài chỉ tiêu 1 (15% của 7 Lao động tiên tiến, làm tròn xuống): điểm đánh giá 80 thấp hơn những người đồng hạng ở vị trí cuối trong chỉ tiêu (điểm đánh giá 90)',
    );
  });

  test('a unit with 6 LĐTT holders gets no CSTĐCS (15% of 6 rounds down to 0)', () => {
    const unit = outcomes([c('a', 9)], 6);
    expect(unit.quota).toBe(0);
    expect(unit.decisions[0].outcome).toBe('cut');
    expect(unit.decisions[0].reasons[0].message.vi).toBe(
      'Vượt tỷ lệ: chỉ tiêu 0 (15% của 6 Lao động tiên tiến, làm tròn xuống)',
    );
  });

  test('ineligible and held candidates are not ranked', () => {
    const unit = outcomes([
      c('a', 9, 'male', { verdict: 'not_eligible' }),
      c('b', 9, 'male', { held: true }),
      c('c', 5),
    ]);
    const byId = Object.fromEntries(unit.decisions.map((d) => [d.nomineeId, d]));
    expect(byId.a.outcome).toBe('excluded');
    expect(byId.b.reasons[0].severity).toBe('needs_judgement');
    expect(byId.c).toEqual(expect.objectContaining({ outcome: 'kept', rank: 1 }));
  });

  test('units are allocated separately within one round; a unit without LĐTT count needs a human', () => {
    const result = allocateCstdcsQuota(
      {
        year: 2025,
        units: [{ unitId: 'U1', ldttHolderCount: 7 }],
        candidates: [c('a', 9), c('b', 8), { ...c('z', 9), unitId: 'U2' }],
      },
      RULE_SET_2025,
    );
    expect(result.ruleSetId).toBe('tdkt-2025-07');
    expect(result.units.map((u) => [u.unitId, u.quota, u.kept])).toEqual([
      ['U1', 1, 1],
      ['U2', 0, 0],
    ]);
    expect(result.units[1].decisions[0].reasons[0].code).toBe('QUOTA_LDTT_COUNT_MISSING');
  });
});

describe('the quota counts per unit and year, not per round: places other rounds hold [Điều 23, Luật 06/2022/QH15]', () => {
  const withEarlier = (candidates: QuotaCandidate[], held: number, released = 0) =>
    allocateCstdcsQuota(
      {
        year: 2025,
        units: [{ unitId: 'U1', ldttHolderCount: 20, earlier: { held, released } }],
        candidates,
      },
      RULE_SET_2025,
    ).units[0];

  test('quota 3 of 20 LĐTT, 2 held by an earlier round: 1 place left, the best is kept, the reason says so', () => {
    const unit = withEarlier([c('a', 9), c('b', 8), c('d', 7)], 2);
    expect([unit.quota, unit.left, unit.kept]).toEqual([3, 1, 1]);
    const byId = Object.fromEntries(unit.decisions.map((d) => [d.nomineeId, d]));
    expect(byId.a.outcome).toBe('kept');
    expect(byId.a.reasons[0].message.vi).toBe(
      'Xếp hạng 1/3 của đơn vị, trong chỉ tiêu 3 (15% của 20 Lao động tiên tiến, làm tròn xuống), phiên họp trước đã dùng 2, còn 1',
    );
    expect(byId.a.reasons[0].facts).toMatchObject({ quota: 3, heldEarlier: 2, left: 1 });
    expect([byId.b.outcome, byId.d.outcome]).toEqual(['cut', 'cut']);
    expect(byId.b.reasons[0].message.en).toBe(
      'Ranked 2 of 3, outside the quota 3 (15% of 20 Advanced Workers, rounded down), 2 used by earlier rounds, 1 left: approval 8/9 (88.9%) is below the last kept candidate (approval 9/9 (100%))',
    );
  });

  test('the quota used up by earlier rounds: everyone is cut, the reason names the earlier use', () => {
    const unit = withEarlier([c('a', 9)], 3);
    expect([unit.left, unit.kept]).toEqual([0, 0]);
    expect(unit.decisions[0].outcome).toBe('cut');
    expect(unit.decisions[0].reasons[0].message.vi).toBe(
      'Vượt tỷ lệ: chỉ tiêu 3 (15% của 20 Lao động tiên tiến, làm tròn xuống), phiên họp trước đã dùng 3, còn 0',
    );
  });

  test('more held than the quota (rounds before the ledger): nothing left, never a negative count', () => {
    const unit = withEarlier([c('a', 9)], 5);
    expect([unit.left, unit.decisions[0].outcome]).toEqual([0, 'cut']);
    expect(unit.decisions[0].reasons[0].message.en).toContain('5 used by earlier rounds, 0 left');
  });

  test('a place the minister did not award is given back and said so', () => {
    const unit = withEarlier([c('a', 9), c('b', 8)], 2, 1);
    expect(unit.left).toBe(1);
    expect(unit.decisions[0].reasons[0].message.vi).toContain(
      'phiên họp trước đã dùng 2 (không tính 1 suất đã trả lại do Bộ trưởng không khen thưởng hoặc hủy bỏ khen thưởng), còn 1',
    );
  });

  test('a tie for the last place left: the chair decides among the tied, for the places left only', () => {
    const unit = withEarlier([c('x', 7), c('y', 7)], 2);
    expect(unit.tie).toEqual({ tied: ['x', 'y'], places: 1 });
    expect(unit.decisions[0].reasons[0].message.vi).toBe(
      'Đồng hạng 1 với 1 người khác cho 1 suất còn lại trong chỉ tiêu 3 (15% của 20 Lao động tiên tiến, làm tròn xuống), phiên họp trước đã dùng 2, còn 1: Chủ tịch Hội đồng quyết định',
    );
  });
});

describe('a round claims what the quota has left, and counts what it claimed [Điều 23, Luật 06/2022/QH15]', () => {
  test.each([
    // quota, candidates, held, places to claim
    [3, 2, 0, 2],
    [3, 5, 0, 3],
    [3, 5, 2, 1],
    [3, 5, 3, 0],
    [3, 5, 6, 0],
    [1, 2, 0, 1],
    [1, 2, 1, 0],
  ])('quota %i, %i candidates, %i held elsewhere → %i places', (quota, candidates, held, n) => {
    expect(placesToClaim(quota, candidates, held)).toBe(n);
  });

  test.each([
    // quota, candidates, held when read after the claim, claimed, held as counted
    ['as read: other rounds hold 2, the one place left is claimed', 3, 5, 2, 1, 2],
    ['as read: every candidate has a place', 3, 2, 1, 2, 1],
    ['a place given back after the claim: the round counts only what it claimed', 3, 5, 1, 1, 2],
    ['two places given back after the claim', 3, 5, 0, 1, 2],
    ['every candidate claimed, more held since: the round keeps its places', 3, 2, 2, 2, 1],
    ['nothing claimed, more held than the quota (before the ledger)', 3, 5, 6, 0, 6],
    ['nothing claimed, a place given back after the claim', 3, 5, 2, 0, 3],
  ])('%s', (_case, quota, candidates, held, claimed, counted) => {
    const result = heldAsCounted(quota, candidates, held, claimed);
    expect(result).toBe(counted);
    expect(placesToClaim(quota, candidates, result)).toBe(claimed);
  });
});

describe('tie-break subject [Điều 4, Nghị định 152/2025/NĐ-CP]', () => {
  test.each([
    [{ kind: 'individual', gender: 'female' } as const, true],
    [{ kind: 'individual', gender: 'male' } as const, false],
    [{ kind: 'collective', womenCount: 7, headcount: 10 } as const, true],
    [{ kind: 'collective', womenCount: 13, headcount: 20 } as const, false],
  ])('%o → preferred %s', (subject, expected) => {
    expect(isWomenPreferred(subject, RULE_SET_2025)).toBe(expected);
  });
});
