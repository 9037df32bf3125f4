import {
  allHandlersFinished,
  condition,
  proxyActivities,
  workflowInfo,
  type RetryPolicy,
} from '@temporalio/workflow';
import type { Activities } from '../../activities';
import type { Transition } from '../../activities/nomination/transition';
import { announceStep } from '../nomination/notices';
import { acceptRuling } from '../ruling/acceptRuling';
import type { AwardCode } from '../../domain/catalogue/awardCodes';
import type { CommendationKind } from '../../domain/catalogue/awardDefinition';
import { vietnamDateOf } from '../../domain/calendar';
import type { SigningAuthority } from '../../domain/delegation';
import type { Refusal } from '../awardDecision/messages';
import { authorityFor, isRefusal } from '../awardDecision/rulingRules';
import {
  revocationReadyUpdate,
  revocationStatusQuery,
  ruleRevocationUpdate,
  type RevocationRulingAction,
  type RevocationStart,
  type RevocationStatus,
} from './messages';

const RETRY: RetryPolicy = {
  initialInterval: '1 second',
  backoffCoefficient: 2,
  maximumInterval: '1 minute',
};
const { prepareRevocation, applyRevocation, rejectRevocation, recordTransition } =
  proxyActivities<Activities>({ startToCloseTimeout: '30 seconds', retry: RETRY });
const { issueDecisionNumber } = proxyActivities<Activities>({
  startToCloseTimeout: '2 minutes',
  heartbeatTimeout: '10 seconds',
  retry: RETRY,
});

const ALREADY_RULED: Refusal = {
  code: 'ALREADY_RULED',
  message: {
    vi: 'Đề nghị thu hồi này đã được xử lý.',
    en: 'This revocation was already ruled on.',
  },
};
const NOT_READY: Refusal = {
  code: 'REVOCATION_NOT_READY',
  message: {
    vi: 'Đề nghị thu hồi chưa sẵn sàng để trình.',
    en: 'The revocation request is not ready to be ruled on.',
  },
};

/**
 * Revoking a granted award (Law 06/2022/QH15, Art. 93(2)): the secretariat's request with its
 * ground and reason → the minister's (or a covered deputy's) ruling → a numbered revoking
 * decision, the award record marked revoked, the nomination moved to 'revoked'. The
 * nomination's own workflow has ended, so this one writes its read model, with the next seq.
 */
export async function revocationWorkflow(start: RevocationStart): Promise<RevocationStatus> {
  let phase: RevocationStatus['phase'] = 'preparing';
  let refusal: Refusal | undefined;
  let result: RevocationStatus['result'];
  let decision: RevocationStatus['decision'];
  let signatureLines: string[] | undefined;
  let rulingUpdateId: string | undefined;
  let award: { awardCode: AwardCode; kind: CommendationKind } | undefined = undefined;
  let ruling: { action: RevocationRulingAction; authority: SigningAuthority } | undefined;

  const status = (): RevocationStatus => ({
    revocationId: start.revocationId,
    nominationId: start.nominationId,
    phase,
    result,
    refusal,
    decision,
    signatureLines,
    rulingUpdateId,
  });

  function check(action: RevocationRulingAction): Refusal | SigningAuthority {
    if (phase !== 'awaiting_ruling' || !award) {
      return phase === 'preparing' ? NOT_READY : ALREADY_RULED;
    }
    if (ruling) return ALREADY_RULED;
    const authority = authorityFor(
      action.actor,
      action.delegation,
      award.awardCode,
      award.kind,
      vietnamDateOf(new Date()),
    );
    if (isRefusal(authority)) return authority;
    if (action.outcome === 'reject' && !action.reason?.trim()) {
      return {
        code: 'REASON_REQUIRED',
        message: { vi: 'Cần ghi rõ lý do.', en: 'A reason is required.' },
        field: 'reason',
      };
    }
    return authority;
  }

  acceptRuling(
    {
      statusQuery: revocationStatusQuery,
      readyUpdate: revocationReadyUpdate,
      ruleUpdate: ruleRevocationUpdate,
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

  const prepared = await prepareRevocation({
    ...start,
    workflowId: workflowInfo().workflowId,
    at: new Date().toISOString(),
  });
  if (!prepared.ok) {
    refusal = prepared.refusal;
    phase = 'refused';
    await condition(allHandlersFinished);
    return status();
  }
  award = {
    awardCode: prepared.awardCode as AwardCode,
    kind: prepared.kind as CommendationKind,
  };
  phase = 'awaiting_ruling';

  await condition(() => ruling !== undefined);
  const { action, authority } = ruling!;
  phase = 'applying';
  const now = new Date();
  if (action.outcome === 'reject') {
    await rejectRevocation({
      revocationId: start.revocationId,
      reason: action.reason!,
      actor: action.actor,
      at: now.toISOString(),
    });
    result = 'rejected';
  } else {
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
      reason: `Quyết định ${issued.number}: ${start.reason}`,
      at: now.toISOString(),
    };
    const recorded = await recordTransition(transition);
    // The nomination's unit hears of it as of any step (patched, with its e-mails).
    await (
      await announceStep(transition, recorded)
    ).sent;
    decision = { ...issued, signedOn };
    signatureLines = authority.signatureLines;
    result = 'revoked';
  }
  phase = 'done';
  await condition(allHandlersFinished);
  return status();
}
