import type { Reason } from '../eligibility/reason';
import { makeReason } from '../eligibility/reason';
import type { Citation } from '../ruleSets/citation';
import type { QuotaRankingKey } from '../ruleSets/configurableValues';
import type { LocalizedText } from '../ruleSets/text';
import { compare, keyText, type QuotaCandidate, type RankedOutcome } from './cstdcsRanking';
import { CHAIR_DECIDES, type QuotaTie } from './tieChoice';

/** What every reason of one unit's ranking states: its quota, the keys and the citations. */
export interface UnitQuotaContext {
  quotaText: LocalizedText;
  quotaFacts: Record<string, number | string>;
  /** How many candidates the unit ranked. */
  ranked: number;
  keys: readonly QuotaRankingKey[];
  /** The CSTĐCS quota's basis (Law 06/2022/QH15, Art. 23, or the agency's own). */
  citation: Citation;
  /** The decree principle preferring women on equal achievements. */
  tieCitation: Citation;
}

/** The lowest candidates still in contention, which a cut candidate is compared with. */
export interface Boundary {
  candidate: QuotaCandidate;
  outcome: 'kept' | 'tied_at_cutoff';
}

/** The quota is a share of the unit's LĐTT holders: without their number it cannot be set. */
export function missingCountReason(unitId: string, year: number, citation: Citation): Reason {
  return makeReason(
    'QUOTA_LDTT_COUNT_MISSING',
    'needs_judgement',
    citation,
    {
      vi: `Chưa có số Lao động tiên tiến năm ${year} của đơn vị ${unitId} để tính tỷ lệ`,
      en: `The number of Advanced Workers of unit ${unitId} in ${year} is missing`,
    },
    { unitId, year },
  );
}

/** Only eligible candidates that no hold stops take a place under the quota. */
export function notRankedReason(c: QuotaCandidate, citation: Citation): Reason {
  return makeReason(
    'QUOTA_NOT_RANKED',
    c.held ? 'needs_judgement' : 'blocking',
    citation,
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
  );
}

/**
 * Kept within the quota; and, when an equally ranked man was not kept, the decree principle
 * (women preferred on equal achievements) that put her ahead.
 */
export function keptReasons(
  c: QuotaCandidate,
  rank: number,
  ordered: readonly QuotaCandidate[],
  outcomeOf: ReadonlyMap<QuotaCandidate, RankedOutcome>,
  ctx: UnitQuotaContext,
): Reason[] {
  const { quotaText, keys } = ctx;
  const reasons = [
    makeReason(
      'QUOTA_KEPT',
      'info',
      ctx.citation,
      {
        vi: `Xếp hạng ${rank}/${ctx.ranked} của đơn vị, trong ${quotaText.vi}`,
        en: `Ranked ${rank} of ${ctx.ranked} in the unit, within the ${quotaText.en}`,
      },
      { ...ctx.quotaFacts, rank, ranked: ctx.ranked },
    ),
  ];
  const beaten = ordered.find(
    (o) => compare(c, o, keys).order === 0 && o.gender !== c.gender && outcomeOf.get(o) !== 'kept',
  );
  if (beaten && c.gender === 'female') {
    reasons.push(
      makeReason(
        'QUOTA_WOMEN_PREFERRED',
        'info',
        ctx.tieCitation,
        {
          vi: 'Thành tích ngang nhau: ưu tiên cá nhân nữ',
          en: 'Equal achievements: women are preferred',
        },
        { comparedWith: beaten.nomineeId },
      ),
    );
  }
  return reasons;
}

/** A group nothing separates straddles the last places: the chair keeps `tie.places` of it. */
export function tiedReason(
  c: QuotaCandidate,
  group: readonly QuotaCandidate[],
  rank: number,
  tie: QuotaTie,
  ctx: UnitQuotaContext,
): Reason {
  const { quotaText } = ctx;
  return makeReason(
    'QUOTA_TIED_AT_CUTOFF',
    'needs_judgement',
    ctx.citation,
    {
      vi: `Đồng hạng ${rank} với ${group.length - 1} người khác cho ${tie.places} suất còn lại trong ${quotaText.vi}: ${CHAIR_DECIDES.vi}`,
      en: `Tied at rank ${rank} with ${group.length - 1} other(s) for ${tie.places} remaining place(s) in the ${quotaText.en}: ${CHAIR_DECIDES.en}`,
    },
    {
      ...ctx.quotaFacts,
      rank,
      ranked: ctx.ranked,
      remaining: tie.places,
      tiedWith: group.filter((g) => g !== c).map((g) => g.nomineeId),
    },
  );
}

/**
 * Outside the quota, explained against the last group still in contention: by the key that
 * separates them, or by the decree principle preferring women when nothing else does.
 */
export function cutReason(
  c: QuotaCandidate,
  boundary: Boundary | undefined,
  rank: number,
  ctx: UnitQuotaContext,
): Reason {
  const { quotaText, ranked } = ctx;
  const facts = { ...ctx.quotaFacts, rank, ranked };
  if (!boundary) {
    return makeReason(
      'QUOTA_CUT',
      'blocking',
      ctx.citation,
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
  const decided = compare(boundary.candidate, c, ctx.keys);
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
      ctx.citation,
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
    ctx.tieCitation,
    {
      vi: `Xếp hạng ${rank}/${ranked}, ngoài ${quotaText.vi}: thành tích ngang nhau, ưu tiên cá nhân nữ`,
      en: `Ranked ${rank} of ${ranked}, outside the ${quotaText.en}: equal achievements, women are preferred`,
    },
    { ...facts, decidedBy: 'women_tie_break', ...compared },
  );
}
