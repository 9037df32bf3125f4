import { Client, Connection } from '@temporalio/client';

/**
 * What a workflow is doing, in a line or two, for a test that waited on it in vain: its
 * status, the activities it waits for (attempt, state, last failure), and its last events.
 * Says whether the worker or the workflow stalled, which a read-model value alone cannot.
 */
export async function workflowState(workflowId: string): Promise<string> {
  const connection = await Connection.connect({
    address: process.env.TDKT_TEST_TEMPORAL_ADDRESS!,
  });
  try {
    const handle = new Client({ connection }).workflow.getHandle(workflowId);
    const { status, historyLength, raw } = await handle.describe();
    const pending = (raw.pendingActivities ?? []).map((a) =>
      [
        a.activityType?.name,
        `attempt ${a.attempt}`,
        `state ${a.state}`,
        a.lastFailure?.message && `last failure: ${a.lastFailure.message}`,
      ]
        .filter(Boolean)
        .join(', '),
    );
    const history = await handle.fetchHistory();
    const last = (history.events ?? []).slice(-8).map((e) => e.eventType);
    return [
      `workflow ${workflowId}: ${status.name}, ${historyLength} events`,
      `pending activities: ${pending.join('; ') || 'none'}`,
      `pending workflow task: ${raw.pendingWorkflowTask ? `attempt ${raw.pendingWorkflowTask.attempt}, state ${raw.pendingWorkflowTask.state}` : 'none'}`,
      `last events: ${last.join(', ')}`,
    ].join('\n');
  } catch (error) {
    return `workflow ${workflowId}: not described (${String(error)})`;
  } finally {
    await connection.close();
  }
}
