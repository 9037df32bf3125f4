import {
  allHandlersFinished,
  condition,
  defineSignal,
  defineUpdate,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
} from '@temporalio/workflow';
import { DATABASE_STEP, QUICK_DATABASE_STEP } from '../../workflows/activityOptions';
import type { baselineActivities } from './baselineActivities';
import type { BaselineShape, Step } from './baselineShape';

export const baselineUpdate = defineUpdate<number>('baselineUpdate');
export const baselineSignal = defineSignal('baselineSignal');

// The product's own options for each kind of step, so only our work differs.
const run: Record<Step, () => Promise<void>> = {
  activity: proxyActivities<typeof baselineActivities>(DATABASE_STEP).baselineStep,
  local: proxyLocalActivities<typeof baselineActivities>(QUICK_DATABASE_STEP).baselineStep,
};

async function steps(list: Step[] = []): Promise<void> {
  for (const step of list) await run[step]();
}

/**
 * A bare Temporal workflow with the updates, signals, activities and local activities of a
 * real one and none of its work: each update runs its share of no-op steps and answers; each
 * signal wakes the main loop for its share; it ends once every update and signal has come.
 */
export async function baselineWorkflow(shape: BaselineShape): Promise<void> {
  let updates = 0;
  let signals = 0;
  setHandler(baselineUpdate, async () => {
    const index = updates++;
    await steps(shape.updates[index]);
    return index;
  });
  setHandler(baselineSignal, () => void signals++);
  await steps(shape.atStart);
  for (const [index, list] of shape.signals.entries()) {
    await condition(() => signals > index);
    await steps(list);
  }
  await condition(() => updates >= shape.updates.length && allHandlersFinished());
}
