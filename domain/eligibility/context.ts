import type { AwardCode } from '../catalogue/awardCodes';
import type { CommendationKind } from '../catalogue/awardDefinition';
import type { IsoDateText as IsoDate } from '../calendar/isoDate';
import type { LocalizedText } from '../ruleSets/text';

/** Another nomination in the same round or year, for duplicate and overlap checks. */
export interface NominationRef {
  nominationId: string;
  subjectId: string;
  award: AwardCode;
  year: number;
  unitId: string;
  /** Kind of commendation proposed; absent: the award's usual kind (its catalogue's first). */
  kind?: CommendationKind;
}

/**
 * The occasion of the review that proposes the award: the year-end review, an emulation
 * congress (Đại hội thi đua yêu nước, every five years), or an ad hoc review.
 */
export const REVIEW_OCCASIONS = ['annual', 'emulation_congress', 'ad_hoc'] as const;
export type ReviewOccasion = (typeof REVIEW_OCCASIONS)[number];
export const REVIEW_OCCASION_TEXT: Record<ReviewOccasion, LocalizedText> = {
  annual: { vi: 'Tổng kết năm', en: 'Year-end review' },
  emulation_congress: { vi: 'Đại hội thi đua yêu nước', en: 'Emulation congress' },
  ad_hoc: { vi: 'Đột xuất', en: 'Ad hoc' },
};

/** What the rules need besides the history; time is always an argument, never the clock. */
export interface EligibilityContext {
  /**
   * The dossier's receipt date: holds are judged on it and the commemorative-medal service is
   * counted to it. Defaults to the year's 31 December.
   */
  asOf?: IsoDate;
  /**
   * The day the ministry proposes the award upward (its submission to the Prime Minister):
   * the National Emulation Fighter window is counted to it, not to the receipt date.
   */
  upwardProposalDate?: IsoDate;
  /** The review the proposal comes from; Hero titles are proposed at emulation congresses. */
  reviewOccasion?: ReviewOccasion;
  /** The unit that nominates (a transferred person is assessed by the new unit). */
  nominatingUnitId?: string;
  /** Kind of commendation proposed; defaults to the award's usual kind. */
  kind?: CommendationKind;
  /** This nomination's id, so it is not reported as its own duplicate. */
  nominationId?: string;
  /** Other nominations of the round / year (any subject). */
  otherNominations?: readonly NominationRef[];
}
