import type { Client } from '@temporalio/client';
import type { OperationCount } from './operationCounter';

/**
 * What a benchmark's core needs: the API to drive, a Temporal client, and the task queue a
 * baseline worker polls. `startBenchStack` gives one with separate processes; the test gives
 * one from its test stack.
 */
export interface BenchTarget {
  apiUrl: string;
  /** Every API process the bots spread over, when there are several (`apiUrl` is the first). */
  apiUrls?: string[];
  client: Client;
  baselineTaskQueue: string;
  /** Processes whose CPU time each phase accounts for (none where all run in one process). */
  processes: { name: string; pid: number }[];
  /** The database operations the product's processes have sent so far, where they count them. */
  operations?: () => Promise<OperationCount>;
}
