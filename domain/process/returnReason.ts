import type { LocalizedText } from '../ruleSets/text';

/** One reason for returning or rejecting a dossier, per item (domain.md §6: missing items are named). */
export interface ReturnReason {
  /** e.g. MISSING_DOCUMENT, INELIGIBLE, DUPLICATE */
  code: string;
  message: LocalizedText;
  /** The dossier item or field at fault, e.g. 'documents.achievement_report'. */
  item?: string;
}
