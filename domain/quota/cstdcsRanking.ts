import { percentText } from '../council/threshold';
import type { Verdict } from '../eligibility/reason';
import type { QuotaRankingKey } from '../ruleSets/configurableValues';
import type { RuleSet } from '../ruleSets/ruleSet';
import type { LocalizedText } from '../ruleSets/text';
import { isWomenPreferred } from './tieBreak';
import type { QuotaTie } from './tieChoice';

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

export type RankedOutcome = 'kept' | 'cut' | 'tied_at_cutoff';

type Compared = { key: QuotaRankingKey; order: number };

/** Candidates that nothing separates, placed together at one rank. */
export interface PlacedGroup {
  group: QuotaCandidate[];
  rank: number;
  outcome: RankedOutcome;
}

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

/** The first configured ranking key that separates two candidates, and which way. */
export function compare(
  a: QuotaCandidate,
  b: QuotaCandidate,
  keys: readonly QuotaRankingKey[],
): Compared {
  for (const key of keys) {
    const order = compareKey(a, b, key);
    if (order !== 0) return { key, order };
  }
  return { key: keys[keys.length - 1], order: 0 };
}

/** A candidate's value for one ranking key, as a cut reason states it. */
export function keyText(c: QuotaCandidate, key: QuotaRankingKey): LocalizedText {
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

function womenPreferred(c: QuotaCandidate, ruleSet: RuleSet): boolean {
  return isWomenPreferred({ kind: 'individual', gender: c.gender }, ruleSet);
}

/**
 * Rank by the configured keys, then women first on equal achievements (decree principle,
 * PRINCIPLE_TIE_BREAK); stable on input order for equal candidates. Returns the order and
 * the groups that nothing separates (same keys and same tie-break standing).
 */
export function rankCandidates(
  eligible: readonly QuotaCandidate[],
  keys: readonly QuotaRankingKey[],
  ruleSet: RuleSet,
): { ordered: QuotaCandidate[]; groups: QuotaCandidate[][] } {
  const ordered = [...eligible].sort((a, b) => {
    const byKeys = compare(a, b, keys).order;
    if (byKeys !== 0) return byKeys;
    const wa = womenPreferred(a, ruleSet);
    const wb = womenPreferred(b, ruleSet);
    return wa === wb ? 0 : wa ? -1 : 1;
  });
  const groups: QuotaCandidate[][] = [];
  for (const c of ordered) {
    const last = groups[groups.length - 1];
    const head = last?.[0];
    const same =
      head !== undefined &&
      compare(head, c, keys).order === 0 &&
      womenPreferred(head, ruleSet) === womenPreferred(c, ruleSet);
    if (same) last.push(c);
    else groups.push([c]);
  }
  return { ordered, groups };
}

/**
 * Each group takes places while they last; a group larger than the places left takes them
 * all as a tie the chair settles, and every group after it is cut (Law 06/2022/QH15,
 * Art. 23: CSTĐCS "không quá 15%").
 */
export function placeGroups(
  groups: readonly QuotaCandidate[][],
  left: number,
): { placed: PlacedGroup[]; tie: QuotaTie | null; kept: number } {
  let free = left;
  let position = 1;
  let tie: QuotaTie | null = null;
  const placed: PlacedGroup[] = [];
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
  return { placed, tie, kept };
}
