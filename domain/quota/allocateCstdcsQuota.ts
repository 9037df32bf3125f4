import { formatShare, percentText } from '../council/threshold';
import type { Reason, Verdict } from '../eligibility/reason';
import { makeReason } from '../eligibility/reason';
import type { AwardCode } from '../catalogue/awardCodes';
import type { ShareQuota } from '../ruleSets/awardRules';
import type { Citation } from '../ruleSets/citation';
import type { QuotaRankingKey } from '../ruleSets/configurableValues';
import type { RuleSet } from '../ruleSets/ruleSet';
import type { LocalizedText } from '../ruleSets/text';
import { ROUNDING_TEXT, quotaPlaces } from './shareQuota';
import { NO_EARLIER_USE, earlierUseText, placesLeft, type EarlierUse } from './earlierRounds';
import { isWomenPreferred } from './tieBreak';
import { CHAIR_DECIDES, type QuotaTie } from './tieChoice';

export interface QuotaCandidate {
  nomineeId: string;
  unitId: string;
  gender: 'female' | 'male';
  /** The unit council's result for this candidate (counts only, from tallyBallot). */
  councilApproval?: { approvals: number; denominator: number };
  /** Evaluation points for the year (Decree 335/2025: excellent ≥ 90). */
  evaluationScore?: number;
  /** Eligibility verdict; only eligible, non-held candidates are ranked. */
  verdict?: Verdict;
  held?: boolean;
}

export interface QuotaUnit {
  unitId: string;
  /** LĐTT holders of the unit in the year: the quota's denominator. */
  ldttHolderCount: number;
  /** Places of the same unit and year that other council rounds hold or gave back. */
  earlier?: EarlierUse;
}

export interface QuotaRoundInput {
  year: number;
  units: readonly QuotaUnit[];
  candidates: readonly QuotaCandidate[];
}

export type QuotaOutcome = 'kept' | 'cut' | 'tied_at_cutoff' | 'excluded';
type RankedOutcome = Exclude<QuotaOutcome, 'excluded'>;

/** The lowest candidates still in contention, which a cut candidate is compared with. */
interface Boundary {
  candidate: QuotaCandidate;
  outcome: 'kept' | 'tied_at_cutoff';
}

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

export interface QuotaRoundResult {
  year: number;
  ruleSetId: string;
  units: UnitQuotaResult[];
}

type Compared = { key: QuotaRankingKey; order: number };

function compareKey(a: QuotaCandidate, b: QuotaCandidate, key: QuotaRankingKey): number {
  if (key === 'council_approval') {
    const x = a.councilApproval;
    const y = b.councilApproval;
    if (!x || !y) return x ? -1 : y ? 1 : 0;
    // Higher ratio first; cross-multiplied, never floats. A zero denominator ranks last.
    const left = x.denominator === 0 ? -1 : x.approvals * (y.denominator || 1);
    const right = y.denominator === 0 ? -1 : y.approvals * (x.denominator || 1);
    return right - left;
  }
  const x = a.evaluationScore;
  const y = b.evaluationScore;
  if (x === undefined || y === undefined) return x !== undefined ? -1 : y !== undefined ? 1 : 0;
  return y - x;
}

function compare(a: QuotaCandidate, b: QuotaCandidate, keys: readonly QuotaRankingKey[]): Compared {
  for (const key of keys) {
    const order = compareKey(a, b, key);
    if (order !== 0) return { key, order };
  }
  return { key: keys[keys.length - 1], order: 0 };
}

function keyText(c: QuotaCandidate, key: QuotaRankingKey): LocalizedText {
  if (key === 'council_approval') {
    const v = c.councilApproval;
    const p = v ? percentText(v.approvals, v.denominator) : null;
    return v && p
      ? {
          vi: `tỷ lệ phiếu đồng ý ${v.approvals}/${v.denominator} (${p.vi})`,
          en: `approval ${v.approvals}/${v.denominator} (${p.en})`,
        }
      : { vi: 'chưa có kết quả bỏ phiếu', en: 'no vote result' };
  }
  return c.evaluationScore !== undefined
    ? { vi: `điểm đánh giá ${c.evaluationScore}`, en: `evaluation score ${c.evaluationScore}` }
    : { vi: 'chưa có điểm đánh giá', en: 'no evaluation score' };
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
  const rule = cstdcsRoundQuota(ruleSet);
  const { share } = rule;
  const keys = ruleSet.values.cstdcsRanking;
  const quotaCitation = cstdcsQuotaCitation(ruleSet);
  const tieCitation = ruleSet.citations.PRINCIPLE_TIE_BREAK;
  const unitIds = [...new Set(round.candidates.map((c) => c.unitId))].sort();

  const units = unitIds.map((unitId): UnitQuotaResult => {
    const unit = round.units.find((u) => u.unitId === unitId);
    const all = round.candidates.filter((c) => c.unitId === unitId);
    const decisions: QuotaDecision[] = [];

    if (!unit) {
      for (const c of all) {
        decisions.push({
          nomineeId: c.nomineeId,
          unitId,
          outcome: 'excluded',
          rank: null,
          reasons: [
            makeReason(
              'QUOTA_LDTT_COUNT_MISSING',
              'needs_judgement',
              quotaCitation,
              {
                vi: `Chưa có số Lao động tiên tiến năm ${round.year} của đơn vị ${unitId} để tính tỷ lệ`,
                en: `The number of Advanced Workers of unit ${unitId} in ${round.year} is missing`,
              },
              { unitId, year: round.year },
            ),
          ],
        });
      }
      return {
        unitId,
        ldttHolderCount: 0,
        quota: 0,
        earlier: NO_EARLIER_USE,
        left: 0,
        ranked: 0,
        kept: 0,
        tie: null,
        decisions,
      };
    }

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

    const eligible = all.filter((c) => (c.verdict ?? 'eligible') === 'eligible' && !c.held);
    for (const c of all.filter((x) => !eligible.includes(x))) {
      decisions.push({
        nomineeId: c.nomineeId,
        unitId,
        outcome: 'excluded',
        rank: null,
        reasons: [
          makeReason(
            'QUOTA_NOT_RANKED',
            c.held ? 'needs_judgement' : 'blocking',
            quotaCitation,
            c.held
              ? {
                  vi: 'Đang tạm dừng xét (kỷ luật, thanh tra, khiếu nại): không xếp vào chỉ tiêu',
                  en: 'Held (discipline, inspection, complaint): not ranked for the quota',
                }
              : {
                  vi: 'Chưa đủ điều kiện danh hiệu: không xếp vào chỉ tiêu',
                  en: 'Not eligible for the title: not ranked for the quota',
                },
            { verdict: c.verdict ?? null, held: c.held ?? false },
          ),
        ],
      });
    }

    // Sort by the keys, then women first; stable on input order for equal candidates.
    const ordered = [...eligible].sort((a, b) => {
      const byKeys = compare(a, b, keys).order;
      if (byKeys !== 0) return byKeys;
      const wa = isWomenPreferred({ kind: 'individual', gender: a.gender }, ruleSet);
      const wb = isWomenPreferred({ kind: 'individual', gender: b.gender }, ruleSet);
      return wa === wb ? 0 : wa ? -1 : 1;
    });

    // Groups of candidates that nothing separates (same keys and same tie-break standing).
    const groups: QuotaCandidate[][] = [];
    for (const c of ordered) {
      const last = groups[groups.length - 1];
      const head = last?.[0];
      const same =
        head !== undefined &&
        compare(head, c, keys).order === 0 &&
        isWomenPreferred({ kind: 'individual', gender: head.gender }, ruleSet) ===
          isWomenPreferred({ kind: 'individual', gender: c.gender }, ruleSet);
      if (same) last.push(c);
      else groups.push([c]);
    }

    // Each group takes places while they last; a group larger than the places left takes
    // them all as a tie the chair settles, and every group after it is cut.
    let free = left;
    let position = 1;
    let tie: QuotaTie | null = null;
    const placed: Array<{ group: QuotaCandidate[]; rank: number; outcome: RankedOutcome }> = [];
    for (const group of groups) {
      const rank = position;
      position += group.length;
      if (free === 0) {
        placed.push({ group, rank, outcome: 'cut' });
      } else if (group.length <= free) {
        free -= group.length;
        placed.push({ group, rank, outcome: 'kept' });
      } else {
        tie = { tied: group.map((g) => g.nomineeId), places: free };
        free = 0;
        placed.push({ group, rank, outcome: 'tied_at_cutoff' });
      }
    }
    const kept = placed.reduce((n, p) => n + (p.outcome === 'kept' ? p.group.length : 0), 0);
    const outcomeOf = new Map(placed.flatMap((p) => p.group.map((g) => [g, p.outcome] as const)));

    // A cut is explained against the last group still in contention (kept or tied).
    let boundary: Boundary | undefined;
    for (const { group, rank, outcome } of placed) {
      const facts = { ...quotaFacts, rank, ranked: ordered.length };
      for (const c of group) {
        const reasons: Reason[] = [];
        if (outcome === 'kept') {
          reasons.push(
            makeReason(
              'QUOTA_KEPT',
              'info',
              quotaCitation,
              {
                vi: `Xếp hạng ${rank}/${ordered.length} của đơn vị, trong ${quotaText.vi}`,
                en: `Ranked ${rank} of ${ordered.length} in the unit, within the ${quotaText.en}`,
              },
              facts,
            ),
          );
          // Kept ahead of an equally ranked man thanks to the tie-break?
          const beaten = ordered.find(
            (o) =>
              compare(c, o, keys).order === 0 &&
              o.gender !== c.gender &&
              outcomeOf.get(o) !== 'kept',
          );
          if (beaten && c.gender === 'female') {
            reasons.push(
              makeReason(
                'QUOTA_WOMEN_PREFERRED',
                'info',
                tieCitation,
                {
                  vi: 'Thành tích ngang nhau: ưu tiên cá nhân nữ',
                  en: 'Equal achievements: women are preferred',
                },
                { comparedWith: beaten.nomineeId },
              ),
            );
          }
        } else if (outcome === 'cut') {
          reasons.push(
            cutReason(c, boundary, rank, ordered.length, quotaText, quotaFacts, keys, ruleSet),
          );
        } else {
          reasons.push(
            makeReason(
              'QUOTA_TIED_AT_CUTOFF',
              'needs_judgement',
              quotaCitation,
              {
                vi: `Đồng hạng ${rank} với ${group.length - 1} người khác cho ${tie!.places} suất còn lại trong ${quotaText.vi}: ${CHAIR_DECIDES.vi}`,
                en: `Tied at rank ${rank} with ${group.length - 1} other(s) for ${tie!.places} remaining place(s) in the ${quotaText.en}: ${CHAIR_DECIDES.en}`,
              },
              {
                ...facts,
                remaining: tie!.places,
                tiedWith: group.filter((g) => g !== c).map((g) => g.nomineeId),
              },
            ),
          );
        }
        decisions.push({ nomineeId: c.nomineeId, unitId, outcome, rank, reasons });
      }
      if (outcome !== 'cut') boundary = { candidate: group[0]!, outcome };
    }

    return {
      unitId,
      ldttHolderCount: unit.ldttHolderCount,
      quota,
      earlier,
      left,
      ranked: ordered.length,
      kept,
      tie,
      decisions,
    };
  });

  return { year: round.year, ruleSetId: ruleSet.id, units };
}

function cutReason(
  c: QuotaCandidate,
  boundary: Boundary | undefined,
  rank: number,
  ranked: number,
  quotaText: LocalizedText,
  quotaFacts: Record<string, number | string>,
  keys: readonly QuotaRankingKey[],
  ruleSet: RuleSet,
): Reason {
  const citation = cstdcsQuotaCitation(ruleSet);
  const facts = { ...quotaFacts, rank, ranked };
  if (!boundary) {
    return makeReason(
      'QUOTA_CUT',
      'blocking',
      citation,
      {
        vi: `Vượt tỷ lệ: ${quotaText.vi}`,
        en: `Over the quota: ${quotaText.en}`,
      },
      facts,
    );
  }
  const compared = {
    comparedWith: boundary.candidate.nomineeId,
    comparedOutcome: boundary.outcome,
  };
  const decided = compare(boundary.candidate, c, keys);
  if (decided.order !== 0) {
    const mine = keyText(c, decided.key);
    const theirs = keyText(boundary.candidate, decided.key);
    const whom =
      boundary.outcome === 'kept'
        ? { vi: 'người xếp cuối trong chỉ tiêu', en: 'the last kept candidate' }
        : {
            vi: 'những người đồng hạng ở vị trí cuối trong chỉ tiêu',
            en: 'the candidates tied for the last place',
          };
    return makeReason(
      'QUOTA_CUT',
      'blocking',
      citation,
      {
        vi: `Xếp hạng ${rank}/${ranked}, ngoài ${quotaText.vi}: ${mine.vi} thấp hơn ${whom.vi} (${theirs.vi})`,
        en: `Ranked ${rank} of ${ranked}, outside the ${quotaText.en}: ${mine.en} is below ${whom.en} (${theirs.en})`,
      },
      { ...facts, decidedBy: decided.key, ...compared },
    );
  }
  return makeReason(
    'QUOTA_CUT_TIE_BREAK',
    'blocking',
    ruleSet.citations.PRINCIPLE_TIE_BREAK,
    {
      vi: `Xếp hạng ${rank}/${ranked}, ngoài ${quotaText.vi}: thành tích ngang nhau, ưu tiên cá nhân nữ`,
      en: `Ranked ${rank} of ${ranked}, outside the ${quotaText.en}: equal achievements, women are preferred`,
    },
    { ...facts, decidedBy: 'women_tie_break', ...compared },
  );
}
