import { NativeConnection, Worker } from '@temporalio/worker';
import type { PayloadCodec } from '@temporalio/common';
import { activities } from '../activities';
import { WORKFLOW_BUNDLE } from './workflowBundler';

export interface WorkerSettings {
  temporalAddress: string;
  namespace: string;
  taskQueue: string;
  /** The workflow bundle to load (tests bundle the sources once); default: the build's. */
  workflowBundlePath?: string;
  /** Encrypt and decrypt every payload (config/payloadCodec.ts); none: payloads in clear. */
  payloadCodecs?: PayloadCodec[];
  /** On shutdown, activities get this long before they are cancelled; the worker gives up at twice it. */
  shutdownGraceSeconds?: number;
}

/** A worker running every workflow and activity of TĐKT Flow; holds no state of its own. */
export async function createWorker(
  settings: WorkerSettings,
): Promise<{ worker: Worker; connection: NativeConnection }> {
  const connection = await NativeConnection.connect({ address: settings.temporalAddress });
  const worker = await Worker.create({
    connection,
    namespace: settings.namespace,
    taskQueue: settings.taskQueue,
    dataConverter: { payloadCodecs: settings.payloadCodecs ?? [] },
    activities,
    workflowBundle: { codePath: settings.workflowBundlePath ?? WORKFLOW_BUNDLE },
    ...(settings.shutdownGraceSeconds && {
      shutdownGraceTime: `${settings.shutdownGraceSeconds}s`,
      shutdownForceTime: `${2 * settings.shutdownGraceSeconds}s`,
    }),
  });
  return { worker, connection };
}
