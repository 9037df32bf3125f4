import '../../config/lunarLibraryResolution';
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { connectDatabase, disconnectDatabase } from '../../data/connection';
import { seedDemoData } from '../../scripts/seed/seedDemoData';
import { stopChild, waitUntilReady, type RunningServer } from '../../scripts/servers/childProcess';
import { freePort } from '../../scripts/servers/freePort';
import { startMongoServer } from '../../scripts/servers/mongoServer';
import { repoRoot } from '../../scripts/servers/repoRoot';
import { startTemporalServer } from '../../scripts/servers/temporalServer';
import type { BenchTarget } from './benchTarget';
import { childProcesses } from './processCpu';

export interface BenchStack extends BenchTarget {
  /** Process ids of the product's worker and API and of the baseline worker. */
  pids: { worker: number; api: number; baselineWorker: number };
  dataDir: string;
  stop(): Promise<void>;
}

const TASK_QUEUE = 'tdkt-bench';
const BASELINE_TASK_QUEUE = 'tdkt-bench-baseline';

/** `node dist/<script>` with its output in `<dataDir>/<name>.log`. */
function startNode(name: string, script: string, env: NodeJS.ProcessEnv, dataDir: string) {
  const log = createWriteStream(join(dataDir, `${name}.log`), { flags: 'a' });
  // BENCH_CPU_PROF=<folder> profiles the worker and the API (written when they exit).
  const profile = process.env.BENCH_CPU_PROF
    ? [
        '--cpu-prof',
        `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`,
        `--cpu-prof-name=${name}.cpuprofile`,
      ]
    : [];
  const child = spawn(process.execPath, [...profile, join(repoRoot(), 'dist', script)], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  return child;
}

async function hasPoller(connection: Connection, taskQueue: string): Promise<void> {
  const { pollers } = await connection.workflowService.describeTaskQueue({
    namespace: 'default',
    taskQueue: { name: taskQueue },
    taskQueueType: temporal.api.enums.v1.TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW,
  });
  if (!pollers?.length) throw new Error(`no worker polls ${taskQueue} yet`);
}

/**
 * Everything on this machine, as in production but small: the Temporal dev server and
 * FerretDB in a fresh temporary folder, demo data, then the product's worker and API and
 * the baseline's worker as separate processes from dist/ (so their memory can be read).
 */
export async function startBenchStack(): Promise<BenchStack> {
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

    const apiPort = await freePort();
    const env = {
      TEMPORAL_ADDRESS: temporalServer.address,
      MONGODB_URI: mongo.address,
      TEMPORAL_TASK_QUEUE: TASK_QUEUE,
      API_PORT: String(apiPort),
      LOG_LEVEL: 'warn',
      // The bots all come from one address: no per-address limits.
      RATE_LIMIT_PER_MINUTE: '0',
      LOGIN_RATE_LIMIT_PER_MINUTE: '0',
      BASELINE_TASK_QUEUE,
    };
    const worker = startNode('worker', 'worker/main.js', env, dataDir);
    const api = startNode('api', 'api/main.js', env, dataDir);
    const baselineWorker = startNode('baseline-worker', 'bench/baseline/main.js', env, dataDir);
    children.push(worker, api, baselineWorker);

    connection = await Connection.connect({ address: temporalServer.address });
    const apiUrl = `http://127.0.0.1:${apiPort}`;
    const log = (name: string) => join(dataDir, `${name}.log`);
    await Promise.all([
      waitUntilReady(
        'worker',
        worker,
        () => hasPoller(connection!, TASK_QUEUE),
        180_000,
        log('worker'),
      ),
      waitUntilReady(
        'baseline worker',
        baselineWorker,
        () => hasPoller(connection!, BASELINE_TASK_QUEUE),
        180_000,
        log('baseline-worker'),
      ),
      waitUntilReady(
        'API',
        api,
        async () => {
          if (!(await fetch(`${apiUrl}/api/health`)).ok) throw new Error('not healthy');
        },
        60_000,
        log('api'),
      ),
    ]);
    const ours = new Map<number, string>([
      [worker.pid!, 'worker'],
      [api.pid!, 'API'],
      [baselineWorker.pid!, 'baseline worker'],
    ]);
    return {
      apiUrl,
      processes: [
        ...childProcesses().map(({ pid, name }) => ({ pid, name: ours.get(pid) ?? name })),
        { pid: process.pid, name: 'bench (bots, baseline client)' },
      ],
      client: new Client({ connection, namespace: 'default' }),
      baselineTaskQueue: BASELINE_TASK_QUEUE,
      pids: { worker: worker.pid!, api: api.pid!, baselineWorker: baselineWorker.pid! },
      dataDir,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * A benchmark's `main`: the stack up, `run` on it, the stack down, also on Ctrl-C or
 * SIGTERM (the servers and processes it started never outlive it).
 */
export async function runOnBenchStack(run: (stack: BenchStack) => Promise<void>): Promise<void> {
  const stack = await startBenchStack();
  const interrupted = () => void stack.stop().finally(() => process.exit(130));
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    await run(stack);
  } catch (error) {
    // The folder goes with the stack: show what the processes said first.
    for (const name of ['api', 'worker']) {
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
