import {
  allHandlersFinished,
  condition,
  getExternalWorkflowHandle,
  proxyActivities,
  workflowInfo,
  type RetryPolicy,
} from '@temporalio/workflow';
import type { Activities } from '../../activities';
import { acceptRuling } from '../ruling/acceptRuling';
import { vietnamDateOf } from '../../domain/calendar';
import type { SigningAuthority } from '../../domain/delegation';
import type { Actor } from '../../domain/process/roles';
import {
  decisionRulingSignal,
  includedInDecisionSignal,
  nominationWorkflowId,
  type DecisionRuling,
} from '../nomination/messages';
import {
  decisionStatusQuery,
  draftOutcomeUpdate,
  ruleDecisionUpdate,
  type AwardDecisionStart,
  type AwardDecisionStatus,
  type DecisionPhase,
  type DecisionRulingAction,
  type Refusal,
  type StruckNomination,
} from './messages';
import { authorityFor, isRefusal, refuseRulingContent } from './rulingRules';

const RETRY: RetryPolicy = {
  initialInterval: '1 second',
  backoffCoefficient: 2,
  maximumInterval: '1 minute',
};

// The database may be down for a while: keep trying, a signed decision must reach the record.
const { prepareDecisionDraft, recordDecisionStep, signDecision } = proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry: RETRY,
});
// Allocating a number may loop on collisions under heavy concurrent signing.
const { issueDecisionNumber } = proxyActivities<Activities>({
  startToCloseTimeout: '2 minutes',
  heartbeatTimeout: '10 seconds',
  retry: RETRY,
});

const ALREADY_RULED: Refusal = {
  code: 'ALREADY_RULED',
  message: {
    vi: 'Quyết định này đã được xử lý.',
    en: 'This decision has already been ruled on.',
  },
};

const NOT_READY: Refusal = {
  code: 'DECISION_NOT_READY',
  message: {
    vi: 'Dự thảo quyết định chưa sẵn sàng để trình ký.',
    en: 'The draft decision is not ready to be ruled on.',
  },
};

const RESULT_OF = {
  reject: 'rejected',
  return_to_council: 'returned_to_council',
  return_to_secretariat: 'returned_to_secretariat',
} as const;

/**
 * One award decision: the secretariat's draft (one award, many nominations in the annex) →
 * the minister's ruling (approve all, strike some with reasons, reject, return) → signing
 * (number, award records, publication) → every nomination told the outcome.
 */
export async function awardDecisionWorkflow(
  start: AwardDecisionStart,
): Promise<AwardDecisionStatus> {
  let phase: DecisionPhase = 'preparing';
  let refusal: Refusal | undefined;
  let result: AwardDecisionStatus['result'];
  let decision: AwardDecisionStatus['decision'];
  let signatureLines: string[] | undefined;
  let struck: StruckNomination[] = [];
  const unreachable: string[] = [];
  /** Sequence of the decision document's writes; the draft is 1. */
  let seq = 1;
  let kind = start.kind;
  let ruling: { action: DecisionRulingAction; authority: SigningAuthority } | undefined;
  let rulingUpdateId: string | undefined;

  const kept = (): string[] =>
    start.nominationIds.filter((id) => !struck.some((s) => s.nominationId === id));
  const status = (): AwardDecisionStatus => ({
    decisionId: start.decisionId,
    phase,
    result,
    refusal,
    decision,
    signatureLines,
    kept: result === 'signed' || phase === 'awaiting_ruling' ? kept() : [],
    struck,
    unreachable: [...unreachable],
    rulingUpdateId,
  });

  /** Checks who rules and what the ruling says; deterministic (workflow time). */
  function check(action: DecisionRulingAction): Refusal | SigningAuthority {
    if (phase !== 'awaiting_ruling') return phase === 'preparing' ? NOT_READY : ALREADY_RULED;
    if (ruling) return ALREADY_RULED;
    const authority = authorityFor(
      action.actor,
      action.delegation,
      start.awardCode,
      kind!,
      vietnamDateOf(new Date()),
    );
    if (isRefusal(authority)) return authority;
    return refuseRulingContent(start.nominationIds, action) ?? authority;
  }

  acceptRuling(
    {
      statusQuery: decisionStatusQuery,
      readyUpdate: draftOutcomeUpdate,
      ruleUpdate: ruleDecisionUpdate,
    },
    {
      status,
      prepared: () => phase !== 'preparing',
      done: () => phase === 'done',
      check,
      accept: (action, authority, updateId) => {
        ruling = { action, authority };
        rulingUpdateId = updateId;
      },
    },
  );

  const draft = await prepareDecisionDraft({
    ...start,
    workflowId: workflowInfo().workflowId,
    at: new Date().toISOString(),
  });
  if (!draft.ok) {
    refusal = draft.refusal;
    phase = 'refused';
    await condition(allHandlersFinished);
    return status();
  }
  kind = draft.kind;

  const notReached = await signalEach(start.nominationIds, (id) =>
    getExternalWorkflowHandle(nominationWorkflowId(id)).signal(includedInDecisionSignal, {
      decisionId: start.decisionId,
    }),
  );
  if (notReached.length) {
    unreachable.push(...notReached);
    seq += 1;
    await recordDecisionStep({
      decisionId: start.decisionId,
      seq,
      at: new Date().toISOString(),
      action: 'nominations_unreachable',
      actor: start.draftedBy,
      unreachable: notReached,
    });
  }

  // Ready for the minister once every nomination knows it is in the draft (or the miss is recorded).
  phase = 'awaiting_ruling';
  await condition(() => ruling !== undefined);
  const { action, authority } = ruling!;
  phase = 'signing';
  const signer: Actor = action.actor;
  let signals: Array<[string, DecisionRuling]>;

  if (action.outcome === 'approve_all' || action.outcome === 'approve_some') {
    struck = action.outcome === 'approve_some' ? (action.struck ?? []) : [];
    const now = new Date();
    const signedOn = vietnamDateOf(now);
    const issued = await issueDecisionNumber({
      decisionId: start.decisionId,
      signedOn,
      signedAt: now.toISOString(),
      // Above the minister, what is signed is the submission upward: its own series.
      documentType: draft.forwardedUpward ? 'submission' : 'decision',
    });
    seq += 1;
    await signDecision({
      decisionId: start.decisionId,
      seq,
      signedAt: now.toISOString(),
      signedOn,
      issued,
      signer,
      onBehalfOf: authority.onBehalfOf,
      signatureLines: authority.signatureLines,
      kept: kept(),
      struck,
    });
    decision = { ...issued, signedOn };
    signatureLines = authority.signatureLines;
    result = 'signed';
    const common = {
      decisionId: start.decisionId,
      actor: signer,
      onBehalfOf: authority.onBehalfOf,
    };
    signals = [
      ...kept().map((id): [string, DecisionRuling] => [
        id,
        { ...common, outcome: 'signed', decision },
      ]),
      ...struck.map((s): [string, DecisionRuling] => [
        s.nominationId,
        { ...common, outcome: 'struck', reason: s.reason },
      ]),
    ];
  } else {
    result = RESULT_OF[action.outcome];
    seq += 1;
    await recordDecisionStep({
      decisionId: start.decisionId,
      seq,
      at: new Date().toISOString(),
      action: result,
      actor: signer,
      reason: action.reason,
      status: result,
      release: start.nominationIds,
    });
    signals = start.nominationIds.map((id) => [
      id,
      {
        decisionId: start.decisionId,
        outcome: result as DecisionRuling['outcome'],
        actor: signer,
        onBehalfOf: authority.onBehalfOf,
        reason: action.reason,
      },
    ]);
  }

  phase = 'notifying';
  const missed = await signalEach(
    signals.map(([id]) => id),
    (id) =>
      getExternalWorkflowHandle(nominationWorkflowId(id)).signal(
        decisionRulingSignal,
        signals.find(([target]) => target === id)![1],
      ),
  );
  for (const id of missed) if (!unreachable.includes(id)) unreachable.push(id);
  seq += 1;
  await recordDecisionStep({
    decisionId: start.decisionId,
    seq,
    at: new Date().toISOString(),
    action: 'nominations_notified',
    actor: signer,
    unreachable: missed.length ? missed : undefined,
  });
  phase = 'done';
  await condition(allHandlersFinished);
  return status();
}

/**
 * Signals every nomination's workflow; one that cannot be reached (never started, already
 * ended) is returned, not fatal: the decision stands and the miss is on its record.
 */
async function signalEach(
  nominationIds: readonly string[],
  send: (nominationId: string) => Promise<void>,
): Promise<string[]> {
  const outcomes = await Promise.all(
    nominationIds.map((id) =>
      send(id).then(
        () => undefined,
        () => id,
      ),
    ),
  );
  return outcomes.filter((id): id is string => id !== undefined);
}
