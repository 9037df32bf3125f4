import {
  ApplicationFailure,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
} from '@temporalio/client';
import type { RoundRefusal } from '../../workflows/councilRound/messages';
import { ApiError } from '../errors/apiError';

const STATUS_BY_CODE: Record<string, number> = {
  ROLE_NOT_ALLOWED: 403,
  NOT_A_MEMBER: 403,
  NOT_PRESENT: 403,
  WRONG_STATUS: 409,
  ROUND_CLOSING: 409,
  ALREADY_VOTED: 409,
  ALREADY_ON_AGENDA: 409,
  ALREADY_CLOSING: 409,
  ALREADY_DECIDED: 409,
  ATTENDANCE_NOT_RECORDED: 409,
  EMPTY_AGENDA: 409,
};

/** A refused or failed round update becomes the client's error (422 for business rules). */
export function fromRoundWorkflowError(error: unknown): ApiError | undefined {
  if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) {
    const failure = error.cause;
    const refusal = failure.details?.[0] as RoundRefusal | undefined;
    const code = failure.type ?? 'ACTION_REFUSED';
    const text = refusal?.message ?? {
      vi: 'Thao tác không còn hợp lệ.',
      en: failure.message || 'The action is no longer valid.',
    };
    return new ApiError(STATUS_BY_CODE[code] ?? 422, code, text, refusal?.field);
  }
  if (error instanceof WorkflowNotFoundError) {
    return new ApiError(409, 'ROUND_ENDED', {
      vi: 'Phiên họp đã kết thúc.',
      en: 'The council round has ended.',
    });
  }
  return undefined;
}
