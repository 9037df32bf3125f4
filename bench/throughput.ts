/**
 * Benchmarks 1 and 4: nominations per second through the whole path over the API against a
 * bare Temporal baseline with the same updates, signals and activities, in the same run on
 * the same servers; then the worker's and the API's peak memory under that load and the size
 * of the workflows' histories.
 *
 *   npx tsc -p . --noCheck && node dist/bench/throughput.js [--nominations 60] [--round-size 10] [--concurrency 4]
 *
 * BENCH_CPU_PROF=<folder> also writes CPU profiles of the worker and the API.
 */
import { runBenchmark, runOnBenchStack } from './support/benchStack';
import { numberFlag } from './support/flags';
import { peakRssMiB } from './support/processMemory';
import { measureThroughput } from './throughput/measureThroughput';
import { cpuTable, footprintTable, throughputTable } from './throughput/throughputTables';

runBenchmark(() =>
  runOnBenchStack(async (stack) => {
    const result = await measureThroughput(stack, {
      nominations: numberFlag('nominations', 60),
      roundSize: numberFlag('round-size', 10),
      concurrency: numberFlag('concurrency', 4),
    });
    const peak = [
      { process: 'worker', mib: peakRssMiB(stack.pids.worker) },
      { process: 'API', mib: peakRssMiB(stack.pids.api) },
      { process: 'baseline worker', mib: peakRssMiB(stack.pids.baselineWorker) },
    ];
    console.log('\n### Throughput\n');
    console.log(throughputTable(result));
    console.log('\n### Footprint\n');
    console.log(footprintTable(result, peak));
    console.log('\n### Where the CPU went (throughput run)\n');
    console.log(cpuTable(result));
  }),
);
