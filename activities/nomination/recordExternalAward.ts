import { ApplicationFailure } from '@temporalio/common';
import type { Decider } from '../../domain/catalogue/awardDefinition';
import type { ExternalDecisionInput } from '../../domain/process/externalDecision';
import { recordGrantedAwards } from '../../data/history/grantedAwards';
import { NominationModel } from '../../data/nomination/nominationModel';

export interface RecordExternalAwardRequest {
  nominationId: string;
  /** The Prime Minister's or the President's decision granting the award. */
  decision: Pick<ExternalDecisionInput, 'number' | 'decidedOn'> & { issuer: Decider };
}

/**
 * Records an award the higher authority granted on the ministry's submission in the nominee's
 * history, as signing does for the minister's awards: the award record (`nomination:<id>`,
 * state level, the higher authority's decision number and date) and the initiatives it used
 * up. Idempotent, so a retry records it once.
 */
export async function recordExternalAward(request: RecordExternalAwardRequest): Promise<void> {
  const nomination = await NominationModel.findById(request.nominationId, {
    nominee: 1,
    awardCode: 1,
    kind: 1,
    year: 1,
    unitId: 1,
  }).lean();
  if (!nomination) {
    throw ApplicationFailure.nonRetryable(
      `Nomination ${request.nominationId} is not in the database`,
      'NOMINATION_NOT_FOUND',
    );
  }
  const { nominee } = nomination;
  await recordGrantedAwards(
    {
      awardCode: nomination.awardCode,
      year: nomination.year,
      basis: nomination.kind,
      issuer: request.decision.issuer,
      number: request.decision.number,
      date: request.decision.decidedOn,
    },
    [
      {
        nominationId: nomination._id,
        nomineeKind: nominee.kind,
        subjectId: nominee.personId ?? nominee.collectiveId,
        unitId: nomination.unitId,
      },
    ],
  );
}
