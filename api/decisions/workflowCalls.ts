import {
  ApplicationFailure,
  WorkflowUpdateFailedError,
  type WorkflowHandle,
} from '@temporalio/client';
import type { UpdateDefinition } from '@temporalio/common';
import type { Refusal } from '../../workflows/awardDecision/messages';
import { ApiError } from '../errors/apiError';
import { boundedUpdate } from '../temporal/boundedUpdate';

/** HTTP status of each refusal the award-decision and revocation workflows give. */
const STATUS_BY_CODE: Record<string, number> = {
  ROLE_NOT_ALLOWED: 403,
  NO_DELEGATION: 403,
  DELEGATION_NOT_YOURS: 403,
  DELEGATION_REVOKED: 403,
  DELEGATION_OUT_OF_PERIOD: 403,
  DELEGATION_OUT_OF_SCOPE: 403,
  DELEGATION_SCOPE_EMPTY: 403,
  ALREADY_RULED: 409,
  DECISION_NOT_READY: 409,
  REVOCATION_NOT_READY: 409,
  NOMINATION_NOT_AWAITING_DECISION: 409,
  NOMINATION_IN_ANOTHER_DECISION: 409,
  NOMINATION_NOT_APPROVED: 409,
  ALREADY_REVOKED: 409,
  REASON_REQUIRED: 422,
  STRUCK_REQUIRED: 422,
  STRUCK_NOT_IN_DECISION: 422,
  DUPLICATE_STRUCK: 422,
  NOTHING_KEPT: 422,
  NOMINATION_NOT_FOUND: 422,
  AWARD_MISMATCH: 422,
  KIND_NOT_ALLOWED: 422,
  KIND_MISMATCH: 422,
  DUPLICATE_NOMINATION: 422,
  AWARD_RECORD_NOT_FOUND: 422,
};

export function refusalError(refusal: Refusal): ApiError {
  return new ApiError(
    STATUS_BY_CODE[refusal.code] ?? 409,
    refusal.code,
    refusal.message,
    refusal.field,
  );
}

/** A refused update (its validator or handler threw an ApplicationFailure) as the client's error. */
function fromUpdateFailure(error: unknown): ApiError | undefined {
  if (!(error instanceof WorkflowUpdateFailedError)) return undefined;
  if (!(error.cause instanceof ApplicationFailure)) return undefined;
  const refusal = error.cause.details?.[0] as Refusal | undefined;
  return refusalError(
    refusal ?? {
      code: error.cause.type ?? 'ACTION_REFUSED',
      message: {
        vi: 'Thao tác không được chấp nhận.',
        en: error.cause.message || 'The action was refused.',
      },
    },
  );
}

/**
 * Runs a human action as a workflow update. With the same `updateId` a repeated request has one
 * effect: while the workflow runs Temporal answers with the first outcome; once it has ended,
 * the final status says which update ruled, and only that one gets the answer again.
 */
export async function executeAction<Ret extends { rulingUpdateId?: string }, Arg>(
  handle: WorkflowHandle,
  update: UpdateDefinition<Ret, [Arg]>,
  arg: Arg,
  updateId: string | undefined,
  alreadyDone: Refusal,
): Promise<Ret> {
  try {
    return await boundedUpdate(handle, () =>
      handle.executeUpdate(update, { args: [arg], updateId }),
    );
  } catch (error) {
    const refused = fromUpdateFailure(error);
    if (refused) throw refused;
    const ended = await handle.describe().then(
      (d) => d.status.name !== 'RUNNING',
      () => false,
    );
    if (!ended) throw error;
    const final = (await handle.result()) as Ret;
    if (updateId && final.rulingUpdateId === updateId) return final;
    throw refusalError(alreadyDone);
  }
}

/**
 * Waits for a workflow's first step through an update that answers once the step is done;
 * if the workflow already ended (its first step refused), its result is the answer.
 */
export async function awaitFirstStep<Ret>(
  handle: WorkflowHandle,
  update: UpdateDefinition<Ret, []>,
): Promise<Ret> {
  try {
    return await boundedUpdate(handle, () => handle.executeUpdate(update, { args: [] }));
  } catch (error) {
    if (fromUpdateFailure(error)) throw error;
    const ended = await handle.describe().then(
      (d) => d.status.name !== 'RUNNING',
      () => false,
    );
    if (!ended) throw error;
    return (await handle.result()) as Ret;
  }
}

export const ALREADY_RULED: Refusal = {
  code: 'ALREADY_RULED',
  message: { vi: 'Việc này đã được xử lý.', en: 'This has already been ruled on.' },
};

export const NOT_FOUND_TEXT = {
  decision: { vi: 'quyết định', en: 'Decision' },
  revocation: { vi: 'đề nghị thu hồi', en: 'Revocation' },
  delegation: { vi: 'văn bản giao ký thay', en: 'Delegation' },
};
