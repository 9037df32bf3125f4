import '../config/lunarLibraryResolution';
import { loadEnvironment } from '../config/env';
import { connectDatabase, disconnectDatabase } from '../data/connection';
import { createLogger } from '../config/logger';
import { createWorker } from './createWorker';
import { retireEmailOutbox } from '../activities/notification/retireEmailOutbox';
import { runStartupMigrations } from '../data/migrations';

async function main(): Promise<void> {
  const env = loadEnvironment();
  const log = createLogger('worker', env.LOG_LEVEL);
  await connectDatabase(env.MONGODB_URI);
  const { worker, connection } = await createWorker({
    temporalAddress: env.TEMPORAL_ADDRESS,
    namespace: env.TEMPORAL_NAMESPACE,
    taskQueue: env.TEMPORAL_TASK_QUEUE,
    workflowBundlePath: process.env.TDKT_WORKFLOW_BUNDLE,
  });
  log.info({ taskQueue: env.TEMPORAL_TASK_QUEUE }, 'worker started');
  if (!env.SMTP_URL) log.warn('e-mail: SMTP_URL is not set; notifications reach the inbox only');
  const migrations = await runStartupMigrations(log, { retireEmailOutbox });
  // Worker.run() handles SIGINT/SIGTERM itself: it drains, then resolves.
  await worker.run();
  await migrations.besideWork;
  await connection.close();
  await disconnectDatabase();
  log.info('worker stopped');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
