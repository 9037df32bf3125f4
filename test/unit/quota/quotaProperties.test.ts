import fc from 'fast-check';
import { tallyBallot } from '../../../domain/council/tallyBallot';
import {
  allocateCstdcsQuota,
  type QuotaCandidate,
  type QuotaDecision,
  type UnitQuotaResult,
} from '../../../domain/quota/allocateCstdcsQuota';
import { allocateBlocFlags, type FlagCandidate } from '../../../domain/quota/blocFlagQuota';
import { checkTieChoice, type ScopedTie } from '../../../domain/quota/tieChoice';
import type { QuotaRankingKey } from '../../../domain/ruleSets/configurableValues';
import { RULE_SET_2025 } from '../../../domain/ruleSets/ruleSet2025';

/**
 * Properties of the quota cut over random rounds: at most the quota is kept; nobody is kept
 * or left to the chair below someone cut unless the women-first rule says why (Decree
 * 152/2025/NĐ-CP, Art. 4); a tie asks for exactly the places left among exactly the tied;
 * the reasons never contradict the outcome (Law 06/2022/QH15, Art. 23 and 26).
 */

const MEMBERS = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8', 'm9'];
const CSTDCS_RULE = RULE_SET_2025.values.awardRules.CSTDCS.council!;

const nomineeArb = fc.record({
  unitId: fc.constantFrom('U1', 'U2'),
  gender: fc.constantFrom<'female' | 'male'>('female', 'male'),
  // Few distinct values, so that ties are common.
  evaluationScore: fc.option(fc.constantFrom(80, 85, 90), { nil: undefined }),
  recused: fc.integer({ min: 0, max: 2 }),
  approvals: fc.integer({ min: 4, max: 9 }),
  verdict: fc.constantFrom('eligible', 'eligible', 'eligible', 'needs_judgement', 'not_eligible'),
  held: fc.constantFrom(false, false, false, true),
});

const roundArb = fc.record({
  nominees: fc.array(nomineeArb, { maxLength: 9 }),
  /** Quota per unit (0 to more than the candidates), or no LĐTT count at all. */
  quotas: fc.record({
    U1: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined, freq: 8 }),
    U2: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined, freq: 8 }),
  }),
  /** Places of the unit and year that earlier rounds hold (often none). */
  held: fc.record({
    U1: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 12 })),
    U2: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 12 })),
  }),
  keys: fc.constantFrom<QuotaRankingKey[]>(
    ['council_approval', 'evaluation_score'],
    ['evaluation_score', 'council_approval'],
    ['evaluation_score'],
    ['council_approval'],
  ),
});

type Round = typeof roundArb extends fc.Arbitrary<infer R> ? R : never;

/**
 * The round as the workflow builds it: every member present, the recused ones leave the
 * denominator, the secret ballot is tallied under the CSTĐCS rule, and only the nominees
 * who passed the vote reach the quota.
 */
function candidatesOf(round: Round): QuotaCandidate[] {
  return round.nominees.flatMap((n, i): QuotaCandidate[] => {
    const recused = MEMBERS.slice(0, n.recused);
    const voters = MEMBERS.length - n.recused;
    const approvals = Math.min(n.approvals, voters);
    const tally = tallyBallot({
      rule: CSTDCS_RULE,
      members: MEMBERS,
      present: MEMBERS,
      recused,
      writtenVoters: [],
      counts: { approve: approvals, reject: voters - approvals, abstain: 0 },
    });
    if (!tally.ok || !tally.passed) return [];
    return [
      {
        nomineeId: `N${i}`,
        unitId: n.unitId,
        gender: n.gender,
        councilApproval: { approvals: tally.approvals, denominator: tally.denominator },
        evaluationScore: n.evaluationScore,
        verdict: n.verdict as QuotaCandidate['verdict'],
        held: n.held,
      },
    ];
  });
}

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

const roundsArb = fc.record({
  quota: fc.integer({ min: 0, max: 6 }),
  rounds: fc.array(
    fc.record({
      nominees: fc.array(nomineeArb, { maxLength: 8 }),
      /** How many of the places held the minister then does not award (struck, rejected…). */
      givenBack: fc.nat(),
      picks: fc.infiniteStream(fc.nat()),
    }),
    { minLength: 2, maxLength: 4 },
  ),
});

describe('rounds in a row for one unit and year [Điều 23, Luật 06/2022/QH15]', () => {
  test('never keep more than the quota in total; a place given back goes to the next round', () => {
    fc.assert(
      fc.property(roundsArb, ({ quota, rounds }) => {
        let held = 0;
        let released = 0;
        for (const r of rounds) {
          const candidates = candidatesOf({
            nominees: r.nominees.map((n) => ({ ...n, unitId: 'U1' })),
            quotas: { U1: quota, U2: undefined },
            held: { U1: 0, U2: 0 },
            keys: ['council_approval', 'evaluation_score'],
          });
          const rankable = candidates.filter((c) => c.verdict === 'eligible' && !c.held).length;
          const unit = allocateCstdcsQuota(
            {
              year: 2025,
              units: [
                {
                  unitId: 'U1',
                  ldttHolderCount: Math.ceil((quota * 20) / 3),
                  earlier: { held, released },
                },
              ],
              candidates,
            },
            RULE_SET_2025,
          ).units[0];
          if (!unit) continue;
          // Every place the minister gave back is open to this round again.
          expect(unit.left).toBe(quota - held);
          const pick = r.picks[Symbol.iterator]();
          const tied = [...(unit.tie?.tied ?? [])];
          const chosen = Array.from(
            { length: unit.tie?.places ?? 0 },
            () => tied.splice(pick.next().value % tied.length, 1)[0]!,
          );
          const kept = unit.kept + chosen.length;
          expect(kept).toBe(Math.min(quota - held, rankable));
          held += kept;
          expect(held).toBeLessThanOrEqual(quota);
          const back = Math.min(r.givenBack, held);
          held -= back;
          released += back;
        }
      }),
      { numRuns: 500 },
    );
  });
});

const flagArb = fc.array(
  fc.record({
    blocId: fc.constantFrom('K1', 'K2'),
    approvals: fc.integer({ min: 6, max: 9 }),
    denominator: fc.constantFrom(8, 9),
  }),
  { maxLength: 8 },
);

describe('one flag per bloc over random rounds [Điều 26, Luật 06/2022/QH15]', () => {
  test('one kept per bloc, or one place for the chair among those tied first; cuts name the leaders', () => {
    fc.assert(
      fc.property(flagArb, (raw) => {
        const candidates: FlagCandidate[] = raw.map((r, i) => ({
          nominationId: `F${i}`,
          year: 2025,
          ...r,
          approvals: Math.min(r.approvals, r.denominator),
        }));
        const { decisions, ties } = allocateBlocFlags(candidates);
        const share = (id: string) => {
          const c = candidates.find((x) => x.nominationId === id)!;
          return c.approvals / c.denominator;
        };
        expect(decisions.map((d) => d.nominationId).sort()).toEqual(
          candidates.map((c) => c.nominationId).sort(),
        );
        for (const blocId of new Set(candidates.map((c) => c.blocId))) {
          const bloc = decisions.filter((d) => d.blocId === blocId);
          const kept = bloc.filter((d) => d.outcome === 'kept');
          const tied = bloc.filter((d) => d.outcome === 'tied_at_cutoff');
          const tie = ties.filter((t) => t.blocId === blocId);
          const best = Math.max(...bloc.map((d) => share(d.nominationId)));
          if (tied.length > 0) {
            expect(kept).toEqual([]);
            expect(tie).toEqual([
              { blocId, year: 2025, tied: tied.map((d) => d.nominationId), places: 1 },
            ]);
            expect(tied.length).toBeGreaterThan(1);
          } else {
            expect(kept).toHaveLength(1);
            expect(tie).toEqual([]);
          }
          for (const d of bloc) {
            const leads = share(d.nominationId) === best;
            expect(d.outcome === 'cut').toBe(!leads);
            expect(d.rank).toBe(
              1 + bloc.filter((o) => share(o.nominationId) > share(d.nominationId)).length,
            );
            expect(d.code).toBe(
              { kept: 'FLAG_KEPT', cut: 'FLAG_CUT', tied_at_cutoff: 'FLAG_TIED' }[d.outcome],
            );
            if (d.outcome === 'cut') {
              expect(d.message.en).toContain(
                tied.length > 0 ? 'below that of the collectives tied first' : "below the leader's",
              );
            }
            if (d.outcome === 'tied_at_cutoff') {
              expect(d.message.en).toContain(`with ${tied.length - 1} other(s) for one flag`);
            }
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
