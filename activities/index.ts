import { councilActivities } from './council';
import { awardDecisionActivities } from './decision/awardDecisionActivities';
import { issueDecisionNumber } from './decision/issueDecisionNumber';
import { recordTransition } from './nomination/recordTransition';

/** Every activity the worker registers. They use the process's Mongoose connection. */
export const activities = {
  ...councilActivities,
  recordTransition,
  issueDecisionNumber,
  ...awardDecisionActivities,
};

export type Activities = typeof activities;
