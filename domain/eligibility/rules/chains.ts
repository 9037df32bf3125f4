import type { AwardCode } from '../../catalogue/awardCodes';
import type { EligibilityContext } from '../context';
import type { NomineeHistory } from '../history';

/** Is the subject nominated for `award` in `year` elsewhere in this round (result pending)? */
export function pendingNomination(
  history: NomineeHistory,
  award: AwardCode,
  year: number,
  context: EligibilityContext,
): boolean {
  return (context.otherNominations ?? []).some(
    (n) =>
      n.subjectId === history.person.id &&
      n.award === award &&
      n.year === year &&
      n.nominationId !== context.nominationId,
  );
}
