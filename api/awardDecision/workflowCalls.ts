import type { WorkflowHandle } from '@temporalio/client';
import type { UpdateDefinition } from '@temporalio/common';
import type { Refusal } from '../../domain/messages/refusal';
import { RULING_REFUSALS, fromWorkflowError, refusalError } from '../errors/workflowErrors';
import { boundedUpdate } from '../temporal/boundedUpdate';

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
    const refused = fromWorkflowError(error, RULING_REFUSALS);
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
    if (fromWorkflowError(error, RULING_REFUSALS)) throw error;
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
