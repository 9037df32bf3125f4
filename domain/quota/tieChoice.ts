import type { LocalizedText } from '../ruleSets/text';

/** A group that nothing separates, straddling the last places: the chair keeps `places` of `tied`. */
export interface QuotaTie {
  tied: string[];
  places: number;
}

/** A tie waiting for the chair, in the scope (unit or bloc, and year) its quota counts in. */
export interface ScopedTie extends QuotaTie {
  scope: string;
}

interface TieChoiceRefusal {
  code: 'WRONG_TIE_CHOICE';
  message: LocalizedText;
  field: 'keep';
}

/**
 * Who settles a tie nothing separates: the round's chair (`resolveTie`), not the council by
 * a vote. Said once, in every tie's reason and so in the minutes.
 */
export const CHAIR_DECIDES: LocalizedText = {
  vi: 'Chủ tịch Hội đồng quyết định',
  en: 'the chair decides',
};

function refusal(vi: string, en: string): TieChoiceRefusal {
  return { code: 'WRONG_TIE_CHOICE', message: { vi, en }, field: 'keep' };
}

/**
 * The chair settles every pending tie of a round in one choice: for each, exactly the
 * places left among exactly the tied, nobody twice — so the quota (Law 06/2022/QH15,
 * Art. 23: CSTĐCS "không quá 15%"; Art. 26: one flag per bloc) is filled and never exceeded.
 */
export function checkTieChoice(
  ties: readonly ScopedTie[],
  keep: readonly string[],
): TieChoiceRefusal | undefined {
  const twice = keep.find((id, i) => keep.indexOf(id) !== i);
  if (twice !== undefined) {
    return refusal(`${twice} được chọn hai lần.`, `${twice} is chosen twice.`);
  }
  for (const tie of ties) {
    const chosen = keep.filter((id) => tie.tied.includes(id));
    if (chosen.length !== tie.places) {
      return refusal(
        `${tie.scope}: chọn đúng ${tie.places} trong số ${tie.tied.join(', ')}.`,
        `${tie.scope}: choose exactly ${tie.places} of ${tie.tied.join(', ')}.`,
      );
    }
  }
  const stray = keep.find((id) => !ties.some((t) => t.tied.includes(id)));
  if (stray !== undefined) {
    return refusal(`${stray} không thuộc nhóm đồng hạng.`, `${stray} is not tied.`);
  }
  return undefined;
}
