import { NativeConnection, Worker } from '@temporalio/worker';
import { baselineActivities } from './baselineActivities';

/** The baseline's own worker on its own task queue; never part of the product's worker. */
export async function createBaselineWorker(
  temporalAddress: string,
  taskQueue: string,
): Promise<{ worker: Worker; connection: NativeConnection }> {
  const connection = await NativeConnection.connect({ address: temporalAddress });
  const worker = await Worker.create({
    connection,
    namespace: 'default',
    taskQueue,
    activities: baselineActivities,
    workflowsPath: require.resolve('./baselineWorkflow'),
  });
  return { worker, connection };
}
