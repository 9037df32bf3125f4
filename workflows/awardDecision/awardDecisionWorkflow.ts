import {
  getExternalWorkflowHandle,
  patched,
  proxyActivities,
  workflowInfo,
} from '@temporalio/workflow';
import type { Activities } from '../../activities';
import type { DecisionStep } from '../../activities/awardDecision/recordDecisionStep';
import { vietnamDateOf } from '../../domain/calendar';
import { rulingRefusal } from '../../domain/messages/ruling';
import { refuseRulingContent } from '../../domain/ruling/rulingRules';
import { DATABASE_STEP, NUMBER_ALLOCATION } from '../activityOptions';
import {
  decisionRulingSignal,
  includedInDecisionSignal,
  nominationWorkflowId,
  type DecisionRuling,
} from '../nomination/messages';
import { ruleOnRequest, type Ruling, type RulingProgress } from '../ruling/ruleOnRequest';
import {
  decisionStatusQuery,
  draftOutcomeUpdate,
  ruleDecisionUpdate,
  type AwardDecisionStart,
  type AwardDecisionStatus,
  type DecisionPhase,
  type DecisionRulingAction,
  type StruckNomination,
} from './messages';

// The database may be down for a while: keep trying, a signed decision must reach the record.
const { prepareDecisionDraft, recordDecisionStep, signDecision } =
  proxyActivities<Activities>(DATABASE_STEP);
const { issueDecisionNumber } = proxyActivities<Activities>(NUMBER_ALLOCATION);

const RESULT_OF = {
  reject: 'rejected',
  return_to_council: 'returned_to_council',
  return_to_secretariat: 'returned_to_secretariat',
} as const;

/**
 * Guards dropping the `includedInDecision` signal: the draft's activity takes each nomination
 * by update now (one without a workflow refuses the draft); histories from before keep sending it.
 */
const JOINED_BY_UPDATE_PATCH = 'decision-joins-nominations-by-update';

type Draft = Extract<Awaited<ReturnType<typeof prepareDecisionDraft>>, { ok: true }>;
type DecisionRulingOf = Ruling<DecisionRulingAction>;

/** One decision in the making: what its status shows and the sequence of its document. */
interface Decision {
  readonly start: AwardDecisionStart;
  readonly progress: RulingProgress<DecisionPhase>;
  result?: AwardDecisionStatus['result'];
  decision?: AwardDecisionStatus['decision'];
  signatureLines?: string[];
  struck: StruckNomination[];
  readonly unreachable: string[];
  /** Sequence of the decision document's writes; the draft is 1. */
  seq: number;
}

/**
 * One award decision: the secretariat's draft (one award, many nominations in the annex) →
 * the minister's ruling (approve all, strike some with reasons, reject, return) → signing
 * (number, award records, publication) → every nomination told the outcome.
 */
export async function awardDecisionWorkflow(
  start: AwardDecisionStart,
): Promise<AwardDecisionStatus> {
  const d: Decision = {
    start,
    progress: { phase: 'preparing' },
    struck: [],
    unreachable: [],
    seq: 1,
  };
  return ruleOnRequest({
    messages: {
      statusQuery: decisionStatusQuery,
      readyUpdate: draftOutcomeUpdate,
      ruleUpdate: ruleDecisionUpdate,
    },
    progress: d.progress,
    status: () => statusOf(d),
    refusals: {
      notReady: rulingRefusal('decisionNotReady'),
      alreadyRuled: rulingRefusal('decisionAlreadyRuled'),
    },
    prepare: () =>
      prepareDecisionDraft({
        ...start,
        workflowId: workflowInfo().workflowId,
        at: new Date().toISOString(),
      }),
    awardOf: (draft) => ({ awardCode: start.awardCode, kind: draft.kind }),
    beforeRuling: (draft) => tellNominations(d, draft),
    checkContent: (action) => refuseRulingContent(start.nominationIds, action),
    apply: async (draft, ruling) => {
      d.progress.phase = 'signing';
      const signals =
        ruling.action.outcome === 'approve_all' || ruling.action.outcome === 'approve_some'
          ? await sign(d, draft, ruling)
          : await refuseToSign(d, ruling);
      d.progress.phase = 'notifying';
      await notifyNominations(d, ruling, signals);
    },
  });
}

function kept(d: Decision): string[] {
  return d.start.nominationIds.filter((id) => !d.struck.some((s) => s.nominationId === id));
}

function statusOf(d: Decision): AwardDecisionStatus {
  const { phase } = d.progress;
  return {
    decisionId: d.start.decisionId,
    phase,
    result: d.result,
    refusal: d.progress.refusal,
    decision: d.decision,
    signatureLines: d.signatureLines,
    kept: d.result === 'signed' || phase === 'awaiting_ruling' ? kept(d) : [],
    struck: d.struck,
    unreachable: [...d.unreachable],
    rulingUpdateId: d.progress.rulingUpdateId,
  };
}

function recordStep(d: Decision, step: Omit<DecisionStep, 'decisionId' | 'seq'>): Promise<void> {
  d.seq += 1;
  return recordDecisionStep({ decisionId: d.start.decisionId, seq: d.seq, ...step });
}

/** Every nomination knows it is in the draft (or the miss is recorded) before the ruling. */
async function tellNominations(d: Decision, draft: Draft): Promise<void> {
  const notReached = patched(JOINED_BY_UPDATE_PATCH)
    ? (draft.unreachable ?? [])
    : await signalEach(d.start.nominationIds, (id) =>
        getExternalWorkflowHandle(nominationWorkflowId(id)).signal(includedInDecisionSignal, {
          decisionId: d.start.decisionId,
        }),
      );
  if (notReached.length) {
    d.unreachable.push(...notReached);
    await recordStep(d, {
      at: new Date().toISOString(),
      action: 'nominations_unreachable',
      actor: d.start.draftedBy,
      unreachable: notReached,
    });
  }
}

/** Approve all or some: a number, the signature, the award records; what each nomination hears. */
async function sign(
  d: Decision,
  draft: Draft,
  { action, authority }: DecisionRulingOf,
): Promise<Array<[string, DecisionRuling]>> {
  const { start } = d;
  d.struck = action.outcome === 'approve_some' ? (action.struck ?? []) : [];
  const now = new Date();
  const signedOn = vietnamDateOf(now);
  const issued = await issueDecisionNumber({
    decisionId: start.decisionId,
    signedOn,
    signedAt: now.toISOString(),
    // Above the minister, what is signed is the submission upward: its own series.
    documentType: draft.forwardedUpward ? 'submission' : 'decision',
  });
  d.seq += 1;
  await signDecision({
    decisionId: start.decisionId,
    seq: d.seq,
    signedAt: now.toISOString(),
    signedOn,
    issued,
    signer: action.actor,
    onBehalfOf: authority.onBehalfOf,
    signatureLines: authority.signatureLines,
    kept: kept(d),
    struck: d.struck,
  });
  const decision = { ...issued, signedOn };
  d.decision = decision;
  d.signatureLines = authority.signatureLines;
  d.result = 'signed';
  const common = {
    decisionId: start.decisionId,
    actor: action.actor,
    onBehalfOf: authority.onBehalfOf,
  };
  return [
    ...kept(d).map((id): [string, DecisionRuling] => [
      id,
      { ...common, outcome: 'signed', decision },
    ]),
    ...d.struck.map((s): [string, DecisionRuling] => [
      s.nominationId,
      { ...common, outcome: 'struck', reason: s.reason },
    ]),
  ];
}

/** Reject or return: the step recorded, every nomination released with the reason. */
async function refuseToSign(
  d: Decision,
  { action, authority }: DecisionRulingOf,
): Promise<Array<[string, DecisionRuling]>> {
  const outcome = action.outcome as keyof typeof RESULT_OF;
  const result = RESULT_OF[outcome];
  d.result = result;
  await recordStep(d, {
    at: new Date().toISOString(),
    action: result,
    actor: action.actor,
    reason: action.reason,
    status: result,
    release: d.start.nominationIds,
  });
  return d.start.nominationIds.map((id) => [
    id,
    {
      decisionId: d.start.decisionId,
      outcome: result,
      actor: action.actor,
      onBehalfOf: authority.onBehalfOf,
      reason: action.reason,
    },
  ]);
}

async function notifyNominations(
  d: Decision,
  { action }: DecisionRulingOf,
  signals: Array<[string, DecisionRuling]>,
): Promise<void> {
  const missed = await signalEach(
    signals.map(([id]) => id),
    (id) =>
      getExternalWorkflowHandle(nominationWorkflowId(id)).signal(
        decisionRulingSignal,
        signals.find(([target]) => target === id)![1],
      ),
  );
  for (const id of missed) if (!d.unreachable.includes(id)) d.unreachable.push(id);
  await recordStep(d, {
    at: new Date().toISOString(),
    action: 'nominations_notified',
    actor: action.actor,
    unreachable: missed.length ? missed : undefined,
  });
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
