import { proxyActivities } from '@temporalio/workflow';
import type { councilActivities } from '../../activities/councilRound';
import { DATABASE_STEP } from '../activityOptions';

/** The council round's I/O: database steps that keep trying, the round must not be lost. */
export const roundActivities = proxyActivities<typeof councilActivities>(DATABASE_STEP);
