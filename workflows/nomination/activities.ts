import { patched, proxyActivities, proxyLocalActivities } from '@temporalio/workflow';
import type { Activities } from '../../activities';
import { DATABASE_STEP, EMAIL_DELIVERY, QUICK_DATABASE_STEP } from '../activityOptions';

/** The nomination workflow's I/O: database steps, and e-mails with their own retry. */
export const nominationActivities = proxyActivities<Activities>(DATABASE_STEP);
export const emailActivities = proxyActivities<Activities>(EMAIL_DELIVERY);

/**
 * Guards the short steps as local activities: each ran as an activity task of its own (three
 * events, a round trip through the server and one more workflow task) for a computation or
 * one quick write; now it runs inside the workflow task that asks for it and leaves one
 * marker. Histories from before replay with the activity tasks they scheduled. A step's record
 * (`recordTransition`) and the submission's stay activity tasks: the history holds the step
 * before the read model does, so a restored backup or a lost workflow task redoes the write
 * rather than leaving the read model ahead of its workflow (fault test `backupRestore`).
 */
export const LOCAL_STEPS_PATCH = 'short-steps-as-local-activities';

type QuickSteps = Pick<
  Activities,
  'loadProcedure' | 'planDeadline' | 'countWorkingDays' | 'notifyStageChange'
>;

const localActivities = proxyLocalActivities<QuickSteps>(QUICK_DATABASE_STEP);

/** The short steps, local where the patch holds. Call it where the step is asked. */
export function quickSteps(): QuickSteps {
  return patched(LOCAL_STEPS_PATCH) ? localActivities : nominationActivities;
}
