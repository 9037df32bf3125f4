import {
  ApplicationFailure,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
} from '@temporalio/client';
import type { ActionRefusal } from '../../domain/process/actionRefusal';
import { ApiError } from './apiError';

const STATUS_BY_REFUSAL: Record<string, number> = {
  WRONG_STAGE: 409,
  STALE_VIEW: 409,
  ALREADY_DONE: 409,
  ROLE_NOT_ALLOWED: 403,
  NOT_YOUR_UNIT: 403,
  REASON_REQUIRED: 422,
  INVALID_ACTION: 422,
};

/** Turns a refused or failed Temporal update into the client's error. */
export function fromWorkflowError(error: unknown): ApiError | undefined {
  if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) {
    const failure = error.cause;
    const refusal = failure.details?.[0] as ActionRefusal | undefined;
    const code = failure.type ?? 'ACTION_REFUSED';
    const text = refusal?.message ?? {
      vi: 'Thao tác đã được thực hiện trước đó hoặc không còn hợp lệ.',
      en: failure.message || 'The action was already taken or is no longer valid.',
    };
    return new ApiError(STATUS_BY_REFUSAL[code] ?? 409, code, text, refusal?.field);
  }
  if (error instanceof WorkflowNotFoundError) {
    return new ApiError(409, 'NOT_IN_PROCESS', {
      vi: 'Hồ sơ chưa được trình hoặc đã kết thúc quy trình.',
      en: 'The nomination has not been submitted, or its process has ended.',
    });
  }
  return undefined;
}
