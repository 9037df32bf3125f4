import { ApplicationFailure } from '@temporalio/common';
import { CouncilRoundModel } from '../../data/councilRound/councilRoundModel';
import type { RoundState } from '../../domain/council/round';

/**
 * Writes the round's state to its read model in one conditional single-document update
 * guarded by `version`: a retry, a replay or an older write arriving late changes nothing.
 */
export async function recordCouncilRound(state: RoundState): Promise<void> {
  const { roundId, version, ...fields } = state;
  const result = await CouncilRoundModel.updateOne(
    { _id: roundId, version: { $lt: version } },
    { $set: { ...fields, version } },
  );
  if (result.matchedCount === 1) return;
  if (!(await CouncilRoundModel.exists({ _id: roundId }))) {
    throw ApplicationFailure.nonRetryable(
      `Council round ${roundId} is not in the database`,
      'ROUND_NOT_FOUND',
    );
  }
}
