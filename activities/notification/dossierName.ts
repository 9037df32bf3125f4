import { isAwardCode } from '../../domain/catalogue/awardCodes';
import { getAwardDefinition } from '../../domain/catalogue/awards';
import type { LocalizedText } from '../../domain/ruleSets/text';

/** What of a nomination names it to a person: the award, the year, the nominee, its number. */
export interface DossierNameSource {
  nominee: { name: string };
  awardCode: string;
  year: number;
  /** Its human number (e.g. `VCSDT-2025-0012/1`), once submitted. */
  number?: string | null;
}

/**
 * How notices name a dossier, as its reader knows it ("the LĐTT 2025 nomination of Lò Văn
 * Púa"), never by its database id alone.
 */
export function dossierName(nomination: DossierNameSource): LocalizedText {
  const award = isAwardCode(nomination.awardCode)
    ? getAwardDefinition(nomination.awardCode).name
    : { vi: nomination.awardCode, en: nomination.awardCode };
  const { number } = nomination;
  return {
    vi: `Hồ sơ đề nghị "${award.vi}" năm ${nomination.year} cho ${nomination.nominee.name}${number ? ` (số ${number})` : ''}`,
    en: `The "${award.en}" ${nomination.year} nomination of ${nomination.nominee.name}${number ? ` (no. ${number})` : ''}`,
  };
}
