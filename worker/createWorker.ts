import { NativeConnection, Worker, type WorkerOptions } from '@temporalio/worker';
import { activities } from '../activities';
import { webpackConfigHook } from './workflowBundler';

export interface WorkerSettings {
  temporalAddress: string;
  namespace: string;
  taskQueue: string;
  /** A pre-built workflow bundle (tests build one once); otherwise bundled from source. */
  workflowBundlePath?: string;
  /** On shutdown, activities get this long before they are cancelled; the worker gives up at twice it. */
  shutdownGraceSeconds?: number;
}

/** A worker running every workflow and activity of TĐKT Flow; holds no state of its own. */
export async function createWorker(
  settings: WorkerSettings,
): Promise<{ worker: Worker; connection: NativeConnection }> {
  const connection = await NativeConnection.connect({ address: settings.temporalAddress });
  const workflowSource: Pick<WorkerOptions, 'workflowBundle' | 'workflowsPath' | 'bundlerOptions'> =
    settings.workflowBundlePath
      ? { workflowBundle: { codePath: settings.workflowBundlePath } }
      : { workflowsPath: require.resolve('../workflows'), bundlerOptions: { webpackConfigHook } };
  const worker = await Worker.create({
    connection,
    namespace: settings.namespace,
    taskQueue: settings.taskQueue,
    activities,
    ...workflowSource,
    ...(settings.shutdownGraceSeconds && {
      shutdownGraceTime: `${settings.shutdownGraceSeconds}s`,
      shutdownForceTime: `${2 * settings.shutdownGraceSeconds}s`,
    }),
  });
  return { worker, connection };
}
