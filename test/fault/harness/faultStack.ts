import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { connectDatabase, disconnectDatabase } from '../../../data/connection';
import { retryStartUp } from '../../../scripts/servers/childProcess';
import { freePort } from '../../../scripts/servers/freePort';
import { startMongoServer } from '../../../scripts/servers/mongoServer';
import { startTemporalServer } from '../../../scripts/servers/temporalServer';
import { seedDemoData } from '../../../scripts/seed/seedDemoData';
import { NodeProcess } from './nodeProcess';
import { RestartableServer } from './restartableServer';

export interface FaultStack {
  /** Where the servers' files and every process's log are. */
  dataDir: string;
  apiUrl: string;
  /** Where the worker and the API find the database and Temporal. */
  mongoUri: string;
  temporalAddress: string;
  /** The worker's liveness and readiness server, and its Temporal SDK metrics. */
  workerHealthUrl: string;
  workerMetricsAddress: string;
  temporal: RestartableServer;
  database: RestartableServer;
  worker: NodeProcess;
  api: NodeProcess;
  /** The test's own Temporal client (reconciliation reads workflows with it). */
  client: Client;
  stop(): Promise<void>;
}

/**
 * Everything `npm start` runs, each in its own process, owned by one test file: the
 * Temporal dev server and FerretDB on fixed ports with files in a fresh folder (so a
 * restart finds its data), demo accounts, and the worker and the API as `node dist/…`.
 * The test process connects to the same database to check the outcome.
 */
export function startFaultStack(): Promise<FaultStack> {
  // Fixed ports are picked before any server binds them, so one may be taken in between:
  // a server that exits during start-up means a fresh folder and fresh ports.
  return retryStartUp(startFaultStackOnce);
}

/** Starts everything or, when a part fails, stops what did start before it throws. */
async function startFaultStackOnce(): Promise<FaultStack> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tdkt-fault-'));
  const [temporalPort, mongoPort, apiPort, workerHealthPort, workerMetricsPort] = await Promise.all(
    [freePort(), freePort(), freePort(), freePort(), freePort()],
  );
  const temporal = new RestartableServer('Temporal dev server', () =>
    startTemporalServer({ dataDir, port: temporalPort, namespace: 'default' }),
  );
  const database = new RestartableServer('FerretDB', () =>
    startMongoServer({ dataDir, port: mongoPort, database: 'tdkt_fault' }),
  );
  const stopServers = () => Promise.all([temporal.stop(), database.stop()]);
  const starts = await Promise.allSettled([temporal.start(), database.start()]);
  const failed = starts.find((start) => start.status === 'rejected');
  if (failed) {
    await stopServers();
    throw failed.reason;
  }
  const temporalAddress = `127.0.0.1:${temporalPort}`;
  const mongoUri = `mongodb://127.0.0.1:${mongoPort}/tdkt_fault`;
  try {
    await connectDatabase(mongoUri);
    await seedDemoData();
  } catch (error) {
    await disconnectDatabase();
    await stopServers();
    throw error;
  }

  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    TEMPORAL_ADDRESS: temporalAddress,
    MONGODB_URI: mongoUri,
    TEMPORAL_TASK_QUEUE: 'tdkt-fault',
    API_PORT: String(apiPort),
    WORKER_HEALTH_PORT: String(workerHealthPort),
    WORKER_METRICS_ADDRESS: `127.0.0.1:${workerMetricsPort}`,
    LOG_LEVEL: 'warn',
    // The bots share one address; limits are tested in test/integration.
    RATE_LIMIT_PER_MINUTE: '0',
    LOGIN_RATE_LIMIT_PER_MINUTE: '0',
  };
  const worker = new NodeProcess('worker', 'worker/main.js', env, join(dataDir, 'worker.log'));
  const api = new NodeProcess('api', 'api/main.js', env, join(dataDir, 'api.log'));
  worker.start();
  api.start();
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  try {
    await waitForHealth(apiUrl, api);
  } catch (error) {
    await Promise.all([worker.stop(), api.stop()]);
    await disconnectDatabase();
    await stopServers();
    throw error;
  }

  const connection = await Connection.connect({ address: temporalAddress });
  const client = new Client({ connection, namespace: 'default' });
  return {
    dataDir,
    apiUrl,
    mongoUri,
    temporalAddress,
    workerHealthUrl: `http://127.0.0.1:${workerHealthPort}`,
    workerMetricsAddress: `127.0.0.1:${workerMetricsPort}`,
    temporal,
    database,
    worker,
    api,
    client,
    async stop() {
      await Promise.all([worker.stop(), api.stop()]);
      await connection.close();
      await disconnectDatabase();
      await stopServers();
    },
  };
}

async function waitForHealth(apiUrl: string, api: NodeProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (api.crashes.length) throw new Error(`${api.crashes[0]}; see ${api.logFile}`);
    try {
      if ((await fetch(`${apiUrl}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the API did not answer within 60 s; see ${api.logFile}`);
}
