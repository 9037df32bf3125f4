/**
 * Benchmark 2: p50/p95/p99 of a person's action (the secretariat accepting a dossier, an
 * update through the API) under concurrent users, against bare Temporal updates in the same
 * run on the same servers.
 *
 *   npx tsc -p . --noCheck && node dist/bench/actionLatency.js [--users 20] [--actions 10]
 */
import { actionLatencyTable } from './actionLatency/actionLatencyTable';
import { measureActionLatency } from './actionLatency/measureActionLatency';
import { runBenchmark, runOnBenchStack } from './support/benchStack';
import { numberFlag } from './support/flags';

runBenchmark(() =>
  runOnBenchStack(async (stack) => {
    const result = await measureActionLatency(stack, {
      users: numberFlag('users', 20),
      actionsPerUser: numberFlag('actions', 10),
    });
    console.log('\n### Human action latency\n');
    console.log(actionLatencyTable(result));
  }),
);
