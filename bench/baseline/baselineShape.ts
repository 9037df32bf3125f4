/**
 * What a baseline workflow does, read from a real workflow's history: the steps it runs when
 * it starts, and, for each update and each signal it receives, the steps that follow before
 * the next one, in their order. Plain data, shared by the workflow, its driver and the counter.
 */
export interface BaselineShape {
  atStart: Step[];
  /** Steps run inside each update's handler, before the update is answered. */
  updates: Step[][];
  /** Steps run by the main loop after each signal arrives. */
  signals: Step[][];
}

/** An activity task through the server, or a local activity inside the workflow task. */
export type Step = 'activity' | 'local';

/** How many steps of `kind` the whole shape runs. */
export const countSteps = (shape: BaselineShape, kind: Step): number =>
  [shape.atStart, ...shape.updates, ...shape.signals].flat().filter((s) => s === kind).length;
