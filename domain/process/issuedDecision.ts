import type { DocumentType } from '../agency/agencyIdentity';
import type { Actor } from './roles';

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
 * A signed document as a nomination keeps it: the number, and who signed it when — the
 * minister, whatever later step (the higher authority's outcome) is entered by someone else.
 * The signing fields are absent in memories from before they were kept.
 */
export interface SignedDocument extends IssuedDecision {
  signedOn?: string;
  /** ISO instant the nomination learnt of the signing. */
  signedAt?: string;
  signedBy?: Actor;
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
