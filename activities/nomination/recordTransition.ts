import { ApplicationFailure } from '@temporalio/common';
import { deskKey } from '../../data/desk/deskKey';
import { NominationModel } from '../../data/nomination/nominationModel';
import { countStep, type NominationToCount } from '../../data/statistics/countStep';
import { stepPositions } from '../../data/statistics/pipelinePosition';
import { outcomeOf, type StatisticsEntry } from '../../data/statistics/statisticsEntry';
import { applyToSummary } from '../../data/statistics/statisticsSummaryModel';
import type { Stage } from '../../domain/process/stages';
import type { RecordedStep, SubmissionWrite, Transition } from './transition';

/**
 * Applies one transition to the nomination's read model: stage, holder and deadline,
 * timeline entry, the outcome the statistics count and, when signed, the decision (and later
 * the higher authority's), in one conditional single-document update; a step after a
 * (re)submission writes what was submitted in it too, and one after the automatic checks
 * their result (`submission`, `checks`). The `lastSeq` guard makes a retry (or a replayed
 * duplicate) change nothing. Then, on every attempt while it is the nomination's last step,
 * the statistics summary counts it (`countStep`: its entry where the step changes what the
 * nomination counts as, its pipeline position where the step moves it; each increment
 * applied once). The stage-change notice is an activity of its own, which the workflow runs
 * with what this returns.
 */
export async function recordTransition(transition: Transition): Promise<RecordedStep> {
  const at = new Date(transition.at);
  const { holder, facts, decision, submission, checks } = transition;
  const entry = submission?.statistics;
  const before = await NominationModel.findOneAndUpdate(
    { _id: transition.nominationId, lastSeq: { $lt: transition.seq } },
    {
      $set: {
        stage: transition.stage,
        lastSeq: transition.seq,
        overdue: false,
        // What the statistics count it as: a step changes the outcome (countStep, the rest),
        // a submission that changes the rest brings its whole entry.
        ...(entry
          ? { statistics: { seq: transition.seq, ...counting(entry, transition.stage) } }
          : { 'statistics.counted.outcome': outcomeOf(transition.stage) }),
        ...(submission?.first && submission.first),
        ...(checks && { checks: { ...checks, ranAt: at } }),
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
        ...(submission && {
          submissions: { version: submission.version, at, content: submission.content },
        }),
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
    const positions = stepPositions(
      nomination.history,
      transition.facts?.receivedOn ?? nomination.receivedOn,
      previousStage,
      { seq: transition.seq, stage: transition.stage, at },
    );
    if (entry) {
      // Written whole by the step's own update: the summary takes it, once per document.
      const { counted, previous } = counting(entry, transition.stage);
      await applyToSummary(
        transition.nominationId,
        `${transition.nominationId}:${transition.seq}`,
        previous,
        counted,
        positions,
      );
    } else {
      await countStep(
        nomination as unknown as NominationToCount,
        transition.seq,
        transition.stage,
        positions,
        before ? undefined : previousStage,
      );
    }
  }
  const number = submission?.first?.number ?? nomination.number;
  return {
    unitId: nomination.unitId,
    nominee: { name: nomination.nominee.name },
    awardCode: nomination.awardCode,
    year: nomination.year,
    ...(number && { number }),
    previousStage,
  };
}

/** A submission's entry at the step's stage, and the one counted before it. */
function counting(
  entry: NonNullable<SubmissionWrite['statistics']>,
  stage: Stage,
): { counted: StatisticsEntry; previous?: StatisticsEntry } {
  return {
    counted: { ...entry.counted, outcome: outcomeOf(stage) },
    ...(entry.previous && { previous: entry.previous }),
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
