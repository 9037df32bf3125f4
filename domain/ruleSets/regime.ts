import type { AwardCode } from '../catalogue/awardCodes';
import { displayDate as displayCalendarDate } from '../calendar/displayDate';
import { parseIsoDate, startOfYear, yearOf, type IsoDateText } from '../calendar/isoDate';
import type { Citation } from './citation';
import { LEGAL_SOURCES } from './legalSources';
import type { RuleSet } from './ruleSet';
import type { LocalizedText } from './text';

const LAW_2022 = 'Luật 06/2022/QH15';
/** A rule-set date as users write it: dd/mm/yyyy. */
export const displayDate = (date: IsoDateText): string => displayCalendarDate(parseIsoDate(date));
/** Law 06/2022/QH15 Art. 94: in force from 01/01/2024, when Law 15/2003/QH11 ceased to be. */
const LAW_2022_IN_FORCE: IsoDateText = '2024-01-01';

const ART_94: Citation = {
  instrument: LAW_2022,
  article: 'Điều 94',
  text: 'Luật có hiệu lực từ 01/01/2024; Luật Thi đua, khen thưởng 15/2003/QH11 (sửa đổi 2005, 2009, 2013) hết hiệu lực từ ngày đó.',
  checkedAgainst: LEGAL_SOURCES.LAW_2022_CHAPTER_VIII,
};
const ART_95: Citation = {
  instrument: LAW_2022,
  article: 'Điều 95',
  text: 'Danh hiệu thi đua, hình thức khen thưởng đã tặng trước ngày Luật có hiệu lực tiếp tục được công nhận.',
  checkedAgainst: LEGAL_SOURCES.LAW_2022_CHAPTER_VIII,
};

/** Which regime judged a dossier, why, and which years it counts from earlier regimes. */
export interface RegimeChoice {
  ruleSetId: string;
  receiptDate: IsoDateText;
  /** Achievement years the award looks at that fall before the rule set took effect. */
  earlierRegimeYears: number[];
  message: LocalizedText;
  basis: Citation[];
}

/**
 * The achievement years an award's rule looks at, ending with the year proposed: one year for
 * the annual titles, the chain or window for the others (derived from the rule set's law).
 */
export function yearsCounted(award: AwardCode, year: number, ruleSet: RuleSet): number[] {
  const law = ruleSet.law;
  const span = (length: number) => Array.from({ length }, (_, i) => year - length + 1 + i);
  switch (award) {
    case 'CSTDBO':
      return span(law.cstdboConsecutiveCstdcs);
    case 'CSTDTQ':
      return span(
        ruleSet.values.cstdtqCstdboCycleYears * (law.cstdtqConsecutiveCstdbo - 1) +
          law.cstdboConsecutiveCstdcs,
      );
    case 'BKBO':
      return span(Math.max(law.bkbo.consecutiveCstdcs ?? 0, law.bkbo.consecutiveExcellentYears));
    case 'BKTTG':
      return span(law.bkttg.windowYears);
    default:
      return [year];
  }
}

/**
 * A dossier is judged by the rule set in force on its receipt date: Law 06/2022/QH15 replaced
 * the 2003 Law on 01/01/2024 (Art. 94), so a dossier received on 31/12/2023 is judged by the
 * old rules and one received on 01/01/2024 by the new. Years of a chain earned under an earlier
 * regime count through the awards then given, which stay recognised (Art. 95).
 */
export function explainRegime(
  ruleSet: RuleSet,
  receiptDate: IsoDateText,
  years: readonly number[],
): RegimeChoice {
  const earlier = years.filter((y) => startOfYear(y) < ruleSet.validFrom);
  const until = ruleSet.validTo ? displayDate(ruleSet.validTo) : null;
  const period = {
    vi: until
      ? `từ ${displayDate(ruleSet.validFrom)} đến ${until}`
      : `từ ${displayDate(ruleSet.validFrom)}`,
    en: until
      ? `from ${displayDate(ruleSet.validFrom)} to ${until}`
      : `from ${displayDate(ruleSet.validFrom)}`,
  };
  const side =
    receiptDate < LAW_2022_IN_FORCE
      ? {
          vi: `trước ngày Luật 06/2022/QH15 có hiệu lực (${displayDate(LAW_2022_IN_FORCE)}), nên xét theo Luật Thi đua, khen thưởng 2003 và văn bản chi tiết khi đó`,
          en: `before Law 06/2022/QH15 took effect (${displayDate(LAW_2022_IN_FORCE)}), so the 2003 Law and its detailing texts of the time apply`,
        }
      : {
          vi: `từ ngày Luật 06/2022/QH15 có hiệu lực (${displayDate(LAW_2022_IN_FORCE)})`,
          en: `on or after the day Law 06/2022/QH15 took effect (${displayDate(LAW_2022_IN_FORCE)})`,
        };
  const straddle =
    earlier.length > 0
      ? {
          vi: ` Các năm ${earlier.join(', ')} thuộc quy định trước ${displayDate(ruleSet.validFrom)}: danh hiệu, hình thức khen thưởng đã tặng trong các năm đó được tính như đã tặng.`,
          en: ` Years ${earlier.join(', ')} fall under the rules before ${displayDate(ruleSet.validFrom)}: the awards given for them count as given.`,
        }
      : { vi: '', en: '' };
  const basis = [ART_94];
  if (earlier.some((y) => y < yearOf(LAW_2022_IN_FORCE))) basis.push(ART_95);
  return {
    ruleSetId: ruleSet.id,
    receiptDate,
    earlierRegimeYears: earlier,
    message: {
      vi: `Hồ sơ tiếp nhận ngày ${displayDate(receiptDate)}, ${side.vi}: xét theo bộ quy tắc “${ruleSet.name.vi}”, áp dụng cho hồ sơ tiếp nhận ${period.vi}.${straddle.vi}`,
      en: `Dossier received on ${displayDate(receiptDate)}, ${side.en}: judged by “${ruleSet.name.en}”, which applies to dossiers received ${period.en}.${straddle.en}`,
    },
    basis,
  };
}
