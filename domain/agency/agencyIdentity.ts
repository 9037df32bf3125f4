/**
 * The agency's name, head's title and document symbol change with reorganisations
 * (UBDT became the Ministry of Ethnic and Religious Affairs on 01/03/2025), so they
 * are dated data, chosen by the date a document is signed.
 */
export interface AgencyIdentity {
  validFrom: string; // YYYY-MM-DD, inclusive
  name: { vi: string; en: string };
  headTitle: { vi: string; en: string };
  /** Symbol in decision numbers: `N/QĐ-<symbol>`. */
  symbol: string;
}

export const AGENCY_IDENTITIES: readonly AgencyIdentity[] = [
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

/** `12/QĐ-BDTTG` */
export function formatDecisionNumber(sequence: number, symbol: string): string {
  return `${sequence}/QĐ-${symbol}`;
}
