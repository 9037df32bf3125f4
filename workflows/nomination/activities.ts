import { proxyActivities } from '@temporalio/workflow';
import type { Activities } from '../../activities';
import { DATABASE_STEP, EMAIL_DELIVERY } from '../activityOptions';

/** The nomination workflow's I/O: database steps, and e-mails with their own retry. */
export const nominationActivities = proxyActivities<Activities>(DATABASE_STEP);
export const emailActivities = proxyActivities<Activities>(EMAIL_DELIVERY);
