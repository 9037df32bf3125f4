import { proxyActivities } from '@temporalio/workflow';
import type { Activities } from '../../activities';

/**
 * The nomination workflow's I/O. Short database writes with a generous retry: if the
 * database is down the workflow waits and retries; the dossier must not be lost.
 */
export const nominationActivities = proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

/**
 * E-mails (activities/notification/emailDelivery.ts): a server that defers is tried again
 * from 5 s, doubling, at most an hour apart, until the activity gives up after
 * EMAIL_MAX_ATTEMPTS (it knows the attempt); a permanent refusal is non-retryable. A send may
 * take three SMTP timeouts of 20 s.
 */
export const emailActivities = proxyActivities<Activities>({
  startToCloseTimeout: '2 minutes',
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '1 hour' },
});
