import { formatShare } from '../council/threshold';
import type { Reason } from '../eligibility/reason';
import type { AwardCode } from '../catalogue/awardCodes';
import type { ShareQuota } from '../ruleSets/awardRules';
import type { Citation } from '../ruleSets/citation';
import type { RuleSet } from '../ruleSets/ruleSet';
import type { LocalizedText } from '../ruleSets/text';
import { ROUNDING_TEXT, quotaPlaces } from './shareQuota';
import { NO_EARLIER_USE, earlierUseText, placesLeft, type EarlierUse } from './earlierRounds';
import {
  placeGroups,
  rankCandidates,
  type PlacedGroup,
  type QuotaCandidate,
} from './cstdcsRanking';
import {
  cutReason,
  keptReasons,
  missingCountReason,
  notRankedReason,
  tiedReason,
  type Boundary,
  type UnitQuotaContext,
} from './cstdcsQuotaReasons';
import type { QuotaTie } from './tieChoice';

export type { QuotaCandidate } from './cstdcsRanking';

export interface QuotaUnit {
  unitId: string;
  /** LĐTT holders of the unit in the year: the quota's denominator. */
  ldttHolderCount: number;
  /** Places of the same unit and year that other council rounds hold or gave back. */
  earlier?: EarlierUse;
}

interface QuotaRoundInput {
  year: number;
  units: readonly QuotaUnit[];
  candidates: readonly QuotaCandidate[];
}

type QuotaOutcome = 'kept' | 'cut' | 'tied_at_cutoff' | 'excluded';

export interface QuotaDecision {
  nomineeId: string;
  unitId: string;
  outcome: QuotaOutcome;
  /** 1-based position among the unit's ranked candidates (shared by tied ones); null if excluded. */
  rank: number | null;
  reasons: Reason[];
}

export interface UnitQuotaResult {
  unitId: string;
  ldttHolderCount: number;
  quota: number;
  earlier: EarlierUse;
  /** The quota less the places other rounds hold: what this round may keep. */
  left: number;
  ranked: number;
  /** Kept outright; with a tie, `kept + tie.places` equals the places left. */
  kept: number;
  tie: QuotaTie | null;
  decisions: QuotaDecision[];
}

interface QuotaRoundResult {
  year: number;
  ruleSetId: string;
  units: UnitQuotaResult[];
}

/** No cap: every eligible candidate keeps a place. */
const NO_CAP: ShareQuota = {
  kind: 'share_of_holders',
  holdersOf: 'LDTT',
  per: 'unit',
  share: { numerator: 100, denominator: 100 },
  rounding: 'floor',
};

/**
 * Whether the council round applies a share quota itself: it resolves the LĐTT holders of
 * each unit when the ballot opens, so a CSTĐCS cap over them; any other base or a bloc's
 * holders is stated to the council, which applies it (rules/quota in eligibility).
 */
export function roundAppliesShareQuota(award: AwardCode, rule: ShareQuota): boolean {
  return award === 'CSTDCS' && rule.holdersOf === 'LDTT' && rule.per === 'unit';
}

/** The CSTĐCS quota the round ranks against (15% of the unit's LĐTT holders by default). */
export function cstdcsRoundQuota(ruleSet: RuleSet): ShareQuota {
  const rule = ruleSet.values.awardRules.CSTDCS.quota;
  return rule.kind === 'share_of_holders' && roundAppliesShareQuota('CSTDCS', rule) ? rule : NO_CAP;
}

/** The quota's own basis where the agency gave one, else the rule set's CSTĐCS quota citation. */
function cstdcsQuotaCitation(ruleSet: RuleSet): Citation {
  return cstdcsRoundQuota(ruleSet).basis ?? ruleSet.citations.CSTDCS_QUOTA;
}

/**
 * Apply the CSTĐCS quota over a round: per unit, rank the eligible candidates by the
 * configured keys, prefer women on a tie, keep those within the places the quota has left
 * after other rounds, and say why each one was kept, cut, or left to the chair (a tie
 * straddling the last place).
 */
export function allocateCstdcsQuota(round: QuotaRoundInput, ruleSet: RuleSet): QuotaRoundResult {
  const citation = cstdcsQuotaCitation(ruleSet);
  const unitIds = [...new Set(round.candidates.map((c) => c.unitId))].sort();
  const units = unitIds.map((unitId): UnitQuotaResult => {
    const unit = round.units.find((u) => u.unitId === unitId);
    const all = round.candidates.filter((c) => c.unitId === unitId);
    return unit
      ? allocateUnit(unit, all, ruleSet)
      : unitWithoutCount(unitId, round.year, all, citation);
  });
  return { year: round.year, ruleSetId: ruleSet.id, units };
}

/** A unit whose LĐTT holders are not known: nobody is ranked, each waits for the number. */
function unitWithoutCount(
  unitId: string,
  year: number,
  all: readonly QuotaCandidate[],
  citation: Citation,
): UnitQuotaResult {
  return {
    unitId,
    ldttHolderCount: 0,
    quota: 0,
    earlier: NO_EARLIER_USE,
    left: 0,
    ranked: 0,
    kept: 0,
    tie: null,
    decisions: all.map((c) => ({
      nomineeId: c.nomineeId,
      unitId,
      outcome: 'excluded',
      rank: null,
      reasons: [missingCountReason(unitId, year, citation)],
    })),
  };
}

/**
 * One unit's quota (Law 06/2022/QH15, Art. 23: CSTĐCS "không quá 15%" of its LĐTT holders,
 * less the places other rounds hold), its ranking and a reason for every candidate.
 */
function allocateUnit(
  unit: QuotaUnit,
  all: readonly QuotaCandidate[],
  ruleSet: RuleSet,
): UnitQuotaResult {
  const keys = ruleSet.values.cstdcsRanking;
  const citation = cstdcsQuotaCitation(ruleSet);
  const { unitId } = unit;
  const { quota, earlier, left, quotaFacts, quotaText } = unitQuota(unit, ruleSet);

  const eligible = all.filter((c) => (c.verdict ?? 'eligible') === 'eligible' && !c.held);
  const excluded: QuotaDecision[] = all
    .filter((x) => !eligible.includes(x))
    .map((c) => ({
      nomineeId: c.nomineeId,
      unitId,
      outcome: 'excluded',
      rank: null,
      reasons: [notRankedReason(c, citation)],
    }));

  const { ordered, groups } = rankCandidates(eligible, keys, ruleSet);
  const { placed, tie, kept } = placeGroups(groups, left);
  const ctx: UnitQuotaContext = {
    quotaText,
    quotaFacts,
    ranked: ordered.length,
    keys,
    citation,
    tieCitation: ruleSet.citations.PRINCIPLE_TIE_BREAK,
  };
  return {
    unitId,
    ldttHolderCount: unit.ldttHolderCount,
    quota,
    earlier,
    left,
    ranked: ordered.length,
    kept,
    tie,
    decisions: [...excluded, ...explainPlaced(placed, ordered, tie, unitId, ctx)],
  };
}

/**
 * The unit's places under the CSTĐCS share quota (Law 06/2022/QH15, Art. 23) less those other
 * rounds hold, with the facts and the text every reason of the unit states.
 */
function unitQuota(unit: QuotaUnit, ruleSet: RuleSet) {
  const rule = cstdcsRoundQuota(ruleSet);
  const { share } = rule;
  const quota = quotaPlaces(unit.ldttHolderCount, rule);
  const earlier = unit.earlier ?? NO_EARLIER_USE;
  const left = placesLeft(quota, earlier.held);
  const quotaFacts = {
    ldttHolderCount: unit.ldttHolderCount,
    quota,
    shareNumerator: share.numerator,
    shareDenominator: share.denominator,
    rounding: rule.rounding,
    heldEarlier: earlier.held,
    releasedEarlier: earlier.released,
    left,
  };
  const used = earlierUseText(earlier, left);
  const quotaText: LocalizedText = {
    vi: `chỉ tiêu ${quota} (${formatShare(share)} của ${unit.ldttHolderCount} Lao động tiên tiến, ${ROUNDING_TEXT[rule.rounding].vi})${used.vi}`,
    en: `quota ${quota} (${formatShare(share)} of ${unit.ldttHolderCount} Advanced Workers, ${ROUNDING_TEXT[rule.rounding].en})${used.en}`,
  };
  return { quota, earlier, left, quotaFacts, quotaText };
}

/** A decision for every ranked candidate, in rank order, with the reason of its outcome. */
function explainPlaced(
  placed: readonly PlacedGroup[],
  ordered: readonly QuotaCandidate[],
  tie: QuotaTie | null,
  unitId: string,
  ctx: UnitQuotaContext,
): QuotaDecision[] {
  const outcomeOf = new Map(placed.flatMap((p) => p.group.map((g) => [g, p.outcome] as const)));
  const decisions: QuotaDecision[] = [];
  // A cut is explained against the last group still in contention (kept or tied).
  let boundary: Boundary | undefined;
  for (const { group, rank, outcome } of placed) {
    for (const c of group) {
      const reasons: Reason[] =
        outcome === 'kept'
          ? keptReasons(c, rank, ordered, outcomeOf, ctx)
          : outcome === 'cut'
            ? [cutReason(c, boundary, rank, ctx)]
            : [tiedReason(c, group, rank, tie!, ctx)];
      decisions.push({ nomineeId: c.nomineeId, unitId, outcome, rank, reasons });
    }
    if (outcome !== 'cut') boundary = { candidate: group[0]!, outcome };
  }
  return decisions;
}
