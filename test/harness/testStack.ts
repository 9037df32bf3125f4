import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { Client, Connection } from '@temporalio/client';
import type { PayloadCodec } from '@temporalio/common';
import { DefaultLogger, Runtime, type Worker } from '@temporalio/worker';
import pino from 'pino';
import { createApp } from '../../api/app';
import { connectDatabase, disconnectDatabase } from '../../data/connection';
import { createWorker } from '../../worker/createWorker';

export interface TestStack {
  client: Client;
  taskQueue: string;
  databaseUri: string;
  /** Base URL of a real HTTP server running the API, when requested. */
  apiUrl: string;
  /** Shuts the worker down (workflows wait); the returned function starts a new one. */
  stopWorker(): Promise<() => Promise<void>>;
  stop(): Promise<void>;
}

/** `mongodb://host:port/db` → the same server, another database. */
function withDatabase(uri: string, database: string): string {
  const url = new URL(uri);
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * For one test file: its own database and task queue on the shared real servers, a
 * real worker running the real activities, and the API listening on a free port.
 * `payloadCodecs` go to the worker and the client alike (encrypted histories).
 */
export async function startTestStack(
  options: { payloadCodecs?: PayloadCodec[] } = {},
): Promise<TestStack> {
  quietWorkerLogs();
  const suffix = randomBytes(4).toString('hex');
  const taskQueue = `test-${suffix}`;
  const databaseUri = withDatabase(process.env.TDKT_TEST_MONGODB_URI!, `tdkt_test_${suffix}`);
  await connectDatabase(databaseUri);

  const startWorker = () =>
    createWorker({
      temporalAddress: process.env.TDKT_TEST_TEMPORAL_ADDRESS!,
      namespace: 'default',
      taskQueue,
      workflowBundlePath: process.env.TDKT_WORKFLOW_BUNDLE,
      payloadCodecs: options.payloadCodecs,
    });
  let { worker, connection: workerConnection } = await startWorker();
  let running = worker.run();

  const connection = await Connection.connect({ address: process.env.TDKT_TEST_TEMPORAL_ADDRESS! });
  const client = new Client({
    connection,
    namespace: 'default',
    dataConverter: { payloadCodecs: options.payloadCodecs ?? [] },
  });

  const app = createApp({
    temporal: client,
    taskQueue,
    sessionTtlHours: 1,
    // Suites sign in many users from one address; rateLimits.test.ts tests the limits.
    requestsPerMinute: 0,
    loginsPerMinute: 0,
    log: pino({ level: process.env.TDKT_TEST_LOG_LEVEL ?? 'silent' }),
  });
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    client,
    taskQueue,
    databaseUri,
    apiUrl,
    async stopWorker() {
      stopWorker(worker);
      await running;
      await workerConnection.close();
      return async () => {
        ({ worker, connection: workerConnection } = await startWorker());
        running = worker.run();
      };
    },
    async stop() {
      await new Promise((resolve) => server.close(resolve));
      stopWorker(worker);
      await stopsWithin(running, worker);
      await workerConnection.close();
      await connection.close();
      await disconnectDatabase();
    },
  };
}

/** Worker lifecycle chatter hides test output; warnings and errors still show. */
function quietWorkerLogs(): void {
  if (Runtime._instance) return;
  Runtime.install({ logger: new DefaultLogger('WARN') });
}

/**
 * Waits for the worker to stop, within a bound: a worker that does not stop fails the file
 * with what it still held (activities, activations, polls), not a bare hook timeout.
 */
async function stopsWithin(running: Promise<void>, worker: Worker): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const stuck = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new Error(
            `the worker did not stop in ${STOP_WITHIN_MS / 1000} s: ${JSON.stringify(worker.getStatus())}`,
          ),
        ),
      STOP_WITHIN_MS,
    );
  });
  try {
    await Promise.race([running, stuck]);
  } finally {
    clearTimeout(timer);
  }
}

const STOP_WITHIN_MS = 60_000;

function stopWorker(worker: Worker): void {
  if (worker.getState() === 'RUNNING') worker.shutdown();
}
