import type { AwardCode } from '../catalogue/awardCodes';
import type { CommendationKind } from '../catalogue/awardDefinition';
import { CATALOGUE } from '../catalogue/awards';
import type { NominationRef } from './context';

/**
 * Thematic and ad hoc awards reward another achievement than the year's merit, so they never
 * overlap with a merit award (Decree principle: they do not count toward merit awards either).
 */
export function kindsMayOverlap(a: CommendationKind, b: CommendationKind): boolean {
  const apart = (x: CommendationKind, y: CommendationKind) =>
    x === 'merit' && (y === 'thematic' || y === 'ad_hoc');
  return !apart(a, b) && !apart(b, a);
}

/** The kind a nomination proposes: as given, else the award's usual kind. */
export function kindOf(n: NominationRef): CommendationKind {
  return n.kind ?? CATALOGUE[n.award].kinds[0];
}

/**
 * The other nominations of one subject for the same award and year: its duplicates (Decree
 * 152/2025 Art. 4: one achievement, one award), whichever unit sent them.
 */
export function twinNominations(
  others: readonly NominationRef[],
  of: { subjectId: string; award: AwardCode; year: number; nominationId?: string },
): NominationRef[] {
  return others.filter(
    (n) =>
      n.subjectId === of.subjectId &&
      n.award === of.award &&
      n.year === of.year &&
      n.nominationId !== of.nominationId,
  );
}
