import type { Client } from '@temporalio/client';

/**
 * What a benchmark's core needs: the API to drive, a Temporal client, and the task queue a
 * baseline worker polls. `startBenchStack` gives one with separate processes; the test gives
 * one from its test stack.
 */
export interface BenchTarget {
  apiUrl: string;
  client: Client;
  baselineTaskQueue: string;
  /** Processes whose CPU time each phase accounts for (none where all run in one process). */
  processes: { name: string; pid: number }[];
}
