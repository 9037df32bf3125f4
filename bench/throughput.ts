/**
 * Benchmarks 1 and 4: nominations per second through the whole path over the API against a
 * bare Temporal baseline with the same updates, signals, activities and local activities, in
 * their order, in the same run on the same servers; then the worker's and the API's peak memory under that load and the size
 * of the workflows' histories.
 *
 *   npx tsc -p . --noCheck && node dist/bench/throughput.js [--nominations 60] [--round-size 10] [--concurrency 4] [--processes 2]
 *
 * `--processes 2` scales out: two workers and two API processes on the same Temporal and
 * FerretDB servers, the bots' rounds spread over both APIs. Every run then checks that each
 * nomination finished exactly once (timeline, decision numbers, reconcile) and fails if not.
 * The database operations of the workers and APIs are counted per nomination.
 *
 * BENCH_CPU_PROF=<folder> also writes CPU profiles of the worker and the API.
 */
import { runBenchmark, runOnBenchStack } from './support/benchStack';
import { numberFlag } from './support/flags';
import { peakRssMiB } from './support/processMemory';
import { checkExactlyOnce } from './throughput/exactlyOnce';
import { measureThroughput } from './throughput/measureThroughput';
import {
  cpuTable,
  exactlyOnceText,
  footprintTable,
  operationsTable,
  throughputTable,
} from './throughput/throughputTables';

const processes = numberFlag('processes', 1);

runBenchmark(() =>
  runOnBenchStack(
    async (stack) => {
      const result = await measureThroughput(stack, {
        nominations: numberFlag('nominations', 60),
        roundSize: numberFlag('round-size', 10),
        concurrency: numberFlag('concurrency', 4),
      });
      const peak = [
        ...stack.pids.workers.map((pid) => ({ process: 'worker', mib: peakRssMiB(pid) })),
        ...stack.pids.apis.map((pid) => ({ process: 'API', mib: peakRssMiB(pid) })),
        { process: 'baseline worker', mib: peakRssMiB(stack.pids.baselineWorker) },
      ];
      const once = await checkExactlyOnce(stack.databaseUri, stack.client, result.records);
      console.log('\n### Throughput\n');
      console.log(throughputTable(result));
      console.log('\n### Footprint\n');
      console.log(footprintTable(result, peak));
      console.log('\n### Where the CPU went (throughput run)\n');
      console.log(cpuTable(result));
      console.log('\n### Database operations (throughput run)\n');
      console.log(operationsTable(result));
      console.log('\n### Exactly once\n');
      console.log(exactlyOnceText(once));
      if (once.problems.length) throw new Error(`${once.problems.length} problems after the run`);
    },
    { processes },
  ),
);
