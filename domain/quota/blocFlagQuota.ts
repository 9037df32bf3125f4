import { percentText } from '../council/threshold';
import type { LocalizedText } from '../ruleSets/text';
import { NO_EARLIER_USE, earlierUseText, placesLeft, type EarlierUse } from './earlierRounds';
import { CHAIR_DECIDES, type QuotaTie } from './tieChoice';

/** A flag nominee (COBO) that passed the council vote. */
export interface FlagCandidate {
  nominationId: string;
  blocId: string;
  year: number;
  approvals: number;
  denominator: number;
}

interface FlagDecision {
  nominationId: string;
  blocId: string;
  year: number;
  /** 1-based, shared by equal candidates. */
  rank: number;
  ranked: number;
  outcome: 'kept' | 'cut' | 'tied_at_cutoff';
  code: 'FLAG_KEPT' | 'FLAG_CUT' | 'FLAG_TIED';
  message: LocalizedText;
}

/** The flag of a bloc and year as other council rounds hold it or gave it back. */
export interface FlagEarlierUse extends EarlierUse {
  blocId: string;
  year: number;
}

/** Collectives tied first in a bloc: the chair keeps one of them. */
interface FlagTie extends QuotaTie {
  blocId: string;
  year: number;
}

interface FlagAllocation {
  decisions: FlagDecision[];
  ties: FlagTie[];
}

/** Higher approval share first, by cross-multiplication (never floats); 0 denominators last. */
function byShare(a: FlagCandidate, b: FlagCandidate): number {
  if (a.denominator === 0 || b.denominator === 0) {
    return (a.denominator === 0 ? 1 : 0) - (b.denominator === 0 ? 1 : 0);
  }
  return b.approvals * a.denominator - a.approvals * b.denominator;
}

function shareText(c: FlagCandidate): LocalizedText {
  const p = percentText(c.approvals, c.denominator);
  return {
    vi: `${c.approvals}/${c.denominator} (${p.vi})`,
    en: `${c.approvals}/${c.denominator} (${p.en})`,
  };
}

/**
 * One Ministry Emulation Flag per emulation bloc and year (Law 06/2022/QH15, Art. 26: the
 * bloc's leading collective): among the bloc's nominees that passed the vote, the highest
 * approval share keeps the flag; an equal share at the top is left to the chair, who
 * keeps exactly one of the tied. A flag another round holds leaves none: all are cut.
 * Pure: no clock, no I/O.
 */
export function allocateBlocFlags(
  candidates: readonly FlagCandidate[],
  earlierUse: readonly FlagEarlierUse[] = [],
): FlagAllocation {
  const decisions: FlagDecision[] = [];
  const ties: FlagTie[] = [];
  const scopes = [...new Set(candidates.map((c) => `${c.blocId}\u0000${c.year}`))].sort();
  for (const scope of scopes) {
    const [blocId, yearText] = scope.split('\u0000');
    const year = Number(yearText);
    const ranked = candidates
      .filter((c) => c.blocId === blocId && c.year === year)
      .sort((a, b) => byShare(a, b) || a.nominationId.localeCompare(b.nominationId));
    const earlier =
      earlierUse.find((e) => e.blocId === blocId && e.year === year) ?? NO_EARLIER_USE;
    const left = placesLeft(1, earlier.held);
    const used = earlierUseText(earlier, left);
    const leader = ranked[0]!;
    const top = left === 0 ? [] : ranked.filter((c) => byShare(c, leader) === 0);
    if (top.length > 1) {
      ties.push({ blocId, year, tied: top.map((c) => c.nominationId), places: 1 });
    }
    const leaders =
      top.length === 1
        ? { vi: 'tập thể dẫn đầu', en: "the leader's" }
        : { vi: 'các tập thể đồng hạng nhất', en: 'that of the collectives tied first' };
    for (const c of ranked) {
      const rank = ranked.findIndex((x) => byShare(x, c) === 0) + 1;
      const share = shareText(c);
      const base = { nominationId: c.nominationId, blocId, year, rank, ranked: ranked.length };
      if (top.includes(c) && top.length === 1) {
        decisions.push({
          ...base,
          outcome: 'kept',
          code: 'FLAG_KEPT',
          message: {
            vi: `Dẫn đầu khối ${blocId} năm ${year} với tỷ lệ phiếu đồng ý ${share.vi}: mỗi khối một Cờ thi đua${used.vi}.`,
            en: `Leads bloc ${blocId} in ${year} with approval ${share.en}: one flag per bloc${used.en}.`,
          },
        });
      } else if (top.includes(c)) {
        decisions.push({
          ...base,
          outcome: 'tied_at_cutoff',
          code: 'FLAG_TIED',
          message: {
            vi: `Đồng hạng nhất khối ${blocId} năm ${year} (${share.vi}) với ${top.length - 1} tập thể khác cho một Cờ thi đua${used.vi}: ${CHAIR_DECIDES.vi}.`,
            en: `Tied first in bloc ${blocId} in ${year} (${share.en}) with ${top.length - 1} other(s) for one flag${used.en}: ${CHAIR_DECIDES.en}.`,
          },
        });
      } else if (left === 0) {
        decisions.push({
          ...base,
          outcome: 'cut',
          code: 'FLAG_CUT',
          message: {
            vi: `Xếp hạng ${rank}/${ranked.length} khối ${blocId} năm ${year} (tỷ lệ phiếu đồng ý ${share.vi}): mỗi khối một Cờ thi đua${used.vi}.`,
            en: `Ranked ${rank} of ${ranked.length} in bloc ${blocId} in ${year} (approval ${share.en}): one flag per bloc${used.en}.`,
          },
        });
      } else {
        const theirs = shareText(leader);
        decisions.push({
          ...base,
          outcome: 'cut',
          code: 'FLAG_CUT',
          message: {
            vi: `Xếp hạng ${rank}/${ranked.length} khối ${blocId}: tỷ lệ phiếu đồng ý ${share.vi} thấp hơn ${leaders.vi} (${theirs.vi}); mỗi khối một Cờ thi đua${used.vi}.`,
            en: `Ranked ${rank} of ${ranked.length} in bloc ${blocId}: approval ${share.en} is below ${leaders.en} (${theirs.en}); one flag per bloc${used.en}.`,
          },
        });
      }
    }
  }
  return { decisions, ties };
}
