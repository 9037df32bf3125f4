import type { Client } from '@temporalio/client';
import { totalActivities } from '../baseline/baselineShape';
import { shapeOfHistory } from './historyShape';

/** What a set of workflows did in all, from their histories. */
export interface WorkflowCounts {
  workflows: number;
  updates: number;
  activities: number;
  signals: number;
}

export async function countWorkflows(
  client: Client,
  workflowIds: string[],
): Promise<WorkflowCounts> {
  const counts: WorkflowCounts = { workflows: 0, updates: 0, activities: 0, signals: 0 };
  for (const id of workflowIds) {
    const shape = shapeOfHistory(await client.workflow.getHandle(id).fetchHistory());
    counts.workflows += 1;
    counts.updates += shape.updates.length;
    counts.activities += totalActivities(shape);
    counts.signals += shape.signals.length;
  }
  return counts;
}
