import { getExternalWorkflowHandle, proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { Activities } from '../../activities';
import { vietnamDateOf } from '../../domain/calendar';
import { rulingRefusal } from '../../domain/messages/ruling';
import type { Actor } from '../../domain/process/roles';
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

type Draft = Extract<Awaited<ReturnType<typeof prepareDecisionDraft>>, { ok: true }>;

/**
 * One award decision: the secretariat's draft (one award, many nominations in the annex) →
 * the minister's ruling (approve all, strike some with reasons, reject, return) → signing
 * (number, award records, publication) → every nomination told the outcome.
 */
export async function awardDecisionWorkflow(
  start: AwardDecisionStart,
): Promise<AwardDecisionStatus> {
  const progress: RulingProgress<DecisionPhase> = { phase: 'preparing' };
  let result: AwardDecisionStatus['result'];
  let decision: AwardDecisionStatus['decision'];
  let signatureLines: string[] | undefined;
  let struck: StruckNomination[] = [];
  const unreachable: string[] = [];
  /** Sequence of the decision document's writes; the draft is 1. */
  let seq = 1;

  const kept = (): string[] =>
    start.nominationIds.filter((id) => !struck.some((s) => s.nominationId === id));
  const status = (): AwardDecisionStatus => ({
    decisionId: start.decisionId,
    phase: progress.phase,
    result,
    refusal: progress.refusal,
    decision,
    signatureLines,
    kept: result === 'signed' || progress.phase === 'awaiting_ruling' ? kept() : [],
    struck,
    unreachable: [...unreachable],
    rulingUpdateId: progress.rulingUpdateId,
  });
  const recordStep = (step: Omit<Parameters<typeof recordDecisionStep>[0], 'decisionId' | 'seq'>) =>
    recordDecisionStep({ decisionId: start.decisionId, seq: ++seq, ...step });

  /** Every nomination learns it is in the draft (or the miss is recorded) before the ruling. */
  async function tellNominations(): Promise<void> {
    const notReached = await signalEach(start.nominationIds, (id) =>
      getExternalWorkflowHandle(nominationWorkflowId(id)).signal(includedInDecisionSignal, {
        decisionId: start.decisionId,
      }),
    );
    if (notReached.length) {
      unreachable.push(...notReached);
      await recordStep({
        at: new Date().toISOString(),
        action: 'nominations_unreachable',
        actor: start.draftedBy,
        unreachable: notReached,
      });
    }
  }

  /** Signs (number, records) or records the refusal, then tells every nomination. */
  async function carryOut(draft: Draft, { action, authority }: Ruling<DecisionRulingAction>) {
    progress.phase = 'signing';
    const signer: Actor = action.actor;
    const common = {
      decisionId: start.decisionId,
      actor: signer,
      onBehalfOf: authority.onBehalfOf,
    };
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
      const signed = decision;
      signals = [
        ...kept().map((id): [string, DecisionRuling] => [
          id,
          { ...common, outcome: 'signed', decision: signed },
        ]),
        ...struck.map((s): [string, DecisionRuling] => [
          s.nominationId,
          { ...common, outcome: 'struck', reason: s.reason },
        ]),
      ];
    } else {
      const ruled = RESULT_OF[action.outcome];
      result = ruled;
      await recordStep({
        at: new Date().toISOString(),
        action: ruled,
        actor: signer,
        reason: action.reason,
        status: ruled,
        release: start.nominationIds,
      });
      signals = start.nominationIds.map((id) => [
        id,
        {
          decisionId: start.decisionId,
          outcome: ruled,
          actor: signer,
          onBehalfOf: authority.onBehalfOf,
          reason: action.reason,
        },
      ]);
    }

    progress.phase = 'notifying';
    const missed = await signalEach(
      signals.map(([id]) => id),
      (id) =>
        getExternalWorkflowHandle(nominationWorkflowId(id)).signal(
          decisionRulingSignal,
          signals.find(([target]) => target === id)![1],
        ),
    );
    for (const id of missed) if (!unreachable.includes(id)) unreachable.push(id);
    await recordStep({
      at: new Date().toISOString(),
      action: 'nominations_notified',
      actor: signer,
      unreachable: missed.length ? missed : undefined,
    });
  }

  return ruleOnRequest({
    messages: {
      statusQuery: decisionStatusQuery,
      readyUpdate: draftOutcomeUpdate,
      ruleUpdate: ruleDecisionUpdate,
    },
    progress,
    status,
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
    beforeRuling: tellNominations,
    checkContent: (action) => refuseRulingContent(start.nominationIds, action),
    apply: carryOut,
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
