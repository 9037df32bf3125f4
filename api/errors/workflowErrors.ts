import {
  ApplicationFailure,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
} from '@temporalio/client';
import type { Refusal } from '../../domain/messages/refusal';
import type { LocalizedText } from '../../domain/ruleSets/text';
import { ApiError } from './apiError';

/** HTTP status of each refusal code the workflows give (nomination, council round, ruling). */
const STATUS_BY_CODE: Record<string, number> = {
  ROLE_NOT_ALLOWED: 403,
  NOT_YOUR_UNIT: 403,
  NOT_A_MEMBER: 403,
  NOT_PRESENT: 403,
  NO_DELEGATION: 403,
  DELEGATION_NOT_YOURS: 403,
  DELEGATION_REVOKED: 403,
  DELEGATION_OUT_OF_PERIOD: 403,
  DELEGATION_OUT_OF_SCOPE: 403,
  DELEGATION_SCOPE_EMPTY: 403,
  WRONG_STAGE: 409,
  STALE_VIEW: 409,
  ALREADY_DONE: 409,
  WRONG_STATUS: 409,
  ROUND_CLOSING: 409,
  ALREADY_VOTED: 409,
  ALREADY_ON_AGENDA: 409,
  ALREADY_CLOSING: 409,
  ALREADY_DECIDED: 409,
  ATTENDANCE_NOT_RECORDED: 409,
  EMPTY_AGENDA: 409,
  ALREADY_RULED: 409,
  DECISION_NOT_READY: 409,
  REVOCATION_NOT_READY: 409,
  NOMINATION_NOT_AWAITING_DECISION: 409,
  NOMINATION_IN_ANOTHER_DECISION: 409,
  NOMINATION_MOVED_ON: 409,
  NOMINATION_NOT_APPROVED: 409,
  ALREADY_REVOKED: 409,
  REASON_REQUIRED: 422,
  INVALID_ACTION: 422,
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

/**
 * Which workflow refused: the status of a code not listed above, the text of a failure that
 * carries no refusal, and the answer when the workflow is gone (none: the caller decides).
 */
interface RefusalSource {
  status: number;
  text: (failureMessage: string) => LocalizedText;
  ended?: () => ApiError;
}

export const NOMINATION_REFUSALS: RefusalSource = {
  status: 409,
  text: (message) => ({
    vi: 'Thao tác đã được thực hiện trước đó hoặc không còn hợp lệ.',
    en: message || 'The action was already taken or is no longer valid.',
  }),
  ended: () =>
    new ApiError(409, 'NOT_IN_PROCESS', {
      vi: 'Hồ sơ chưa được trình hoặc đã kết thúc quy trình.',
      en: 'The nomination has not been submitted, or its process has ended.',
    }),
};

/** A round's business rules refuse with 422 unless listed. */
export const COUNCIL_ROUND_REFUSALS: RefusalSource = {
  status: 422,
  text: (message) => ({
    vi: 'Thao tác không còn hợp lệ.',
    en: message || 'The action is no longer valid.',
  }),
  ended: () =>
    new ApiError(409, 'ROUND_ENDED', {
      vi: 'Phiên họp đã kết thúc.',
      en: 'The council round has ended.',
    }),
};

/** Award decisions and revocations. */
export const RULING_REFUSALS: RefusalSource = {
  status: 409,
  text: (message) => ({
    vi: 'Thao tác không được chấp nhận.',
    en: message || 'The action was refused.',
  }),
};

/** A refusal as the client's error. */
export function refusalError(refusal: Refusal, source: RefusalSource = RULING_REFUSALS): ApiError {
  return new ApiError(
    STATUS_BY_CODE[refusal.code] ?? source.status,
    refusal.code,
    refusal.message,
    refusal.field,
  );
}

/** The one translator of a refused or failed Temporal update into the client's error. */
export function fromWorkflowError(
  error: unknown,
  source: RefusalSource = NOMINATION_REFUSALS,
): ApiError | undefined {
  if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) {
    const failure = error.cause;
    const refusal = failure.details?.[0] as Refusal | undefined;
    const code = refusal?.code ?? failure.type ?? 'ACTION_REFUSED';
    return refusalError(
      { code, message: refusal?.message ?? source.text(failure.message), field: refusal?.field },
      source,
    );
  }
  if (error instanceof WorkflowNotFoundError) return source.ended?.();
  return undefined;
}
