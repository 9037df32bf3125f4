import type { DocumentType } from '../agency/agencyIdentity';

/**
 * A signed document's number, e.g. `12/QĐ-BDTTG` (sequence 12 of its year's decisions) or
 * `3/TTr-BDTTG` (the year's third submission upward).
 */
export interface IssuedDecision {
  number: string;
  sequence: number;
  symbol: string;
  year: number;
  /** Absent on numbers issued before submissions had their own series: a decision. */
  documentType?: DocumentType;
}

/**
 * What a decision record is: as numbered once signed (one signed before submissions had
 * their own series stays a decision); before that, a submission when the award is decided
 * above the minister.
 */
export function documentTypeOf(record: {
  status: string;
  documentType?: string | null;
  forwardedUpward: boolean;
}): DocumentType {
  if (record.status === 'signed') {
    return record.documentType === 'submission' ? 'submission' : 'decision';
  }
  return record.forwardedUpward ? 'submission' : 'decision';
}
