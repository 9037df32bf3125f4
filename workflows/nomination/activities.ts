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
