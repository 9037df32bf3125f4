import { patched, proxyActivities, proxyLocalActivities } from '@temporalio/workflow';
import type { Activities } from '../../activities';
import { DATABASE_STEP, EMAIL_DELIVERY, QUICK_DATABASE_STEP } from '../activityOptions';

/** The nomination workflow's I/O: database steps, and e-mails with their own retry. */
export const nominationActivities = proxyActivities<Activities>(DATABASE_STEP);
export const emailActivities = proxyActivities<Activities>(EMAIL_DELIVERY);

/**
 * Guards the short steps as local activities: each ran as an activity task of its own (three
 * events, a round trip through the server and one more workflow task) for a computation or
 * one quick write (what was submitted is read for the step; a step's record is one
 * conditional update and its counters, idempotent under re-runs); now it runs inside the
 * workflow task that asks for it and leaves one marker. Histories from before replay with the
 * activity tasks they scheduled.
 */
export const LOCAL_STEPS_PATCH = 'short-steps-as-local-activities';

type QuickSteps = Pick<
  Activities,
  | 'loadProcedure'
  | 'recordSubmission'
  | 'planDeadline'
  | 'countWorkingDays'
  | 'recordTransition'
  | 'notifyStageChange'
>;

const localActivities = proxyLocalActivities<QuickSteps>(QUICK_DATABASE_STEP);

/** The short steps, local where the patch holds. Call it where the step is asked. */
export function quickSteps(): QuickSteps {
  return patched(LOCAL_STEPS_PATCH) ? localActivities : nominationActivities;
}
