import { agencyOn, type AgencyIdentity } from '../domain/agency/agencyIdentity';
import { dateParts, type IsoDate } from '../domain/calendar';
import {
  CIRCULAR_01_2024_UBDT,
  CIRCULAR_03_2025_BDTTG,
  DECREE_152_2025,
  DECREE_98_2023,
  LAW_06_2022,
  type LegalInstrument,
} from '../domain/ruleSets';
import type { HeaderBlock, SignatureBlock } from './model';

export const NATION = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
const PLACE = 'Hà Nội';
export const COUNCIL_NAME = 'Hội đồng Thi đua - Khen thưởng';

/** Vietnamese upper case (Ủ → Ủ, đ → Đ): what headers and signature titles use. */
export const upper = (text: string): string => text.normalize('NFC').toUpperCase();

/**
 * "ngày 05 tháng 02 năm 2025": a day below 10 and the months 1 and 2 take a leading zero
 * (Decree 30/2020/NĐ-CP, Appendix I, part I, item 5(b)); other months do not ("tháng 6").
 */
export function dateInWords(date: IsoDate): string {
  const { year, month, day } = dateParts(date);
  const dd = String(day).padStart(2, '0');
  const mm = month <= 2 ? String(month).padStart(2, '0') : String(month);
  return `ngày ${dd} tháng ${mm} năm ${year}`;
}

/** "Hà Nội, ngày 05 tháng 6 năm 2025"; a draft leaves day and month blank for the signer. */
export function placeAndDate(date: IsoDate, options: { blank?: boolean } = {}): string {
  if (options.blank) return `${PLACE}, ngày      tháng      năm ${dateParts(date).year}`;
  return `${PLACE}, ${dateInWords(date)}`;
}

/** "Số: 12/QĐ-BDTTG", or "Số:      /QĐ-BDTTG" before a number is given. */
export function numberLine(kindCode: string, symbol: string, number?: string): string {
  return number ? `Số: ${number}` : `Số:      /${kindCode}-${symbol}`;
}

/**
 * The header of an administrative document on `date`: the agency's name in force that day
 * (UBDT until 28/02/2025, BDTTG from 01/03/2025), the national name and motto.
 */
export function documentHeader(
  date: IsoDate,
  options: { body?: string; number?: string; blankDate?: boolean } = {},
): HeaderBlock {
  const agency = agencyOn(date);
  return {
    type: 'header',
    issuer: options.body
      ? { superior: upper(agency.name.vi), name: upper(options.body) }
      : { name: upper(agency.name.vi) },
    number: options.number,
    nation: NATION,
    motto: MOTTO,
    placeDate: placeAndDate(date, { blank: options.blankDate }),
  };
}

function deputyTitleOf(headTitle: string): string {
  return headTitle === 'Bộ trưởng, Chủ nhiệm' ? 'Thứ trưởng, Phó Chủ nhiệm' : 'Thứ trưởng';
}

export interface DecisionSigner {
  name: string;
  /** As stored on the signed decision (activities/awardDecision/signDecision.ts). */
  signatureLines?: readonly string[];
  /** A deputy signing in the minister's place (ký thay). */
  onBehalfOf?: { name: string };
}

/**
 * The signature block of a decision (Decree 30/2020/NĐ-CP, Art. 13 and Appendix I): the
 * head's title in force that day ("BỘ TRƯỞNG"), or "KT. BỘ TRƯỞNG" over the deputy's own
 * title ("THỨ TRƯỞNG") when a deputy signs in his place. A draft (no signer) shows the
 * minister's title with no name.
 */
export function decisionSignature(date: IsoDate, signer?: DecisionSigner): SignatureBlock {
  const head = agencyOn(date).headTitle.vi;
  if (!signer) return { lines: [upper(head)] };
  const lines =
    signer.signatureLines && signer.signatureLines.length > 0
      ? [...signer.signatureLines]
      : signer.onBehalfOf
        ? [`KT. ${upper(head)}`, upper(deputyTitleOf(head))]
        : [upper(head)];
  return { lines, signedMark: '(Đã ký)', name: signer.name };
}

/** "BỘ TRƯỞNG BỘ DÂN TỘC VÀ TÔN GIÁO": who decides, above "QUYẾT ĐỊNH:". */
export function authorityLine(agency: AgencyIdentity): string {
  const head = agency.headTitle.vi.split(',')[0]!;
  return upper(`${head} ${agency.name.vi}`);
}

/** "Bộ trưởng Bộ Dân tộc và Tôn giáo" / "Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc" in running text. */
export function authorityText(agency: AgencyIdentity): string {
  return `${agency.headTitle.vi} ${agency.name.vi}`;
}

const INSTRUMENTS: readonly LegalInstrument[] = [
  LAW_06_2022,
  DECREE_98_2023,
  DECREE_152_2025,
  CIRCULAR_01_2024_UBDT,
  CIRCULAR_03_2025_BDTTG,
];

/** "Căn cứ …;" lines for the instruments in force on `date`, law first. */
export function legalBasis(date: IsoDate): string[] {
  return INSTRUMENTS.filter(
    (i) => i.effectiveFrom <= date && (i.effectiveTo === null || date <= i.effectiveTo),
  ).map((instrument) => {
    const number = instrument.symbol.split(' ').pop()!;
    const kindWord = instrument.symbol.slice(0, -number.length).trim();
    if (instrument.kind === 'law') return `Căn cứ ${instrument.title.vi} số ${number};`;
    const rest = instrument.title.vi.startsWith(kindWord)
      ? instrument.title.vi.slice(kindWord.length).trim()
      : instrument.title.vi;
    return `Căn cứ ${kindWord} số ${number} ${rest};`;
  });
}
