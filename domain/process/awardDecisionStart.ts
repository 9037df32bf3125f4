import type { AwardCode } from '../catalogue/awardCodes';
import type { CommendationKind } from '../catalogue/awardDefinition';
import type { Actor } from './roles';

/**
 * What an award decision is drafted from: one award and year, the nominations it lists and
 * who drafts it. The decision workflow's input and its draft activity's request alike.
 */
export interface AwardDecisionStart {
  decisionId: string;
  awardCode: AwardCode;
  /** The nominations' kind of commendation; when absent, the one they all share. */
  kind?: CommendationKind;
  year: number;
  nominationIds: string[];
  draftedBy: Actor;
}
