import type { temporal } from '@temporalio/proto';
import { countSteps } from '../../../bench/baseline/baselineShape';
import { shapeOfHistory, signalsSentTo } from '../../../bench/support/historyShape';

type Event = temporal.api.history.v1.IHistoryEvent;

const started: Event = { workflowExecutionStartedEventAttributes: {} };
const activity: Event = { activityTaskScheduledEventAttributes: {} };
const update: Event = { workflowExecutionUpdateAcceptedEventAttributes: {} };
const signal: Event = { workflowExecutionSignaledEventAttributes: {} };
const timer: Event = { timerStartedEventAttributes: {} };
const local: Event = { markerRecordedEventAttributes: { markerName: 'core_local_activity' } };
const patch: Event = { markerRecordedEventAttributes: { markerName: 'core_patch' } };
const signalTo = (workflowId: string): Event => ({
  signalExternalWorkflowExecutionInitiatedEventAttributes: { workflowExecution: { workflowId } },
});

/** What the baseline replays is counted from the real history: these counts are the benchmark's fairness. */
describe('counting a workflow from its history', () => {
  test('each activity and local activity belongs, in order, to the start, update or signal before it', () => {
    const events = [
      started,
      patch,
      local,
      activity,
      timer,
      update,
      local,
      activity,
      local,
      signal,
      signal,
      activity,
    ];
    const shape = shapeOfHistory({ events });
    expect(shape).toEqual({
      atStart: ['local', 'activity'],
      updates: [['local', 'activity', 'local']],
      signals: [[], ['activity']],
    });
    expect(countSteps(shape, 'activity')).toBe(3);
    expect(countSteps(shape, 'local')).toBe(3);
  });

  test('an empty history counts nothing', () => {
    expect(shapeOfHistory({})).toEqual({ atStart: [], updates: [], signals: [] });
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
