import type { LocalizedText } from '../ruleSets/text';

/**
 * A quota is counted per unit and year (CSTĐCS: "không quá 15%" of the unit's LĐTT holders,
 * Law 06/2022/QH15, Art. 23; Decree 152/2025/NĐ-CP) or per bloc and year (one flag, Art. 26),
 * not per council round: places other rounds hold count against it. A place is held from the
 * round that keeps its nominee until the minister does not award them (struck, rejected,
 * returned) or the award is revoked; then it is given back.
 */
export interface EarlierUse {
  /** Places held by other rounds: kept and awaiting the minister, or awarded. */
  held: number;
  /** Places given back: the minister did not award their nominee, or revoked the award. */
  released: number;
}

export const NO_EARLIER_USE: EarlierUse = { held: 0, released: 0 };

export function placesLeft(quota: number, held: number): number {
  return Math.max(0, quota - held);
}

/** How many places a round claims: one per candidate, at most the places left. */
export function placesToClaim(quota: number, candidates: number, held: number): number {
  return Math.min(candidates, placesLeft(quota, held));
}

/**
 * The places held elsewhere as the round counts them once it has claimed `claimed` (never
 * more than `placesToClaim` at the time). Normally what it read; when another round claimed
 * or gave back a place between its claim and that read, the figure that leaves the round
 * exactly the places it holds, so the ranking never keeps more or fewer than it claimed.
 */
export function heldAsCounted(
  quota: number,
  candidates: number,
  held: number,
  claimed: number,
): number {
  if (placesToClaim(quota, candidates, held) === claimed) return held;
  if (claimed === candidates) return Math.min(held, quota - claimed);
  return claimed === 0 ? Math.max(held, quota) : quota - claimed;
}

/** ", phiên họp trước đã dùng 2 (…), còn 1": nothing when no earlier round used the quota. */
export function earlierUseText(earlier: EarlierUse, left: number): LocalizedText {
  if (earlier.held === 0 && earlier.released === 0) return { vi: '', en: '' };
  const back =
    earlier.released > 0
      ? {
          vi: ` (không tính ${earlier.released} suất đã trả lại do Bộ trưởng không khen thưởng hoặc hủy bỏ khen thưởng)`,
          en: ` (not counting ${earlier.released} place(s) given back: the minister did not award or revoked the award)`,
        }
      : { vi: '', en: '' };
  return {
    vi: `, phiên họp trước đã dùng ${earlier.held}${back.vi}, còn ${left}`,
    en: `, ${earlier.held} used by earlier rounds${back.en}, ${left} left`,
  };
}
