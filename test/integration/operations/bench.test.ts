import { randomBytes } from 'node:crypto';
import type { NativeConnection, Worker } from '@temporalio/worker';
import { actionLatencyTable } from '../../../bench/actionLatency/actionLatencyTable';
import { measureActionLatency } from '../../../bench/actionLatency/measureActionLatency';
import { createBaselineWorker } from '../../../bench/baseline/baselineWorker';
import type { BenchTarget } from '../../../bench/support/benchTarget';
import { measureThroughput } from '../../../bench/throughput/measureThroughput';
import { footprintTable, throughputTable } from '../../../bench/throughput/throughputTables';
import { seedDemoData } from '../../../scripts/seed/seedDemoData';
import { startTestStack, type TestStack } from '../../harness/testStack';

/** Table lines that are rows (not the header or its rule). */
const rowsOf = (table: string) =>
  table
    .split('\n')
    .filter((l) => l.startsWith('|'))
    .slice(2);

/**
 * The benchmarks' cores at the smallest size, so the bench code cannot rot: the bots walk
 * the real path, the baseline replays exactly the steps the real histories show, and the
 * tables come out whole. No timing is asserted (speed is what bench/ measures).
 */
describe('benchmarks at tiny size', () => {
  let stack: TestStack;
  let baseline: { worker: Worker; connection: NativeConnection };
  let running: Promise<void>;
  let target: BenchTarget;

  beforeAll(async () => {
    stack = await startTestStack();
    await seedDemoData();
    const baselineTaskQueue = `baseline-${randomBytes(4).toString('hex')}`;
    baseline = await createBaselineWorker(
      process.env.TDKT_TEST_TEMPORAL_ADDRESS!,
      baselineTaskQueue,
    );
    running = baseline.worker.run();
    // Worker, API and bots share this process here: its CPU time is one row.
    target = {
      apiUrl: stack.apiUrl,
      client: stack.client,
      baselineTaskQueue,
      processes: [{ name: 'test', pid: process.pid }],
    };
  }, 180_000);

  afterAll(async () => {
    baseline?.worker.shutdown();
    await running;
    await baseline?.connection.close();
    await stack?.stop();
  });

  test('throughput: the baseline does what the real workflows did, count for count', async () => {
    const result = await measureThroughput(target, {
      nominations: 3,
      roundSize: 2,
      concurrency: 2,
    });
    // 3 nominations in two rounds (2 + 1), each round with its own decision.
    expect(result.ours.counts.workflows).toBe(3 + 2 + 2);
    expect(result.baseline.counts).toEqual(result.ours.counts);
    // Each nomination takes the appraisal and is asked to join its round and its decision
    // (updates sent by their activities); each round its own updates; each decision two.
    expect(result.ours.counts.updates).toBeGreaterThanOrEqual(3 + 3 * 2 + 2 * 4 + 2 * 2);
    // The round's result and the ruling.
    expect(result.ours.counts.signals).toBe(3 * 2);
    expect(result.groupShapes.map((g) => g.nominations.map((n) => n.fromRound))).toEqual([
      [1, 1],
      [1],
    ]);
    expect(result.histories.nomination).toHaveLength(3);
    expect(result.histories.nomination.every((h) => h.events > 0 && h.bytes > 0)).toBe(true);

    const table = throughputTable(result);
    expect(rowsOf(table).map((row) => row.split('|').length)).toEqual([12, 12, 12]);
    // The nominations' quick steps are local activities: the baseline runs them as such.
    expect(result.ours.counts.localActivities).toBeGreaterThan(0);
    expect(table).toMatch(/nomination \d+\.\d activities, \d+\.\d local activities/);
    expect(table).toMatch(/ours \/ baseline/);
    const footprint = footprintTable(result, [{ process: 'worker', mib: 300 }]);
    expect(rowsOf(footprint)).toHaveLength(4);
    expect(footprint).toMatch(/nomination workflow history \(3\) +\| +\d+ events/);
  }, 300_000);

  test('action latency: the API and the bare updates, timed one sample per action', async () => {
    const result = await measureActionLatency(target, { users: 2, actionsPerUser: 2 });
    // Accepting records the step: at least the deadline's plan and the transition.
    expect(result.stepsPerAction.length).toBeGreaterThanOrEqual(2);
    for (const summary of [result.api, result.baseline, result.emptyUpdate]) {
      expect(summary.samples).toBe(4);
      expect(summary.p50).toBeLessThanOrEqual(summary.p95);
      expect(summary.p95).toBeLessThanOrEqual(summary.p99);
    }
    const table = actionLatencyTable(result);
    expect(rowsOf(table)).toHaveLength(3);
    expect(table).toMatch(/p95 ratio \d+\.\d\d/);
  }, 300_000);
});
