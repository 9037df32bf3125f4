import type { Client } from '@temporalio/client';
import { countSteps, type BaselineShape } from '../baseline/baselineShape';
import { shapeOfHistory } from './historyShape';

/** What a set of workflows did in all, from their histories. */
export interface WorkflowCounts {
  workflows: number;
  updates: number;
  activities: number;
  localActivities: number;
  signals: number;
}

/** The counts of these shapes together. */
export const countShapes = (shapes: BaselineShape[]): WorkflowCounts => ({
  workflows: shapes.length,
  updates: shapes.reduce((n, s) => n + s.updates.length, 0),
  activities: shapes.reduce((n, s) => n + countSteps(s, 'activity'), 0),
  localActivities: shapes.reduce((n, s) => n + countSteps(s, 'local'), 0),
  signals: shapes.reduce((n, s) => n + s.signals.length, 0),
});

export async function countWorkflows(
  client: Client,
  workflowIds: string[],
): Promise<WorkflowCounts> {
  const shapes = [];
  for (const id of workflowIds)
    shapes.push(shapeOfHistory(await client.workflow.getHandle(id).fetchHistory()));
  return countShapes(shapes);
}
