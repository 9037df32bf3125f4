import '../config/lunarLibraryResolution';
import { Runtime, makeTelemetryFilterString } from '@temporalio/worker';
import { loadEnvironment } from '../config/env';
import { payloadCodecsFor } from '../config/payloadCodec';
import { connectDatabase, disconnectDatabase } from '../data/connection';
import { createLogger } from '../config/logger';
import { createWorker } from './createWorker';
import { startHealthServer } from './healthServer';
import { sdkLogger } from './sdkLogger';
import { staleBundle } from './workflowBundler';
import { databaseCheck, temporalCheck } from '../observability/health';
import { tracingFromEnvironment } from '../observability/tracing';
import { retireEmailOutbox } from '../activities/notification/retireEmailOutbox';
import { runStartupMigrations } from '../data/migrations';

async function main(): Promise<void> {
  const env = loadEnvironment();
  const payloadCodecs = payloadCodecsFor(env);
  const log = createLogger('worker', env.LOG_LEVEL);
  // Before any connection. One log stream: the SDK's lines, the workflows' and activities'
  // (with their IDs) and, forwarded, its native core's go through pino. The runtime serves
  // the SDK's own metrics (workflow task and activity latencies, schedule-to-start, failures
  // by activity type) for Prometheus.
  Runtime.install({
    logger: sdkLogger(log),
    telemetryOptions: {
      logging: { forward: {}, filter: makeTelemetryFilterString({ core: 'WARN', other: 'ERROR' }) },
      metrics: {
        prometheus: {
          bindAddress: env.WORKER_METRICS_ADDRESS,
          countersTotalSuffix: true,
          useSecondsForDurations: true,
        },
      },
    },
  });
  // The build's bundles unless one is named; a stale one would run yesterday's workflows.
  const bundle = process.env.TDKT_WORKFLOW_BUNDLE;
  const stale = bundle ? undefined : staleBundle();
  if (stale) throw new Error(stale);
  const tracing = tracingFromEnvironment('tdkt-worker', env.OTEL_EXPORTER_OTLP_ENDPOINT);
  await connectDatabase(env.MONGODB_URI, { traceCommands: tracing !== undefined });
  const { worker, connection } = await createWorker({
    temporalAddress: env.TEMPORAL_ADDRESS,
    namespace: env.TEMPORAL_NAMESPACE,
    taskQueue: env.TEMPORAL_TASK_QUEUE,
    workflowBundlePath: bundle,
    shutdownGraceSeconds: env.SHUTDOWN_GRACE_SECONDS,
    tracing,
    payloadCodecs,
  });
  const health = await startHealthServer(env.WORKER_HEALTH_PORT, {
    database: databaseCheck,
    temporal: temporalCheck(connection),
    worker: async () => {
      if (worker.getState() !== 'RUNNING') throw new Error(`worker is ${worker.getState()}`);
    },
  });
  log.info(
    {
      taskQueue: env.TEMPORAL_TASK_QUEUE,
      healthPort: health.port,
      metrics: env.WORKER_METRICS_ADDRESS,
      traces: env.OTEL_EXPORTER_OTLP_ENDPOINT ?? 'off',
    },
    'worker started',
  );
  if (!env.SMTP_URL) log.warn('e-mail: SMTP_URL is not set; notifications reach the inbox only');
  const migrations = await runStartupMigrations(log, { retireEmailOutbox });
  // Worker.run() handles SIGINT/SIGTERM itself: it stops polling, lets the tasks in hand
  // finish (activities get SHUTDOWN_GRACE_SECONDS before they are cancelled), then resolves;
  // past twice that it throws and the process exits 1.
  await worker.run();
  log.info('worker drained; closing');
  await health.close();
  await migrations.besideWork;
  await connection.close();
  await disconnectDatabase();
  await tracing?.shutdown();
  log.info('worker stopped');
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
