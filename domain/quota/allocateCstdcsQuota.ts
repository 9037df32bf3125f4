import { formatShare, percentText } from '../council/threshold';
import type { Reason, Verdict } from '../eligibility/reason';
import { makeReason } from '../eligibility/reason';
import type { QuotaRankingKey } from '../ruleSets/configurableValues';
import type { RuleSet } from '../ruleSets/ruleSet';
import type { LocalizedText } from '../ruleSets/text';
import { computeCstdcsQuota } from './cstdcsQuota';
import { isWomenPreferred } from './tieBreak';

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
}

export interface QuotaRoundInput {
  year: number;
  units: readonly QuotaUnit[];
  candidates: readonly QuotaCandidate[];
}

export type QuotaOutcome = 'kept' | 'cut' | 'tied_at_cutoff' | 'excluded';

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
  ranked: number;
  kept: number;
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

/**
 * Apply the CSTĐCS quota over a round: per unit, rank the eligible candidates by the
 * configured keys, prefer women on a tie, keep those within the quota and say why each
 * one was kept, cut, or left to the council (a tie straddling the last place).
 */
export function allocateCstdcsQuota(round: QuotaRoundInput, ruleSet: RuleSet): QuotaRoundResult {
  const quotaRule = ruleSet.values.awardRules.CSTDCS.quota;
  const share =
    quotaRule.kind === 'share_of_ldtt_holders'
      ? quotaRule.share
      : { numerator: 100, denominator: 100 };
  const keys = ruleSet.values.cstdcsRanking;
  const quotaCitation = ruleSet.citations.CSTDCS_QUOTA;
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
      return { unitId, ldttHolderCount: 0, quota: 0, ranked: 0, kept: 0, decisions };
    }

    const quota = computeCstdcsQuota(unit.ldttHolderCount, share);
    const quotaFacts = {
      ldttHolderCount: unit.ldttHolderCount,
      quota,
      shareNumerator: share.numerator,
      shareDenominator: share.denominator,
    };
    const quotaText: LocalizedText = {
      vi: `chỉ tiêu ${quota} (${formatShare(share)} của ${unit.ldttHolderCount} Lao động tiên tiến, làm tròn xuống)`,
      en: `quota ${quota} (${formatShare(share)} of ${unit.ldttHolderCount} Advanced Workers, rounded down)`,
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

    let kept = 0;
    let position = 1;
    let lastKept: QuotaCandidate | undefined;
    for (const group of groups) {
      const remaining = quota - kept;
      const rank = position;
      position += group.length;
      const outcome: QuotaOutcome =
        group.length <= remaining ? 'kept' : remaining <= 0 ? 'cut' : 'tied_at_cutoff';
      for (const c of group) {
        const reasons: Reason[] = [];
        const facts = { ...quotaFacts, rank, ranked: ordered.length };
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
              ordered.indexOf(o) >= quota,
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
            cutReason(
              c,
              lastKept,
              rank,
              ordered.length,
              quota,
              quotaText,
              quotaFacts,
              keys,
              ruleSet,
            ),
          );
        } else {
          reasons.push(
            makeReason(
              'QUOTA_TIED_AT_CUTOFF',
              'needs_judgement',
              quotaCitation,
              {
                vi: `Đồng hạng ${rank} với ${group.length - 1} người khác cho ${remaining} suất còn lại trong ${quotaText.vi}: Hội đồng quyết định`,
                en: `Tied at rank ${rank} with ${group.length - 1} other(s) for ${remaining} remaining place(s) in the ${quotaText.en}: the council decides`,
              },
              {
                ...facts,
                remaining,
                tiedWith: group.filter((g) => g !== c).map((g) => g.nomineeId),
              },
            ),
          );
        }
        decisions.push({ nomineeId: c.nomineeId, unitId, outcome, rank, reasons });
      }
      if (outcome === 'kept') {
        kept += group.length;
        lastKept = group[group.length - 1];
      }
    }

    return {
      unitId,
      ldttHolderCount: unit.ldttHolderCount,
      quota,
      ranked: ordered.length,
      kept,
      decisions,
    };
  });

  return { year: round.year, ruleSetId: ruleSet.id, units };
}

function cutReason(
  c: QuotaCandidate,
  lastKept: QuotaCandidate | undefined,
  rank: number,
  ranked: number,
  quota: number,
  quotaText: LocalizedText,
  quotaFacts: Record<string, number>,
  keys: readonly QuotaRankingKey[],
  ruleSet: RuleSet,
): Reason {
  const citation = ruleSet.citations.CSTDCS_QUOTA;
  const facts = { ...quotaFacts, rank, ranked };
  if (quota === 0 || !lastKept) {
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
  const decided = compare(lastKept, c, keys);
  if (decided.order !== 0) {
    const mine = keyText(c, decided.key);
    const theirs = keyText(lastKept, decided.key);
    return makeReason(
      'QUOTA_CUT',
      'blocking',
      citation,
      {
        vi: `Xếp hạng ${rank}/${ranked}, ngoài ${quotaText.vi}: ${mine.vi} thấp hơn người xếp cuối trong chỉ tiêu (${theirs.vi})`,
        en: `Ranked ${rank} of ${ranked}, outside the ${quotaText.en}: ${mine.en} is below the last kept candidate (${theirs.en})`,
      },
      { ...facts, decidedBy: decided.key, lastKept: lastKept.nomineeId },
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
    { ...facts, decidedBy: 'women_tie_break', lastKept: lastKept.nomineeId },
  );
}
