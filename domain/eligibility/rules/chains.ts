import type { AwardCode } from '../../catalogue/awardCodes';
import type { EligibilityContext } from '../context';
import type { NomineeHistory } from '../history';
import { unrecordedYears } from '../personFacts';
import { yearSpan } from './outcome';

/** Is the subject nominated for `award` in `year` elsewhere in this round (result pending)? */
function pendingNomination(
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

/**
 * Where a chain of titles ending in `year` stands, once earlier use of its years is ruled
 * out: complete; short only of this year's title, nominated in this round (decided with it);
 * short only of years the history records nothing about (a person must look); or broken.
 * CSTĐBO's chain (Law 06/2022/QH15, Art. 22; cstdbo.ts) and the Minister's Certificate's
 * chain path (bkbo.ts) read a chain this same way; each words and cites its own outcome.
 */
type ChainState = 'complete' | 'pending_this_round' | 'unrecorded' | 'broken';

export function chainState(
  history: NomineeHistory,
  award: AwardCode,
  missing: readonly number[],
  year: number,
  context: EligibilityContext,
): ChainState {
  if (missing.length === 0) return 'complete';
  if (
    missing.length === 1 &&
    missing[0] === year &&
    pendingNomination(history, award, year, context)
  ) {
    return 'pending_this_round';
  }
  if (unrecordedYears(history, missing).length === missing.length) return 'unrecorded';
  return 'broken';
}

/** "n consecutive CSTĐCS titles (from–to)", the words of a complete chain. */
export const cstdcsChainText = (n: number, from: number, year: number) => ({
  vi: `${n} lần liên tục Chiến sĩ thi đua cơ sở (${yearSpan(from, year)})`,
  en: `${n} consecutive Grassroots Fighter titles (${yearSpan(from, year)})`,
});
