import '../../config/lunarLibraryResolution';
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { connectDatabase, disconnectDatabase } from '../../data/connection';
import { seedDemoData } from '../../scripts/seed/seedDemoData';
import { stopChild, waitUntilReady, type RunningServer } from '../../scripts/servers/childProcess';
import { freePort } from '../../scripts/servers/freePort';
import { startMongoServer } from '../../scripts/servers/mongoServer';
import { repoRoot } from '../../config/repoRoot';
import { startTemporalServer } from '../../scripts/servers/temporalServer';
import type { BenchTarget } from './benchTarget';
import type { OperationCount } from './operationCounter';
import { childProcesses } from './processCpu';

interface BenchStack extends BenchTarget {
  /** Process ids of the product's workers and APIs and of the baseline worker. */
  pids: { workers: number[]; apis: number[]; baselineWorker: number };
  /** The database, for the checks after a run. */
  databaseUri: string;
  dataDir: string;
  stop(): Promise<void>;
}

interface BenchStackOptions {
  /** Workers and API processes of the product, all on the same servers (default 1 each). */
  processes: number;
}

const TASK_QUEUE = 'tdkt-bench';
const BASELINE_TASK_QUEUE = 'tdkt-bench-baseline';

const operationsFile = (dataDir: string, name: string) => join(dataDir, `${name}.operations.json`);

/**
 * `node dist/<script>` with its output in `<dataDir>/<name>.log`; with `countOperations`, it
 * counts its database operations (bench/support/operationsPreload.ts).
 */
function startNode(
  name: string,
  script: string,
  env: NodeJS.ProcessEnv,
  dataDir: string,
  countOperations = false,
) {
  const log = createWriteStream(join(dataDir, `${name}.log`), { flags: 'a' });
  const counting = countOperations
    ? ['--require', join(repoRoot(), 'dist', 'bench', 'support', 'operationsPreload.js')]
    : [];
  // BENCH_CPU_PROF=<folder> profiles the worker and the API (written when they exit).
  const profile = process.env.BENCH_CPU_PROF
    ? [
        '--cpu-prof',
        `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`,
        `--cpu-prof-name=${name}.cpuprofile`,
      ]
    : [];
  const child = spawn(
    process.execPath,
    [...profile, ...counting, join(repoRoot(), 'dist', script)],
    {
      env: {
        ...process.env,
        ...env,
        ...(countOperations
          ? {
              BENCH_OPERATIONS_FILE: operationsFile(dataDir, name),
              MONGODB_URI: `${env.MONGODB_URI}${env.MONGODB_URI?.includes('?') ? '&' : '?'}monitorCommands=true`,
            }
          : {}),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  return child;
}

/** Some worker polls `taskQueue`; with `pid`, that process's (default identity `pid@host`). */
async function hasPoller(connection: Connection, taskQueue: string, pid?: number): Promise<void> {
  const { pollers } = await connection.workflowService.describeTaskQueue({
    namespace: 'default',
    taskQueue: { name: taskQueue },
    taskQueueType: temporal.api.enums.v1.TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW,
  });
  const polling = (pollers ?? []).filter(
    (p) => pid === undefined || p.identity?.startsWith(`${pid}@`),
  );
  if (!polling.length) throw new Error(`no worker ${pid ?? ''} polls ${taskQueue} yet`);
}

/** Names of the product's processes: `worker` and `api`, numbered when there are several. */
const processNames = (kind: 'worker' | 'api', count: number) =>
  Array.from({ length: count }, (_, i) => (count === 1 ? kind : `${kind}-${i + 1}`));

/**
 * Everything on this machine, as in production but small: the Temporal dev server and
 * FerretDB in a fresh temporary folder, demo data, then the product's workers and APIs
 * (`processes` of each, on one task queue and one database) and the baseline's worker as
 * separate processes from dist/ (so their memory can be read). The product's processes
 * count their database operations (`operations`).
 */
async function startBenchStack(options: BenchStackOptions = { processes: 1 }): Promise<BenchStack> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tdkt-bench-'));
  const servers: RunningServer[] = [];
  const children: ChildProcess[] = [];
  let connection: Connection | undefined;
  const stop = async () => {
    await Promise.all(children.map((child) => stopChild(child, 30_000)));
    await connection?.close();
    for (const server of servers.reverse()) await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const [temporalServer, mongo] = await Promise.all([
      startTemporalServer({ dataDir, namespace: 'default' }),
      startMongoServer({ dataDir, database: 'tdkt_bench' }),
    ]);
    servers.push(temporalServer, mongo);
    await connectDatabase(mongo.address);
    await seedDemoData();
    await disconnectDatabase();

    const env = {
      TEMPORAL_ADDRESS: temporalServer.address,
      MONGODB_URI: mongo.address,
      TEMPORAL_TASK_QUEUE: TASK_QUEUE,
      LOG_LEVEL: 'warn',
      // The bots all come from one address: no per-address limits.
      RATE_LIMIT_PER_MINUTE: '0',
      LOGIN_RATE_LIMIT_PER_MINUTE: '0',
      BASELINE_TASK_QUEUE,
    };
    const workerNames = processNames('worker', options.processes);
    const apiNames = processNames('api', options.processes);
    const apiPorts = await Promise.all(apiNames.map(() => freePort()));
    // Each worker its own health and metrics ports: two on the defaults would clash.
    const workerPorts = await Promise.all(
      workerNames.map(async () => ({
        WORKER_HEALTH_PORT: String(await freePort()),
        WORKER_METRICS_ADDRESS: `127.0.0.1:${await freePort()}`,
      })),
    );
    const workers = workerNames.map((name, i) =>
      startNode(name, 'worker/main.js', { ...env, ...workerPorts[i] }, dataDir, true),
    );
    const apis = apiNames.map((name, i) =>
      startNode(name, 'api/main.js', { ...env, API_PORT: String(apiPorts[i]) }, dataDir, true),
    );
    const baselineWorker = startNode('baseline-worker', 'bench/baseline/main.js', env, dataDir);
    children.push(...workers, ...apis, baselineWorker);

    connection = await Connection.connect({ address: temporalServer.address });
    const apiUrls = apiPorts.map((port) => `http://127.0.0.1:${port}`);
    const log = (name: string) => join(dataDir, `${name}.log`);
    await Promise.all([
      ...workers.map((worker, i) =>
        waitUntilReady(
          workerNames[i]!,
          worker,
          () => hasPoller(connection!, TASK_QUEUE, worker.pid),
          180_000,
          log(workerNames[i]!),
        ),
      ),
      waitUntilReady(
        'baseline worker',
        baselineWorker,
        () => hasPoller(connection!, BASELINE_TASK_QUEUE),
        180_000,
        log('baseline-worker'),
      ),
      ...apis.map((api, i) =>
        waitUntilReady(
          apiNames[i]!,
          api,
          async () => {
            if (!(await fetch(`${apiUrls[i]}/api/health`)).ok) throw new Error('not healthy');
          },
          60_000,
          log(apiNames[i]!),
        ),
      ),
    ]);
    const ours = new Map<number, string>([
      ...workers.map((w, i): [number, string] => [w.pid!, workerNames[i]!]),
      ...apis.map((a, i): [number, string] => [a.pid!, apiNames[i]!.replace('api', 'API')]),
      [baselineWorker.pid!, 'baseline worker'],
    ]);
    const counted = [...workers, ...apis].map((child, i) => ({
      pid: child.pid!,
      file: operationsFile(dataDir, [...workerNames, ...apiNames][i]!),
    }));
    return {
      apiUrl: apiUrls[0]!,
      apiUrls,
      processes: [
        ...childProcesses().map(({ pid, name }) => ({ pid, name: ours.get(pid) ?? name })),
        { pid: process.pid, name: 'bench (bots, baseline client)' },
      ],
      client: new Client({ connection, namespace: 'default' }),
      baselineTaskQueue: BASELINE_TASK_QUEUE,
      operations: () => operationsSoFar(counted),
      pids: {
        workers: workers.map((w) => w.pid!),
        apis: apis.map((a) => a.pid!),
        baselineWorker: baselineWorker.pid!,
      },
      databaseUri: mongo.address,
      dataDir,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

interface Snapshot extends OperationCount {
  snapshot: number;
}

const readSnapshot = (file: string): Snapshot | undefined =>
  existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Snapshot) : undefined;

/** Asks each process for its counts so far (SIGWINCH) and adds them up. */
async function operationsSoFar(
  processes: { pid: number; file: string }[],
): Promise<OperationCount> {
  const snapshots = await Promise.all(
    processes.map(async ({ pid, file }) => {
      const before = readSnapshot(file)?.snapshot ?? 0;
      process.kill(pid, 'SIGWINCH');
      const deadline = Date.now() + 10_000;
      for (;;) {
        const now = readSnapshot(file);
        if (now && now.snapshot > before) return now;
        if (Date.now() > deadline) throw new Error(`process ${pid} wrote no operation counts`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }),
  );
  const byCollection = new Map<string, number>();
  for (const { byCollection: counts } of snapshots)
    for (const [what, n] of counts) byCollection.set(what, (byCollection.get(what) ?? 0) + n);
  return {
    total: snapshots.reduce((n, s) => n + s.total, 0),
    writes: snapshots.reduce((n, s) => n + s.writes, 0),
    byCollection: [...byCollection].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
  };
}

/**
 * A benchmark's `main`: the stack up, `run` on it, the stack down, also on Ctrl-C or
 * SIGTERM (the servers and processes it started never outlive it).
 */
export async function runOnBenchStack(
  run: (stack: BenchStack) => Promise<void>,
  options?: BenchStackOptions,
): Promise<void> {
  const stack = await startBenchStack(options);
  const interrupted = () => void stack.stop().finally(() => process.exit(130));
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    await run(stack);
  } catch (error) {
    // The folder goes with the stack: show what the processes said first.
    const names = [
      ...processNames('api', stack.pids.apis.length),
      ...processNames('worker', stack.pids.workers.length),
    ];
    for (const name of names) {
      const lines = readFileSync(join(stack.dataDir, `${name}.log`), 'utf8')
        .trim()
        .split('\n');
      console.error(`--- last lines of ${name}.log\n${lines.slice(-40).join('\n')}`);
    }
    throw error;
  } finally {
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
    await stack.stop();
  }
}

/** Runs a benchmark's `main`, reporting a failure as exit code 1. */
export function runBenchmark(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
