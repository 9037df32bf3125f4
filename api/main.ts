import '../config/lunarLibraryResolution';
import { Client, Connection } from '@temporalio/client';
import { OpenTelemetryWorkflowClientInterceptor } from '@temporalio/interceptors-opentelemetry';
import { auditLog } from '../audit/appendAuditEntry';
import { startCheckpoints } from '../audit/checkpoint';
import { loadEnvironment } from '../config/env';
import { payloadCodecsFor } from '../config/payloadCodec';
import { createLogger } from '../config/logger';
import { connectDatabase, disconnectDatabase } from '../data/connection';
import { runStartupMigrations } from '../data/migrations';
import { tracingFromEnvironment } from '../observability/tracing';
import { createApp } from './app';

async function main(): Promise<void> {
  const env = loadEnvironment();
  const payloadCodecs = payloadCodecsFor(env);
  const log = createLogger('api', env.LOG_LEVEL);
  const tracing = tracingFromEnvironment('tdkt-api', env.OTEL_EXPORTER_OTLP_ENDPOINT);
  await connectDatabase(env.MONGODB_URI, { traceCommands: tracing !== undefined });
  const migrations = await runStartupMigrations(log);
  const connection = await Connection.connect({ address: env.TEMPORAL_ADDRESS });
  const temporal = new Client({
    connection,
    namespace: env.TEMPORAL_NAMESPACE,
    // Starts, updates, signals and queries as spans, their context in the workflow's headers.
    ...(tracing && {
      interceptors: { workflow: [new OpenTelemetryWorkflowClientInterceptor()] },
    }),
    dataConverter: { payloadCodecs },
  });
  const app = createApp({
    temporal,
    taskQueue: env.TEMPORAL_TASK_QUEUE,
    sessionTtlHours: env.SESSION_TTL_HOURS,
    requestsPerMinute: env.RATE_LIMIT_PER_MINUTE,
    loginsPerMinute: env.LOGIN_RATE_LIMIT_PER_MINUTE,
    inFlight: {
      perUser: env.HEAVY_IN_FLIGHT_PER_USER,
      perAddress: env.HEAVY_IN_FLIGHT_PER_ADDRESS,
      perProcess: env.HEAVY_IN_FLIGHT_PER_PROCESS,
    },
    trustProxy: env.TRUST_PROXY,
    log,
    tracer: tracing?.tracer,
  });
  const server = app.listen(env.API_PORT, env.API_HOST, () => {
    log.info({ host: env.API_HOST, port: env.API_PORT }, 'API listening');
  });
  const checkpoints = startCheckpoints({
    file: env.AUDIT_CHECKPOINT_FILE,
    seconds: env.AUDIT_CHECKPOINT_SECONDS,
    key: env.AUDIT_HMAC_KEYS.current,
    log,
  });
  // SIGTERM: stop accepting connections, let the requests in flight finish, and cut off
  // any still running after SHUTDOWN_GRACE_SECONDS, so the process always exits in bounded time.
  const stop = (): void => {
    log.info(
      { graceSeconds: env.SHUTDOWN_GRACE_SECONDS },
      'stopping: finishing requests in flight',
    );
    server.close(async () => {
      await migrations.besideWork;
      // The last entries of the requests just finished, published before the database goes.
      await auditLog.flush();
      await checkpoints
        .stop()
        .catch((error: unknown) => log.error({ err: error }, 'last audit checkpoint failed'));
      await connection.close();
      await disconnectDatabase();
      await tracing?.shutdown();
      log.info('API stopped');
      process.exit(0);
    });
    setTimeout(() => {
      log.warn('requests still in flight at the end of the grace period; closing them');
      server.closeAllConnections();
    }, env.SHUTDOWN_GRACE_SECONDS * 1000).unref();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
