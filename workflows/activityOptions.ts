import type { ActivityOptions, LocalActivityOptions, RetryPolicy } from '@temporalio/workflow';

/**
 * The activity options of every workflow, declared once. The database may be down for a
 * while: a workflow keeps trying from 1 s, doubling, at most a minute apart, and never gives
 * up, so a dossier, a round or a signed decision is not lost.
 */
const DATABASE_RETRY: RetryPolicy = {
  initialInterval: '1 second',
  backoffCoefficient: 2,
  maximumInterval: '1 minute',
};

/** A short database read or write. */
export const DATABASE_STEP: ActivityOptions = {
  startToCloseTimeout: '30 seconds',
  retry: DATABASE_RETRY,
};

/**
 * A short step that only computes or makes one quick database write, run as a local activity
 * inside the workflow task that asks for it; the same retries as a database step.
 */
export const QUICK_DATABASE_STEP: LocalActivityOptions = {
  startToCloseTimeout: '30 seconds',
  retry: DATABASE_RETRY,
};

/** Allocating a decision number may loop on collisions under heavy concurrent signing. */
export const NUMBER_ALLOCATION: ActivityOptions = {
  startToCloseTimeout: '2 minutes',
  heartbeatTimeout: '10 seconds',
  retry: DATABASE_RETRY,
};

/**
 * E-mails (activities/notification/emailDelivery.ts): a server that defers is tried again
 * from 5 s, doubling, at most an hour apart, until the activity gives up after
 * EMAIL_MAX_ATTEMPTS (it knows the attempt); a permanent refusal is non-retryable. A send may
 * take three SMTP timeouts of 20 s.
 */
export const EMAIL_DELIVERY: ActivityOptions = {
  startToCloseTimeout: '2 minutes',
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '1 hour' },
};
