import { percentForDisplay } from '../../domain/council/threshold';
import type { LocalizedText } from '../../domain/ruleSets/text';

/** A flag nominee (COBO) that passed the council vote. */
export interface FlagCandidate {
  nominationId: string;
  blocId: string;
  year: number;
  approvals: number;
  denominator: number;
}

export interface FlagDecision {
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

/** Higher approval share first, by cross-multiplication (never floats); 0 denominators last. */
function byShare(a: FlagCandidate, b: FlagCandidate): number {
  if (a.denominator === 0 || b.denominator === 0) {
    return (a.denominator === 0 ? 1 : 0) - (b.denominator === 0 ? 1 : 0);
  }
  return b.approvals * a.denominator - a.approvals * b.denominator;
}

function shareText(c: FlagCandidate): string {
  return `${c.approvals}/${c.denominator} (${percentForDisplay(c.approvals, c.denominator)}%)`;
}

/**
 * One Ministry Emulation Flag per emulation bloc (Law 06/2022/QH15, Art. 26: the bloc's
 * leading collective): among the bloc's nominees that passed the vote, the highest
 * approval share keeps the flag; an equal share at the top is left to the chair.
 * Pure: no clock, no I/O.
 */
export function allocateBlocFlags(candidates: readonly FlagCandidate[]): FlagDecision[] {
  const decisions: FlagDecision[] = [];
  const scopes = [...new Set(candidates.map((c) => `${c.blocId}\u0000${c.year}`))].sort();
  for (const scope of scopes) {
    const [blocId, yearText] = scope.split('\u0000');
    const year = Number(yearText);
    const ranked = candidates
      .filter((c) => c.blocId === blocId && c.year === year)
      .sort((a, b) => byShare(a, b) || a.nominationId.localeCompare(b.nominationId));
    const top = ranked.filter((c) => byShare(c, ranked[0]!) === 0);
    for (const c of ranked) {
      const rank = ranked.findIndex((x) => byShare(x, c) === 0) + 1;
      if (top.includes(c) && top.length === 1) {
        decisions.push({
          nominationId: c.nominationId,
          blocId,
          year,
          rank,
          ranked: ranked.length,
          outcome: 'kept',
          code: 'FLAG_KEPT',
          message: {
            vi: `Dẫn đầu khối ${blocId} năm ${year} với tỷ lệ phiếu đồng ý ${shareText(c)}: mỗi khối một Cờ thi đua.`,
            en: `Leads bloc ${blocId} in ${year} with approval ${shareText(c)}: one flag per bloc.`,
          },
        });
      } else if (top.includes(c)) {
        decisions.push({
          nominationId: c.nominationId,
          blocId,
          year,
          rank,
          ranked: ranked.length,
          outcome: 'tied_at_cutoff',
          code: 'FLAG_TIED',
          message: {
            vi: `Đồng hạng nhất khối ${blocId} năm ${year} (${shareText(c)}) với ${top.length - 1} tập thể khác cho một Cờ thi đua: Chủ tịch Hội đồng quyết định.`,
            en: `Tied first in bloc ${blocId} in ${year} (${shareText(c)}) with ${top.length - 1} other(s) for one flag: the chair decides.`,
          },
        });
      } else {
        const leader = ranked[0]!;
        decisions.push({
          nominationId: c.nominationId,
          blocId,
          year,
          rank,
          ranked: ranked.length,
          outcome: 'cut',
          code: 'FLAG_CUT',
          message: {
            vi: `Xếp hạng ${rank}/${ranked.length} khối ${blocId}: tỷ lệ phiếu đồng ý ${shareText(c)} thấp hơn tập thể dẫn đầu (${shareText(leader)}); mỗi khối một Cờ thi đua.`,
            en: `Ranked ${rank} of ${ranked.length} in bloc ${blocId}: approval ${shareText(c)} is below the leader's (${shareText(leader)}); one flag per bloc.`,
          },
        });
      }
    }
  }
  return decisions;
}
