import {
  ApplicationFailure,
  allHandlersFinished,
  condition,
  proxyActivities,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import type { Actor } from '../../domain/process/roles';
import {
  STAGE_HOLDER,
  isFinalStage,
  type Stage,
  type WaitingStage,
} from '../../domain/process/stages';
import { refuseStepDecision, type StepDecision } from '../../domain/process/stepDecision';
import type { IssuedDecision } from '../../domain/process/issuedDecision';
import type { Activities } from '../../activities';
import { vietnamDateOf } from '../../domain/calendar';
import {
  appraisalUpdate,
  councilReviewUpdate,
  ministerDecisionUpdate,
  statusQuery,
  type NominationStart,
  type NominationStatus,
} from './messages';
import { holderRoleKey, stageKey } from './searchAttributes';

const { recordTransition, issueDecisionNumber } = proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  // The database may be down for a while; keep trying, the dossier must not be lost.
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

/**
 * One nominee for one award in one year:
 * unit submits → secretariat appraises → council reviews → minister decides.
 * A rejection at any step ends the path with its reason.
 */
export async function nominationWorkflow(start: NominationStart): Promise<NominationStatus> {
  // Being started is being submitted: the dossier is with the secretariat from now on.
  let stage: Stage = 'appraisal';
  let seq = 0;
  /** The last seq written to the read model; human actions answer only after it. */
  let recordedSeq = 0;
  let decision: IssuedDecision | undefined = undefined;
  const decisions = new Map<WaitingStage, StepDecision>();
  const status = (): NominationStatus => ({
    nominationId: start.nominationId,
    stage,
    seq,
    decision,
  });

  async function moveTo(
    next: Stage,
    action: string,
    actor: Actor,
    reason?: string,
    issued?: IssuedDecision,
  ): Promise<void> {
    // The process moves at once; the read model follows and replies wait for it.
    stage = next;
    seq += 1;
    await recordTransition({
      nominationId: start.nominationId,
      seq,
      stage: next,
      action,
      actor,
      reason,
      at: new Date().toISOString(),
      decision: issued && { ...issued, signedBy: actor },
    });
    recordedSeq = seq;
    upsertSearchAttributes([
      { key: stageKey, value: next },
      {
        key: holderRoleKey,
        value: isFinalStage(next) ? null : STAGE_HOLDER[next as WaitingStage][0],
      },
    ]);
  }

  /** Registers the human action for `step`; the caller gets the state after it is recorded. */
  function acceptDecisionAt(step: WaitingStage, update: typeof appraisalUpdate): void {
    setHandler(
      update,
      async (made) => {
        // Two different requests can both pass validation before either is applied.
        if (decisions.has(step) || stage !== step) {
          throw ApplicationFailure.create({ type: 'ALREADY_DECIDED', nonRetryable: true });
        }
        decisions.set(step, made);
        await condition(() => stage !== step && recordedSeq === seq);
        return status();
      },
      {
        validator: (made) => {
          const refusal = refuseStepDecision(stage, step, made);
          if (refusal) {
            throw ApplicationFailure.create({
              type: refusal.code,
              message: refusal.message.en,
              details: [refusal],
              nonRetryable: true,
            });
          }
        },
      },
    );
  }

  async function decisionAt(step: WaitingStage): Promise<StepDecision> {
    await condition(() => decisions.has(step));
    return decisions.get(step)!;
  }

  async function finish(): Promise<NominationStatus> {
    await condition(allHandlersFinished);
    return status();
  }

  setHandler(statusQuery, status);
  acceptDecisionAt('appraisal', appraisalUpdate);
  acceptDecisionAt('council_review', councilReviewUpdate);
  acceptDecisionAt('minister_decision', ministerDecisionUpdate);

  await moveTo('appraisal', 'submitted', start.submittedBy);

  const appraisal = await decisionAt('appraisal');
  if (appraisal.outcome === 'reject') {
    await moveTo('rejected', 'appraisal_rejected', appraisal.actor, appraisal.reason);
    return finish();
  }
  await moveTo('council_review', 'appraisal_accepted', appraisal.actor, appraisal.reason);

  const review = await decisionAt('council_review');
  if (review.outcome === 'reject') {
    await moveTo('rejected', 'council_rejected', review.actor, review.reason);
    return finish();
  }
  await moveTo('minister_decision', 'council_approved', review.actor, review.reason);

  const ruling = await decisionAt('minister_decision');
  if (ruling.outcome === 'reject') {
    await moveTo('rejected', 'minister_rejected', ruling.actor, ruling.reason);
    return finish();
  }
  const now = new Date();
  decision = await issueDecisionNumber({
    decisionId: workflowInfo().workflowId,
    signedOn: vietnamDateOf(now),
    signedAt: now.toISOString(),
  });
  await moveTo('approved', 'minister_approved', ruling.actor, ruling.reason, decision);
  return finish();
}
