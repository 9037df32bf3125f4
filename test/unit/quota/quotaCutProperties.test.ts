import fc from 'fast-check';
import {
  allocateCstdcsQuota,
  type QuotaCandidate,
  type QuotaDecision,
  type UnitQuotaResult,
} from '../../../domain/quota/allocateCstdcsQuota';
import { checkTieChoice, type ScopedTie } from '../../../domain/quota/tieChoice';
import type { QuotaRankingKey } from '../../../domain/ruleSets/configurableValues';
import { RULE_SET_2025 } from '../../../domain/ruleSets/ruleSet2025';
import { roundArb, type Round, candidatesOf } from './quotaRounds';

/**
 * Properties of the quota cut over random rounds: at most the quota is kept; nobody is kept
 * or left to the chair below someone cut unless the women-first rule says why (Decree
 * 152/2025/NĐ-CP, Art. 4); a tie asks for exactly the places left among exactly the tied;
 * the reasons never contradict the outcome (Law 06/2022/QH15, Art. 23 and 26).
 */

function allocate(round: Round) {
  const candidates = candidatesOf(round);
  const units = (['U1', 'U2'] as const).flatMap((unitId) => {
    const quota = round.quotas[unitId];
    // The smallest LĐTT count whose 15% rounds down to the wanted quota.
    return quota === undefined
      ? []
      : [
          {
            unitId,
            ldttHolderCount: Math.ceil((quota * 20) / 3),
            earlier: { held: round.held[unitId], released: 0 },
          },
        ];
  });
  const ruleSet = {
    ...RULE_SET_2025,
    values: { ...RULE_SET_2025.values, cstdcsRanking: round.keys },
  };
  return { candidates, result: allocateCstdcsQuota({ year: 2025, units, candidates }, ruleSet) };
}

/** The ranking, written again independently: < 0 when `a` has the better achievements. */
function byKeys(a: QuotaCandidate, b: QuotaCandidate, keys: readonly QuotaRankingKey[]): number {
  for (const key of keys) {
    let order: number;
    if (key === 'council_approval') {
      const x = a.councilApproval!;
      const y = b.councilApproval!;
      order = y.approvals * x.denominator - x.approvals * y.denominator;
    } else {
      const x = a.evaluationScore ?? -Infinity;
      const y = b.evaluationScore ?? -Infinity;
      order = x === y ? 0 : y > x ? 1 : -1;
    }
    if (order !== 0) return order;
  }
  return 0;
}

/** `a` goes before `b`: better achievements, or equal ones and only `a` is a woman. */
function ahead(a: QuotaCandidate, b: QuotaCandidate, keys: readonly QuotaRankingKey[]): boolean {
  const order = byKeys(a, b, keys);
  return order < 0 || (order === 0 && a.gender === 'female' && b.gender === 'male');
}

const inContention = (d: QuotaDecision) => d.outcome === 'kept' || d.outcome === 'tied_at_cutoff';

function checkUnit(unit: UnitQuotaResult, candidates: QuotaCandidate[], keys: QuotaRankingKey[]) {
  const mine = candidates.filter((c) => c.unitId === unit.unitId);
  const of = (d: QuotaDecision) => mine.find((c) => c.nomineeId === d.nomineeId)!;
  const decisionOf = (id: string) => unit.decisions.find((d) => d.nomineeId === id)!;
  expect(unit.decisions.map((d) => d.nomineeId).sort()).toEqual(
    mine.map((c) => c.nomineeId).sort(),
  );

  // Only eligible, non-held candidates of a unit with an LĐTT count are ranked.
  const counted = unit.decisions.some((d) => d.reasons[0]!.code !== 'QUOTA_LDTT_COUNT_MISSING');
  for (const d of unit.decisions) {
    const c = of(d);
    const rankable = counted && (c.verdict ?? 'eligible') === 'eligible' && !c.held;
    expect(d.outcome === 'excluded').toBe(!rankable);
  }
  const ranked = unit.decisions.filter((d) => d.outcome !== 'excluded');
  const kept = ranked.filter((d) => d.outcome === 'kept');
  const tied = ranked.filter((d) => d.outcome === 'tied_at_cutoff');
  const cut = ranked.filter((d) => d.outcome === 'cut');
  expect(unit.ranked).toBe(ranked.length);

  // Never more kept than the quota leaves after earlier rounds; kept and the tie's places fill
  // what is left as far as candidates go.
  expect(unit.left).toBe(Math.max(0, unit.quota - unit.earlier.held));
  expect(kept.length).toBe(unit.kept);
  expect(unit.kept).toBeLessThanOrEqual(unit.left);
  expect(unit.kept + (unit.tie?.places ?? 0)).toBe(Math.min(unit.left, ranked.length));

  // A tie asks for exactly the places left among exactly the tied, who nothing separates.
  if (unit.tie) {
    expect(unit.tie.tied).toEqual(tied.map((d) => d.nomineeId));
    expect(unit.tie.places).toBeGreaterThanOrEqual(1);
    expect(unit.tie.places).toBeLessThan(unit.tie.tied.length);
    for (const d of tied) {
      expect(byKeys(of(d), of(tied[0]!), keys)).toBe(0);
      expect(of(d).gender).toBe(of(tied[0]!).gender);
    }
  } else {
    expect(tied).toEqual([]);
  }

  // Nobody kept or tied below someone cut, nobody tied above someone kept, unless ranked ahead.
  for (const x of ranked.filter(inContention)) {
    for (const y of cut) expect(ahead(of(x), of(y), keys)).toBe(true);
  }
  for (const x of kept) for (const y of tied) expect(ahead(of(x), of(y), keys)).toBe(true);

  // Rank: one more than those ranked ahead; shared by the tied.
  for (const d of ranked) {
    expect(d.rank).toBe(1 + ranked.filter((o) => ahead(of(o), of(d), keys)).length);
  }

  // The reasons say what happened and why.
  const rankText = (d: QuotaDecision) => `Ranked ${d.rank} of ${ranked.length}`;
  for (const d of kept) {
    const [first, ...more] = d.reasons;
    expect(first).toMatchObject({ code: 'QUOTA_KEPT', severity: 'info' });
    expect(first!.message.en).toContain(`${rankText(d)} in the unit, within the quota`);
    const beaten = cut
      .concat(tied)
      .filter((y) => byKeys(of(d), of(y), keys) === 0 && of(y).gender !== of(d).gender);
    if (of(d).gender === 'female' && beaten.length > 0) {
      expect(more).toHaveLength(1);
      expect(more[0]!.code).toBe('QUOTA_WOMEN_PREFERRED');
      expect(beaten.map((y) => y.nomineeId)).toContain(more[0]!.facts.comparedWith);
    } else {
      expect(more).toEqual([]);
    }
  }
  for (const d of tied) {
    expect(d.reasons).toHaveLength(1);
    expect(d.reasons[0]).toMatchObject({
      code: 'QUOTA_TIED_AT_CUTOFF',
      severity: 'needs_judgement',
      facts: { remaining: unit.tie!.places, rank: d.rank },
    });
    expect(d.reasons[0]!.message.en).toContain(
      `Tied at rank ${d.rank} with ${tied.length - 1} other(s) for ${unit.tie!.places} remaining place(s)`,
    );
    expect(d.reasons[0]!.message.vi).toContain(`cho ${unit.tie!.places} suất còn lại`);
  }
  for (const d of cut) {
    expect(d.reasons).toHaveLength(1);
    const [reason] = d.reasons;
    expect(reason!.severity).toBe('blocking');
    if (unit.left === 0) {
      expect(reason!.code).toBe('QUOTA_CUT');
      expect(reason!.message.en).toMatch(`Over the quota: quota ${unit.quota} `);
      if (unit.earlier.held > 0) {
        expect(reason!.message.en).toContain(`${unit.earlier.held} used by earlier rounds, 0 left`);
      }
      continue;
    }
    expect(reason!.message.en).toContain(`${rankText(d)}, outside the quota`);
    const compared = decisionOf(String(reason!.facts.comparedWith));
    expect(inContention(compared)).toBe(true);
    expect(reason!.facts.comparedOutcome).toBe(compared.outcome);
    // Compared with the last of those still in contention.
    expect(compared.rank).toBe(Math.max(...ranked.filter(inContention).map((x) => x.rank!)));
    const order = byKeys(of(compared), of(d), keys);
    if (order === 0) {
      expect(reason!.code).toBe('QUOTA_CUT_TIE_BREAK');
      expect([of(compared).gender, of(d).gender]).toEqual(['female', 'male']);
    } else {
      expect(reason!.code).toBe('QUOTA_CUT');
      expect(order).toBeLessThan(0);
      expect(reason!.message.en).toContain(
        compared.outcome === 'kept'
          ? 'is below the last kept candidate'
          : 'is below the candidates tied for the last place',
      );
    }
  }
}

describe('CSTĐCS quota cut over random rounds [Điều 23, Luật 06/2022/QH15; Điều 4, Nghị định 152/2025/NĐ-CP]', () => {
  test('at most the quota is kept, in ranking order, each outcome with reasons that match it', () => {
    fc.assert(
      fc.property(roundArb, (round) => {
        const { candidates, result } = allocate(round);
        for (const unit of result.units) checkUnit(unit, candidates, round.keys);
      }),
      { numRuns: 1000 },
    );
  });

  test('the chair’s choice: exactly the places left among the tied fills the quota; any other is refused', () => {
    fc.assert(
      fc.property(roundArb, fc.infiniteStream(fc.nat()), (round, picks) => {
        const { result } = allocate(round);
        const ties: ScopedTie[] = result.units.flatMap((u) =>
          u.tie ? [{ scope: `${u.unitId}/2025`, ...u.tie }] : [],
        );
        const pick = picks[Symbol.iterator]();
        const choose = (ids: readonly string[], n: number): string[] => {
          const left = [...ids];
          return Array.from(
            { length: n },
            () => left.splice(pick.next().value % left.length, 1)[0]!,
          );
        };
        const keep = ties.flatMap((t) => choose(t.tied, t.places));
        expect(checkTieChoice(ties, keep)).toBeUndefined();
        for (const unit of result.units) {
          const chosen = keep.filter((id) => unit.tie?.tied.includes(id)).length;
          expect(unit.kept + chosen).toBe(Math.min(unit.left, unit.ranked));
        }

        const cutOrKept = result.units.flatMap((u) =>
          u.decisions.filter((d) => d.outcome !== 'tied_at_cutoff').map((d) => d.nomineeId),
        );
        for (const tie of ties) {
          const others = keep.filter((id) => !tie.tied.includes(id));
          const wrong = [
            others.concat(choose(tie.tied, tie.places - 1)),
            others.concat(choose(tie.tied, tie.places + 1)),
            keep.concat(keep.filter((id) => tie.tied.includes(id)).slice(0, 1)),
          ];
          for (const w of wrong) {
            expect(checkTieChoice(ties, w)).toMatchObject({ code: 'WRONG_TIE_CHOICE' });
          }
        }
        if (cutOrKept.length > 0) {
          expect(checkTieChoice(ties, keep.concat(cutOrKept[0]!))).toMatchObject({
            code: 'WRONG_TIE_CHOICE',
          });
        }
      }),
      { numRuns: 1000 },
    );
  });
});
