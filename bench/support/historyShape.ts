import type { temporal } from '@temporalio/proto';
import type { BaselineShape } from '../baseline/baselineShape';

type History = temporal.api.history.v1.IHistory;

/**
 * Counts what a real workflow did, from its event history: every activity it scheduled is
 * put down to the start, update or signal that came last before it. The baseline workflow
 * replays exactly these counts.
 */
export function shapeOfHistory(history: History): BaselineShape {
  const shape: BaselineShape = { activitiesAtStart: 0, updates: [], signals: [] };
  let add = (n: number) => (shape.activitiesAtStart += n);
  for (const event of history.events ?? []) {
    if (event.workflowExecutionUpdateAcceptedEventAttributes) {
      const index = shape.updates.push(0) - 1;
      add = (n) => (shape.updates[index]! += n);
    } else if (event.workflowExecutionSignaledEventAttributes) {
      const index = shape.signals.push(0) - 1;
      add = (n) => (shape.signals[index]! += n);
    } else if (event.activityTaskScheduledEventAttributes) {
      add(1);
    }
  }
  return shape;
}

/** How many signals this workflow sent to each other workflow (a round to its nominations). */
export function signalsSentTo(history: History): Map<string, number> {
  const sent = new Map<string, number>();
  for (const event of history.events ?? []) {
    const target =
      event.signalExternalWorkflowExecutionInitiatedEventAttributes?.workflowExecution?.workflowId;
    if (target) sent.set(target, (sent.get(target) ?? 0) + 1);
  }
  return sent;
}
