import {
  allHandlersFinished,
  condition,
  defineSignal,
  defineUpdate,
  proxyActivities,
  setHandler,
} from '@temporalio/workflow';
import type { baselineActivities } from './baselineActivities';
import type { BaselineShape } from './baselineShape';

export const baselineUpdate = defineUpdate<number>('baselineUpdate');
export const baselineSignal = defineSignal('baselineSignal');

// The same timeout and retry policy as the product's workflows, so only our work differs.
const { baselineStep } = proxyActivities<typeof baselineActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

async function steps(count: number): Promise<void> {
  for (let i = 0; i < count; i++) await baselineStep();
}

/**
 * A bare Temporal workflow with the updates, signals and activities of a real one and none
 * of its work: each update runs its share of no-op activities and answers; each signal
 * wakes the main loop for its share; it ends once every update and signal has come.
 */
export async function baselineWorkflow(shape: BaselineShape): Promise<void> {
  let updates = 0;
  let signals = 0;
  setHandler(baselineUpdate, async () => {
    const index = updates++;
    await steps(shape.updates[index] ?? 0);
    return index;
  });
  setHandler(baselineSignal, () => void signals++);
  await steps(shape.activitiesAtStart);
  for (const [index, count] of shape.signals.entries()) {
    await condition(() => signals > index);
    await steps(count);
  }
  await condition(() => updates >= shape.updates.length && allHandlersFinished());
}
