import type { AwardCode } from '../catalogue/awardCodes';
import type { CommendationKind } from '../catalogue/awardDefinition';
import type { IsoDate } from '../ruleSets/isoDate';

/** Another nomination in the same round or year, for duplicate and overlap checks. */
export interface NominationRef {
  nominationId: string;
  subjectId: string;
  award: AwardCode;
  year: number;
  unitId: string;
}

/** What the rules need besides the history; time is always an argument, never the clock. */
export interface EligibilityContext {
  /**
   * The dossier's receipt (or proposal) date: holds are judged on it, the CSTĐTQ window and
   * the commemorative-medal service are counted to it. Defaults to the year's 31 December,
   * except for the CSTĐTQ window, which then asks a human.
   */
  asOf?: IsoDate;
  /** The unit that nominates (a transferred person is assessed by the new unit). */
  nominatingUnitId?: string;
  /** Kind of commendation proposed; defaults to the award's usual kind. */
  kind?: CommendationKind;
  /** This nomination's id, so it is not reported as its own duplicate. */
  nominationId?: string;
  /** Other nominations of the round / year (any subject). */
  otherNominations?: readonly NominationRef[];
}
