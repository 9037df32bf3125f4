import { ApplicationFailure } from '@temporalio/workflow';
import type { Refusal } from '../domain/messages/refusal';

/**
 * A refused human action as the failure an update answers with: its type is the refusal's
 * code, its details the refusal (code, text, field) the API turns into a 4xx.
 */
export function refusalFailure(refusal: Refusal): ApplicationFailure {
  return ApplicationFailure.create({
    type: refusal.code,
    message: refusal.message.en,
    details: [refusal],
    nonRetryable: true,
  });
}
