import fc from 'fast-check';
import { tallyBallot } from '../../../domain/council/tallyBallot';
import { type QuotaCandidate } from '../../../domain/quota/allocateCstdcsQuota';
import type { QuotaRankingKey } from '../../../domain/ruleSets/configurableValues';
import { RULE_SET_2025 } from '../../../domain/ruleSets/ruleSet2025';

/** Random council rounds for the quota properties, and their candidates as the workflow builds them. */
export const MEMBERS = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8', 'm9'];
export const CSTDCS_RULE = RULE_SET_2025.values.awardRules.CSTDCS.council!;

export const nomineeArb = fc.record({
  unitId: fc.constantFrom('U1', 'U2'),
  gender: fc.constantFrom<'female' | 'male'>('female', 'male'),
  // Few distinct values, so that ties are common.
  evaluationScore: fc.option(fc.constantFrom(80, 85, 90), { nil: undefined }),
  recused: fc.integer({ min: 0, max: 2 }),
  approvals: fc.integer({ min: 4, max: 9 }),
  verdict: fc.constantFrom('eligible', 'eligible', 'eligible', 'needs_judgement', 'not_eligible'),
  held: fc.constantFrom(false, false, false, true),
});

export const roundArb = fc.record({
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

export type Round = typeof roundArb extends fc.Arbitrary<infer R> ? R : never;

/**
 * The round as the workflow builds it: every member present, the recused ones leave the
 * denominator, the secret ballot is tallied under the CSTĐCS rule, and only the nominees
 * who passed the vote reach the quota.
 */
export function candidatesOf(round: Round): QuotaCandidate[] {
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
