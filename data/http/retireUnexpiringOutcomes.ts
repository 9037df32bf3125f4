import type { Logger } from 'pino';
import { IdempotentRequestModel } from './idempotentRequestModel';

/**
 * Outcomes stored before they had an expiry were keyed by a credential hash that no request
 * forms any more, and the TTL index passes over them: they are dropped once.
 */
export async function retireUnexpiringOutcomes(log: Logger): Promise<void> {
  const { deletedCount } = await IdempotentRequestModel.deleteMany({
    expiresAt: { $exists: false },
  });
  if (deletedCount) log.info({ deletedCount }, 'idempotency outcomes without expiry: dropped');
}
