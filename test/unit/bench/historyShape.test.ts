import type { temporal } from '@temporalio/proto';
import { totalActivities } from '../../../bench/baseline/baselineShape';
import { shapeOfHistory, signalsSentTo } from '../../../bench/support/historyShape';

type Event = temporal.api.history.v1.IHistoryEvent;

const started: Event = { workflowExecutionStartedEventAttributes: {} };
const activity: Event = { activityTaskScheduledEventAttributes: {} };
const update: Event = { workflowExecutionUpdateAcceptedEventAttributes: {} };
const signal: Event = { workflowExecutionSignaledEventAttributes: {} };
const timer: Event = { timerStartedEventAttributes: {} };
const signalTo = (workflowId: string): Event => ({
  signalExternalWorkflowExecutionInitiatedEventAttributes: { workflowExecution: { workflowId } },
});

/** What the baseline replays is counted from the real history: these counts are the benchmark's fairness. */
describe('counting a workflow from its history', () => {
  test('each activity belongs to the start, update or signal before it', () => {
    const events = [started, activity, activity, timer, update, activity, signal, signal, activity];
    const shape = shapeOfHistory({ events });
    expect(shape).toEqual({ activitiesAtStart: 2, updates: [1], signals: [0, 1] });
    expect(totalActivities(shape)).toBe(4);
  });

  test('an empty history counts nothing', () => {
    expect(shapeOfHistory({})).toEqual({ activitiesAtStart: 0, updates: [], signals: [] });
  });

  test('signals sent to other workflows are counted per target', () => {
    const sent = signalsSentTo({
      events: [
        signalTo('nomination-a'),
        activity,
        signalTo('nomination-b'),
        signalTo('nomination-a'),
      ],
    });
    expect([...sent]).toEqual([
      ['nomination-a', 2],
      ['nomination-b', 1],
    ]);
  });
});
