import type { Client, WorkflowHandle } from '@temporalio/client';
import type { BaselineShape } from './baselineShape';
import type { baselineWorkflow } from './baselineWorkflow';

/** Starts one baseline workflow of `shape` on the baseline's own task queue. */
export function startBaseline(
  client: Client,
  taskQueue: string,
  workflowId: string,
  shape: BaselineShape,
): Promise<WorkflowHandle<typeof baselineWorkflow>> {
  return client.workflow.start<typeof baselineWorkflow>('baselineWorkflow', {
    workflowId,
    taskQueue,
    args: [shape],
  });
}
