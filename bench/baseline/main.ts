import { createBaselineWorker } from './baselineWorker';

/**
 * The baseline worker as its own process (so its memory can be read like the product's):
 * `TEMPORAL_ADDRESS=… BASELINE_TASK_QUEUE=… node dist/bench/baseline/main.js`.
 */
async function main(): Promise<void> {
  const address = process.env.TEMPORAL_ADDRESS;
  const taskQueue = process.env.BASELINE_TASK_QUEUE;
  if (!address || !taskQueue)
    throw new Error('TEMPORAL_ADDRESS and BASELINE_TASK_QUEUE are needed');
  const { worker, connection } = await createBaselineWorker(address, taskQueue);
  console.log('baseline worker started');
  await worker.run(); // drains on SIGINT/SIGTERM
  await connection.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
