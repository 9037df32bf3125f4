import type { temporal } from '@temporalio/proto';
import type { BaselineShape } from '../baseline/baselineShape';

type History = temporal.api.history.v1.IHistory;

/** The marker the SDK records for each local activity (patches record `core_patch`). */
const LOCAL_ACTIVITY_MARKER = 'core_local_activity';

/**
 * Reads what a real workflow did from its event history: every activity it scheduled and
 * every local activity it recorded is put down, in order, to the start, update or signal
 * that came last before it. The baseline workflow replays exactly these steps.
 */
export function shapeOfHistory(history: History): BaselineShape {
  const shape: BaselineShape = { atStart: [], updates: [], signals: [] };
  let steps = shape.atStart;
  for (const event of history.events ?? []) {
    if (event.workflowExecutionUpdateAcceptedEventAttributes) shape.updates.push((steps = []));
    else if (event.workflowExecutionSignaledEventAttributes) shape.signals.push((steps = []));
    else if (event.activityTaskScheduledEventAttributes) steps.push('activity');
    else if (event.markerRecordedEventAttributes?.markerName === LOCAL_ACTIVITY_MARKER)
      steps.push('local');
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
