import { CancellationScope, condition, setHandler } from '@temporalio/workflow';
import type { Refusal } from '../../domain/messages/refusal';
import {
  refuseNominationAction,
  type NominationAction,
} from '../../domain/process/nominationActions';
import type { FinalStage } from '../../domain/process/stages';
import {
  addedToRoundSignal,
  appraiseUpdate,
  cancelUpdate,
  councilResultSignal,
  decisionRulingSignal,
  escalateUpdate,
  extendDeadlineUpdate,
  externalOutcomeUpdate,
  includedInDecisionSignal,
  objectionUpdate,
  rapporteurOpinionUpdate,
  reassignUpdate,
  remindUpdate,
  resubmitUpdate,
  statusQuery,
  submissionUpdate,
  twinChangedSignal,
  withdrawUpdate,
  type CancelAction,
  type NominationStatus,
  type WithdrawAction,
} from './messages';
import { refuseJoin, refuseRelease, type GroupJoin } from '../../domain/process/nominationJoin';
import {
  addToRoundUpdate,
  includeInDecisionUpdate,
  membershipQuery,
  releaseUpdate,
} from '../../activities/nomination/joinContract';
import { refusalFailure } from '../refusal';
import type { NominationProcess } from './nominationProcess';
import { refuseSupplement, supplementUpdate } from './supplementUpdate';
import type { GroupEvent } from './processEvents';

/** A withdrawal or cancellation: it ends the process wherever it is. */
export interface Termination {
  stage: Extract<FinalStage, 'withdrawn' | 'cancelled'>;
  action: WithdrawAction | CancelAction;
}

/** Refuses synchronously (the caller gets the reason) when the rules say no. */
function refuse(refusal: Refusal | undefined): void {
  if (refusal) throw refusalFailure(refusal);
}

function validate(p: NominationProcess, action: NominationAction): void {
  refuse(refuseNominationAction(p.facts(), action));
}

/**
 * Registers every way the outside world can act on the nomination. Updates are checked
 * by their validator and answered once their effect is recorded; group results arrive
 * as signals. Withdrawal and cancellation cancel `processScope` to end the process.
 */
export function acceptHumanActions(
  p: NominationProcess,
  processScope: () => CancellationScope | undefined,
  onTermination: (termination: Termination) => void,
): void {
  setHandler(statusQuery, () => p.status());

  setHandler(appraiseUpdate, (action) => p.settled(p.enqueue({ type: 'appraise', action })), {
    validator: (action) =>
      validate(p, { ...action, type: 'appraise', reasonCount: action.reasons?.length ?? 0 }),
  });
  setHandler(resubmitUpdate, (action) => p.settled(p.enqueue({ type: 'resubmit', action })), {
    validator: (action) => validate(p, { ...action, type: 'resubmit' }),
  });
  setHandler(objectionUpdate, (action) => p.settled(p.enqueue({ type: 'objection', action })), {
    validator: (action) => validate(p, { ...action, type: 'objection' }),
  });
  setHandler(
    rapporteurOpinionUpdate,
    (action) => p.settled(p.enqueue({ type: 'rapporteurOpinion', action })),
    { validator: (action) => validate(p, { ...action, type: 'rapporteurOpinion' }) },
  );
  setHandler(
    externalOutcomeUpdate,
    (action) => p.settled(p.enqueue({ type: 'externalOutcome', action })),
    { validator: (action) => validate(p, { ...action, type: 'externalOutcome' }) },
  );

  // The secretariat's desk: taken up by whichever wait the process is in.
  setHandler(
    extendDeadlineUpdate,
    (action) => p.settled(p.enqueue({ type: 'extendDeadline', action })),
    { validator: (action) => validate(p, { ...action, type: 'extendDeadline' }) },
  );
  setHandler(reassignUpdate, (action) => p.settled(p.enqueue({ type: 'reassign', action })), {
    validator: (action) =>
      validate(p, { ...action, type: 'reassign', assigneeName: action.assignee?.name ?? '' }),
  });
  setHandler(remindUpdate, (action) => p.settled(p.enqueue({ type: 'remind', action })), {
    validator: (action) => validate(p, { ...action, type: 'remind' }),
  });
  setHandler(escalateUpdate, (action) => p.settled(p.enqueue({ type: 'escalate', action })), {
    validator: (action) => validate(p, { ...action, type: 'escalate', note: action.note ?? '' }),
  });

  const terminate =
    (stage: Termination['stage']) =>
    async (action: WithdrawAction | CancelAction): Promise<NominationStatus> => {
      onTermination({ stage, action });
      processScope()?.cancel();
      return p.settledAt(stage);
    };
  setHandler(withdrawUpdate, terminate('withdrawn'), {
    validator: (action) => validate(p, { ...action, type: 'withdraw' }),
  });
  setHandler(cancelUpdate, terminate('cancelled'), {
    validator: (action) => validate(p, { ...action, type: 'cancel' }),
  });

  setHandler(supplementUpdate, (action) => p.supplement(action), {
    validator: (action) =>
      refuse(
        refuseSupplement(
          { stage: p.stage, unitId: p.start.unitId, resubmitting: p.isQueued('resubmit') },
          action,
        ),
      ),
  });

  // The submission's answer (update-with-start): once step 1 is in the read model.
  setHandler(submissionUpdate, async () => {
    await condition(() => p.recordedSeq >= 1);
    return p.status();
  });

  // A group takes the nomination by asking it; the signal it sends after is then a repeat.
  setHandler(membershipQuery, () => p.membership());
  const checkJoin = (join: GroupJoin): void =>
    refuse(refuseJoin(p.start.nominationId, p.membership(), join));
  setHandler(addToRoundUpdate, (signal) => p.join({ type: 'addedToRound', signal }), {
    validator: checkJoin,
  });
  setHandler(includeInDecisionUpdate, (signal) => p.join({ type: 'includedInDecision', signal }), {
    validator: checkJoin,
  });
  setHandler(releaseUpdate, (group) => p.release(group), {
    validator: (group) => refuse(refuseRelease(p.start.nominationId, p.membership(), group)),
  });
  const groupSignal = (event: GroupEvent): void => {
    if (!p.isMember(event)) p.enqueue(event);
  };
  setHandler(addedToRoundSignal, (signal) => groupSignal({ type: 'addedToRound', signal }));
  setHandler(councilResultSignal, (signal) => void p.enqueue({ type: 'councilResult', signal }));
  setHandler(includedInDecisionSignal, (signal) =>
    groupSignal({ type: 'includedInDecision', signal }),
  );
  setHandler(decisionRulingSignal, (signal) => void p.enqueue({ type: 'decisionRuling', signal }));
  setHandler(twinChangedSignal, (signal) => void p.enqueue({ type: 'twinChanged', signal }));
}
