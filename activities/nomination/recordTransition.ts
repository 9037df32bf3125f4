import { ApplicationFailure } from '@temporalio/common';
import { deskKey } from '../../data/desk/deskKey';
import { NominationModel } from '../../data/nomination/nominationModel';
import { countStep, type NominationToCount } from '../../data/statistics/countStep';
import { stepPositions } from '../../data/statistics/pipelinePosition';
import { outcomeOf } from '../../data/statistics/statisticsEntry';
import type { Stage } from '../../domain/process/stages';
import type { RecordedStep, Transition } from './transition';

/**
 * Applies one transition to the nomination's read model: stage, holder and deadline,
 * timeline entry, the outcome the statistics count and, when signed, the decision (and later
 * the higher authority's), in one conditional single-document update. The `lastSeq` guard makes a retry (or a replayed
 * duplicate) change nothing. Then, on every attempt while it is the nomination's last step,
 * the statistics summary counts it (`countStep`: its entry where the step changes what the
 * nomination counts as, its pipeline position where the step moves it; each increment
 * applied once). The stage-change notice is an activity of its own, which the workflow runs
 * with what this returns.
 */
export async function recordTransition(transition: Transition): Promise<RecordedStep> {
  const at = new Date(transition.at);
  const { holder, facts, decision } = transition;
  const before = await NominationModel.findOneAndUpdate(
    { _id: transition.nominationId, lastSeq: { $lt: transition.seq } },
    {
      $set: {
        stage: transition.stage,
        lastSeq: transition.seq,
        overdue: false,
        // What the statistics count it as: a step changes the outcome (countStep, the rest).
        'statistics.counted.outcome': outcomeOf(transition.stage),
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
    { returnDocument: 'before' },
  ).lean();
  // A retry (or a late duplicate) reads what the step left.
  const nomination = before ?? (await NominationModel.findById(transition.nominationId).lean());
  if (!nomination) {
    throw ApplicationFailure.nonRetryable(
      `Nomination ${transition.nominationId} is not in the database`,
      'NOMINATION_NOT_FOUND',
    );
  }
  const previousStage = before ? before.stage : stageBefore(nomination.history, transition.seq);
  // A later step recorded means this one's attempts are over, and so was its counting.
  if (before || nomination.lastSeq === transition.seq) {
    await countStep(
      nomination as unknown as NominationToCount,
      transition.seq,
      transition.stage,
      stepPositions(
        nomination.history,
        transition.facts?.receivedOn ?? nomination.receivedOn,
        previousStage,
        { seq: transition.seq, stage: transition.stage, at },
      ),
      before ? undefined : previousStage,
    );
  }
  return {
    unitId: nomination.unitId,
    nominee: { name: nomination.nominee.name },
    awardCode: nomination.awardCode,
    year: nomination.year,
    ...(nomination.number && { number: nomination.number }),
    previousStage,
  };
}

/** The stage a timeline shows before step `seq` ('draft' before the first). */
function stageBefore(history: readonly { seq: number; stage: Stage }[], seq: number): Stage {
  return history
    .filter((entry) => entry.seq < seq)
    .reduce<{
      seq: number;
      stage: Stage;
    }>((latest, entry) => (entry.seq > latest.seq ? entry : latest), { seq: -1, stage: 'draft' })
    .stage;
}
