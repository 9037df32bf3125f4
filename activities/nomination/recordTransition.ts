import { ApplicationFailure } from '@temporalio/common';
import { deskKey } from '../../data/desk/deskKey';
import { NominationModel } from '../../data/nomination/nominationModel';
import { countStep, type NominationToCount } from '../../data/statistics/countStep';
import { notifyStageChange } from '../notification/notifyStageChange';
import type { Transition } from './transition';

/**
 * Applies one transition to the nomination's read model: stage, holder and deadline,
 * timeline entry and, when signed, the decision (and later the higher authority's), in one
 * conditional single-document update. The `lastSeq` guard makes a retry (or a replayed
 * duplicate) change nothing. The statistics summary then counts the step (`countStep`:
 * nothing to do unless the step changes what the nomination counts as).
 */
export async function recordTransition(transition: Transition): Promise<void> {
  const at = new Date(transition.at);
  const { holder, facts, decision } = transition;
  const result = await NominationModel.updateOne(
    { _id: transition.nominationId, lastSeq: { $lt: transition.seq } },
    {
      $set: {
        stage: transition.stage,
        lastSeq: transition.seq,
        overdue: false,
        ...(holder && {
          holderRole: holder.role,
          deskKey: deskKey(transition.nominationId, transition.stage, holder.dueOn, at),
          ...(holder.dueAt && { dueAt: new Date(holder.dueAt), dueOn: holder.dueOn }),
        }),
        ...facts,
        ...(decision && {
          decision: {
            number: decision.number,
            documentType: decision.documentType,
            sequence: decision.sequence,
            signedOn: decision.signedOn,
            // When the minister signed, not when a later step was entered.
            signedAt: decision.signedAt ? new Date(decision.signedAt) : at,
            signedBy: decision.signedBy,
          },
        }),
        ...(transition.externalDecision && {
          externalDecision: { ...transition.externalDecision, recordedAt: at },
        }),
      },
      ...(!holder?.dueAt && {
        $unset: { dueAt: 1, dueOn: 1, ...(!holder && { holderRole: 1, deskKey: 1 }) },
      }),
      $push: {
        history: {
          seq: transition.seq,
          at,
          action: transition.action,
          stage: transition.stage,
          actor: transition.actor,
          reason: transition.reason,
          reasons: transition.reasons,
          detail: transition.detail,
        },
      },
    },
  );
  // On every attempt, so that a retry after a crash still tells the unit (keyed by seq: once)
  // and counts the step in the statistics (each increment applied once).
  const nomination = await NominationModel.findById(transition.nominationId, {
    unitId: 1,
    nominee: 1,
    awardCode: 1,
    kind: 1,
    year: 1,
    number: 1,
    lastSeq: 1,
    statistics: 1,
    'history.seq': 1,
    'history.stage': 1,
  }).lean();
  if (nomination) await notifyStageChange(transition, nomination);
  // A later step recorded means this one's attempts are over, and so was its counting.
  if (nomination?.lastSeq === transition.seq) {
    await countStep(nomination as unknown as NominationToCount, transition.seq, transition.stage);
  }
  if (result.matchedCount === 1) return;
  if (!nomination) {
    throw ApplicationFailure.nonRetryable(
      `Nomination ${transition.nominationId} is not in the database`,
      'NOMINATION_NOT_FOUND',
    );
  }
  // Otherwise lastSeq >= seq: this transition was already recorded.
}
