import { proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { Activities } from '../../activities';
import type { Transition } from '../../activities/nomination/transition';
import { vietnamDateOf } from '../../domain/calendar';
import type { AwardCode } from '../../domain/catalogue/awardCodes';
import type { CommendationKind } from '../../domain/catalogue/awardDefinition';
import { revokedStepReason, rulingRefusal } from '../../domain/messages/ruling';
import { DATABASE_STEP, NUMBER_ALLOCATION } from '../activityOptions';
import { announceStep } from '../nomination/notices';
import { ruleOnRequest, type Ruling, type RulingProgress } from '../ruling/ruleOnRequest';
import {
  revocationReadyUpdate,
  revocationStatusQuery,
  ruleRevocationUpdate,
  type RevocationRulingAction,
  type RevocationStart,
  type RevocationStatus,
} from './messages';

const { prepareRevocation, applyRevocation, rejectRevocation, recordTransition } =
  proxyActivities<Activities>(DATABASE_STEP);
const { issueDecisionNumber } = proxyActivities<Activities>(NUMBER_ALLOCATION);

type Prepared = Extract<Awaited<ReturnType<typeof prepareRevocation>>, { ok: true }>;

/** One revocation in the making: what its status shows. */
interface Revocation {
  readonly start: RevocationStart;
  readonly progress: RulingProgress<RevocationStatus['phase']>;
  result?: RevocationStatus['result'];
  decision?: RevocationStatus['decision'];
  signatureLines?: string[];
}

/**
 * Revoking a granted award (Law 06/2022/QH15, Art. 93(2)): the secretariat's request with its
 * ground and reason → the minister's (or a covered deputy's) ruling → a numbered revoking
 * decision, the award record marked revoked, the nomination moved to 'revoked'. The
 * nomination's own workflow has ended, so this one writes its read model, with the next seq.
 */
export async function revocationWorkflow(start: RevocationStart): Promise<RevocationStatus> {
  const r: Revocation = { start, progress: { phase: 'preparing' } };
  return ruleOnRequest({
    messages: {
      statusQuery: revocationStatusQuery,
      readyUpdate: revocationReadyUpdate,
      ruleUpdate: ruleRevocationUpdate,
    },
    progress: r.progress,
    status: () => statusOf(r),
    refusals: {
      notReady: rulingRefusal('revocationNotReady'),
      alreadyRuled: rulingRefusal('revocationAlreadyRuled'),
    },
    prepare: () =>
      prepareRevocation({
        ...start,
        workflowId: workflowInfo().workflowId,
        at: new Date().toISOString(),
      }),
    awardOf: (prepared) => ({
      awardCode: prepared.awardCode as AwardCode,
      kind: prepared.kind as CommendationKind,
    }),
    checkContent: (action) =>
      action.outcome === 'reject' && !action.reason?.trim()
        ? rulingRefusal('reasonRequired')
        : undefined,
    apply: (prepared, ruling) => carryOut(r, prepared, ruling),
  });
}

function statusOf(r: Revocation): RevocationStatus {
  return {
    revocationId: r.start.revocationId,
    nominationId: r.start.nominationId,
    phase: r.progress.phase,
    result: r.result,
    refusal: r.progress.refusal,
    decision: r.decision,
    signatureLines: r.signatureLines,
    rulingUpdateId: r.progress.rulingUpdateId,
  };
}

/** Rejects the request, or signs the revoking decision and moves the nomination. */
async function carryOut(
  r: Revocation,
  prepared: Prepared,
  { action, authority }: Ruling<RevocationRulingAction>,
): Promise<void> {
  const { start } = r;
  r.progress.phase = 'applying';
  const now = new Date();
  if (action.outcome === 'reject') {
    await rejectRevocation({
      revocationId: start.revocationId,
      reason: action.reason!,
      actor: action.actor,
      at: now.toISOString(),
    });
    r.result = 'rejected';
    return;
  }
  const signedOn = vietnamDateOf(now);
  const issued = await issueDecisionNumber({
    decisionId: `revocation:${start.revocationId}`,
    signedOn,
    signedAt: now.toISOString(),
  });
  await applyRevocation({
    revocationId: start.revocationId,
    awardRecordId: prepared.awardRecordId,
    reason: start.reason,
    issued,
    signedOn,
    signedAt: now.toISOString(),
    signer: action.actor,
    onBehalfOf: authority.onBehalfOf,
    signatureLines: authority.signatureLines,
  });
  const transition: Transition = {
    nominationId: start.nominationId,
    seq: prepared.lastSeq + 1,
    stage: 'revoked',
    action: 'award_revoked',
    actor: action.actor,
    reason: revokedStepReason(issued.number, start.reason),
    at: now.toISOString(),
  };
  const recorded = await recordTransition(transition);
  // The nomination's unit hears of it as of any step (patched, with its e-mails).
  await (
    await announceStep(transition, recorded)
  ).sent;
  r.decision = { ...issued, signedOn };
  r.signatureLines = authority.signatureLines;
  r.result = 'revoked';
}
