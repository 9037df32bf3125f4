import { formatCitation } from '../../domain/ruleSets/citation';
import { findRuleSet } from '../../domain/ruleSets/selectRuleSet';
import { ruleSetsInForce } from '../../data/configuration/ruleSetsInForce';
import { allocateCstdcsQuota, type QuotaCandidate } from '../../domain/quota/allocateCstdcsQuota';
import { allocateBlocFlags } from '../../domain/quota/blocFlagQuota';
import type { LdttCount, PendingTie, QuotaNote } from '../../workflows/councilRound/messages';

/** A nominee that passed the vote and whose award has a quota. */
export interface QuotaItem {
  nominationId: string;
  awardCode: string;
  unitId: string;
  blocId?: string;
  year: number;
  gender?: 'female' | 'male';
  evaluationScore?: number;
  approvals: number;
  denominator: number;
  ruleSetId: string;
}

export interface RoundQuotaResult {
  notes: Record<string, QuotaNote>;
  pendingTies: PendingTie[];
}

/**
 * The round's quotas (pure computation over its inputs; no writes): CSTĐCS ≤ 15% of the
 * unit's LĐTT holders, ranked by the configured keys then women first
 * (`allocateCstdcsQuota`), and one flag per bloc (`allocateBlocFlags`). Ties that nothing
 * separates at the last place are returned for the chair to settle.
 */
export async function applyRoundQuotas(input: {
  items: QuotaItem[];
  ldttCounts: LdttCount[];
}): Promise<RoundQuotaResult> {
  // The configured rule sets (administrators' overrides included).
  const configured = await ruleSetsInForce();
  const notes: Record<string, QuotaNote> = {};
  const pendingTies: PendingTie[] = [];

  const cstdcs = input.items.filter((i) => i.awardCode === 'CSTDCS');
  const groups = [...new Set(cstdcs.map((i) => `${i.ruleSetId}\u0000${i.year}`))].sort();
  for (const group of groups) {
    const [ruleSetId, yearText] = group.split('\u0000');
    const year = Number(yearText);
    const ruleSet = findRuleSet(ruleSetId!, configured);
    if (!ruleSet) throw new Error(`Unknown rule set ${ruleSetId}`);
    const members = cstdcs.filter((i) => i.ruleSetId === ruleSetId && i.year === year);
    const candidates: QuotaCandidate[] = members.map((i) => ({
      nomineeId: i.nominationId,
      unitId: i.unitId,
      // Unknown gender takes no preference in the tie-break.
      gender: i.gender ?? 'male',
      councilApproval: { approvals: i.approvals, denominator: i.denominator },
      evaluationScore: i.evaluationScore,
    }));
    const units = input.ldttCounts
      .filter((c) => c.year === year)
      .map((c) => ({ unitId: c.unitId, ldttHolderCount: c.count }));
    const result = allocateCstdcsQuota({ year, units, candidates }, ruleSet);
    for (const unit of result.units) {
      if (unit.tie) {
        pendingTies.push({
          scope: `${unit.unitId}/${year}`,
          kind: 'cstdcs_share_of_ldtt',
          ...unit.tie,
        });
      }
      for (const d of unit.decisions) {
        notes[d.nomineeId] = {
          kind: 'cstdcs_share_of_ldtt',
          scope: `${unit.unitId}/${year}`,
          rank: d.rank,
          outcome: d.outcome,
          reasons: d.reasons.map((r) => ({
            code: r.code,
            message: r.message,
            citation: formatCitation(r.citation),
          })),
        };
      }
    }
  }

  const flags = input.items.filter((i) => {
    const ruleSet = findRuleSet(i.ruleSetId, configured);
    const quota = ruleSet?.values.awardRules[i.awardCode as 'COBO']?.quota;
    return quota?.kind === 'one_per_bloc' && i.blocId !== undefined;
  });
  const citationOf = (ruleSetId: string): string | undefined => {
    const ruleSet = findRuleSet(ruleSetId, configured);
    return ruleSet ? formatCitation(ruleSet.citations.COBO_STANDARD) : undefined;
  };
  const flagAllocation = allocateBlocFlags(
    flags.map((i) => ({
      nominationId: i.nominationId,
      blocId: i.blocId!,
      year: i.year,
      approvals: i.approvals,
      denominator: i.denominator,
    })),
  );
  for (const d of flagAllocation.decisions) {
    const item = flags.find((i) => i.nominationId === d.nominationId)!;
    notes[d.nominationId] = {
      kind: 'one_per_bloc',
      scope: `${d.blocId}/${d.year}`,
      rank: d.rank,
      outcome: d.outcome,
      reasons: [{ code: d.code, message: d.message, citation: citationOf(item.ruleSetId) }],
    };
  }
  for (const { blocId, year, tied, places } of flagAllocation.ties) {
    pendingTies.push({ scope: `${blocId}/${year}`, kind: 'one_per_bloc', tied, places });
  }
  return { notes, pendingTies };
}
