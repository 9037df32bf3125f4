/**
 * What a baseline workflow does, counted from a real workflow's history: the activities it
 * runs when it starts, and, for each update and each signal it receives, the activities that
 * follow before the next one. Plain data, shared by the workflow, its driver and the counter.
 */
export interface BaselineShape {
  activitiesAtStart: number;
  /** Activities run inside each update's handler, before the update is answered. */
  updates: number[];
  /** Activities run by the main loop after each signal arrives. */
  signals: number[];
}

export const totalActivities = (shape: BaselineShape): number =>
  [shape.activitiesAtStart, ...shape.updates, ...shape.signals].reduce((a, b) => a + b, 0);
