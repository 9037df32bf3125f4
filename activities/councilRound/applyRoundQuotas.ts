import { formatCitation } from '../../domain/ruleSets/citation';
import { findRuleSet } from '../../domain/ruleSets/selectRuleSet';
import { ruleSetsInForce } from '../../data/configuration/ruleSetsInForce';
import { claimPlaces, ledgerScope } from '../../data/councilRound/quotaLedger';
import {
  allocateCstdcsQuota,
  cstdcsRoundQuota,
  type QuotaCandidate,
  type QuotaUnit,
} from '../../domain/quota/allocateCstdcsQuota';
import { allocateBlocFlags, type FlagEarlierUse } from '../../domain/quota/blocFlagQuota';
import { quotaPlaces } from '../../domain/quota/shareQuota';
import { NO_EARLIER_USE, type EarlierUse } from '../../domain/quota/earlierRounds';
import type {
  LdttCount,
  PendingTie,
  QuotaLedgerClaim,
  QuotaNote,
} from '../../domain/council/round';

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

interface RoundQuotaResult {
  notes: Record<string, QuotaNote>;
  pendingTies: PendingTie[];
}

/**
 * The round's quotas: CSTĐCS ≤ 15% of the unit's LĐTT holders, ranked by the configured keys
 * then women first (`allocateCstdcsQuota`), and one flag per bloc (`allocateBlocFlags`),
 * each counted per unit (bloc) and year across rounds: with `ledger`, the round first claims
 * its places in the quota ledger (`claimPlaces`: at most what other rounds left, never more
 * under concurrent rounds, none twice on a retry) and ranks within them. Without it (a round
 * that closed before the ledger, replayed), no writes. Ties that nothing separates at the
 * last place are returned for the chair to settle.
 */
export async function applyRoundQuotas(input: {
  items: QuotaItem[];
  ldttCounts: LdttCount[];
  ledger?: QuotaLedgerClaim;
}): Promise<RoundQuotaResult> {
  // The configured rule sets (administrators' overrides included).
  const configured = await ruleSetsInForce();
  const notes: Record<string, QuotaNote> = {};
  const pendingTies: PendingTie[] = [];
  const earlierUse = async (
    kind: QuotaNote['kind'],
    scope: string,
    quota: number,
    candidates: number,
  ): Promise<EarlierUse> => {
    if (!input.ledger) return NO_EARLIER_USE;
    const claim = await claimPlaces({
      ...input.ledger,
      scope: ledgerScope(kind, scope),
      quota,
      candidates,
    });
    return claim.earlier;
  };

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
    const units: QuotaUnit[] = [];
    for (const c of input.ldttCounts.filter((x) => x.year === year)) {
      const candidates = members.filter((i) => i.unitId === c.unitId).length;
      if (candidates === 0) continue;
      const quota = quotaPlaces(c.count, cstdcsRoundQuota(ruleSet));
      units.push({
        unitId: c.unitId,
        ldttHolderCount: c.count,
        earlier: await earlierUse('cstdcs_share_of_ldtt', `${c.unitId}/${year}`, quota, candidates),
      });
    }
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
  const flagCandidates = flags.map((i) => ({
    nominationId: i.nominationId,
    blocId: i.blocId!,
    year: i.year,
    approvals: i.approvals,
    denominator: i.denominator,
  }));
  const flagScopes = [...new Set(flagCandidates.map((c) => `${c.blocId}/${c.year}`))].sort();
  const flagUse: FlagEarlierUse[] = [];
  for (const scope of flagScopes) {
    const bloc = flagCandidates.filter((c) => `${c.blocId}/${c.year}` === scope);
    const { blocId, year } = bloc[0]!;
    flagUse.push({ blocId, year, ...(await earlierUse('one_per_bloc', scope, 1, bloc.length)) });
  }
  const flagAllocation = allocateBlocFlags(flagCandidates, flagUse);
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
