/**
 * The agency's name, head's title and document symbol change with reorganisations
 * (UBDT became the Ministry of Ethnic and Religious Affairs on 01/03/2025), so they
 * are dated data, chosen by the date a document is signed.
 */
export interface AgencyIdentity {
  validFrom: string; // YYYY-MM-DD, inclusive
  name: { vi: string; en: string };
  headTitle: { vi: string; en: string };
  /** The agency's symbol in document numbers: `N/QĐ-<symbol>`, `N/TTr-<symbol>`. */
  symbol: string;
}

const AGENCY_IDENTITIES: readonly AgencyIdentity[] = [
  {
    validFrom: '2008-01-01',
    name: { vi: 'Ủy ban Dân tộc', en: 'Committee for Ethnic Affairs' },
    headTitle: { vi: 'Bộ trưởng, Chủ nhiệm', en: 'Minister, Chairman' },
    symbol: 'UBDT',
  },
  {
    validFrom: '2025-03-01',
    name: { vi: 'Bộ Dân tộc và Tôn giáo', en: 'Ministry of Ethnic and Religious Affairs' },
    headTitle: { vi: 'Bộ trưởng', en: 'Minister' },
    symbol: 'BDTTG',
  },
];

/** The identity in force on `date` (YYYY-MM-DD). */
export function agencyOn(
  date: string,
  identities: readonly AgencyIdentity[] = AGENCY_IDENTITIES,
): AgencyIdentity {
  const inForce = identities
    .filter((identity) => identity.validFrom <= date)
    .sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  const current = inForce[inForce.length - 1];
  if (!current) throw new RangeError(`No agency identity is in force on ${date}`);
  return current;
}

/**
 * The documents the minister signs in the process, each numbered in its own series: the
 * award decision (quyết định) and the submission (tờ trình) that proposes an award decided
 * above the minister to the Prime Minister or the President — the first item of the dossier
 * sent up (Law 06/2022/QH15, Art. 84). `code` is the abbreviation of the document type in
 * the number's symbol (Decree 30/2020/NĐ-CP, Appendix III: QĐ, TTr); each series restarts at
 * 1 on 1 January and is unique within its year (Decree 30/2020/NĐ-CP, Art. 15(1)).
 */
export const DOCUMENT_TYPES = {
  decision: { code: 'QĐ', name: { vi: 'Quyết định', en: 'Decision' } },
  submission: { code: 'TTr', name: { vi: 'Tờ trình', en: 'Submission' } },
} as const;
export type DocumentType = keyof typeof DOCUMENT_TYPES;

/**
 * A certificate's register number (số sổ): the decision that grants it and its line in the
 * decision's list, e.g. `12.03/BDTTG/2026` for line 3 of decision 12/QĐ-BDTTG signed in 2026.
 * A decision number is unique within its symbol and year (Decree 30/2020/NĐ-CP, Art. 15(1))
 * and a line within its decision, so the register number is unique; it is read off the
 * decision, with no register of its own to keep.
 */
export function formatRegisterNumber(
  decision: { sequence: number; symbol: string; year: number },
  line: number,
): string {
  // The decision's part as its number is written (`01` for decision 01/QĐ-…).
  return `${String(decision.sequence).padStart(2, '0')}.${String(line).padStart(2, '0')}/${decision.symbol}/${decision.year}`;
}

/**
 * `12/QĐ-BDTTG`, `03/TTr-BDTTG`: numbers below 10 take a leading zero, as the year's series
 * starts "từ số 01" (Decree 30/2020/NĐ-CP, Art. 15(1)).
 */
export function formatDocumentNumber(
  sequence: number,
  symbol: string,
  type: DocumentType = 'decision',
): string {
  return `${String(sequence).padStart(2, '0')}/${DOCUMENT_TYPES[type].code}-${symbol}`;
}
