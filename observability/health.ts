import mongoose from 'mongoose';
import { temporal } from '@temporalio/proto';

/** What a readiness probe reports for one dependency. */
interface CheckResult {
  ok: boolean;
  /** How long the check took, in milliseconds. */
  ms: number;
  error?: string;
}

interface Readiness {
  ready: boolean;
  checks: Record<string, CheckResult>;
}

/** A check resolves when the dependency answers and throws (or hangs) when it does not. */
export type Check = () => Promise<void>;

/**
 * A frozen server keeps its connections open and never answers, so every check is cut off
 * after this long: readiness turns within seconds of a dependency going away.
 */
const CHECK_TIMEOUT_MS = 2000;

/**
 * A worker's long poll lasts up to a minute and Temporal records a poller when a poll starts
 * or ends, so an idle healthy worker was last seen at most about 70 s ago.
 */
export const POLLER_SEEN_WITHIN_MS = 75_000;

function withTimeout(check: Check, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([check(), timeout]).finally(() => clearTimeout(timer));
}

/** Runs every check at once, each bounded by `timeoutMs`. */
export async function runChecks(
  checks: Record<string, Check>,
  timeoutMs = CHECK_TIMEOUT_MS,
): Promise<Readiness> {
  const entries = await Promise.all(
    Object.entries(checks).map(async ([name, check]): Promise<[string, CheckResult]> => {
      const start = Date.now();
      try {
        await withTimeout(check, timeoutMs);
        return [name, { ok: true, ms: Date.now() - start }];
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return [name, { ok: false, ms: Date.now() - start, error: message }];
      }
    }),
  );
  return { ready: entries.every(([, result]) => result.ok), checks: Object.fromEntries(entries) };
}

/** The process's database connection answers a ping. */
export const databaseCheck: Check = async () => {
  const db = mongoose.connection.db;
  if (mongoose.connection.readyState !== mongoose.ConnectionStates.connected || !db) {
    throw new Error('not connected');
  }
  await db.admin().command({ ping: 1 });
};

/** The part of a Temporal connection (the client's or the worker's) the checks use. */
interface TemporalConnectionLike {
  workflowService: {
    getSystemInfo(request: object): Promise<unknown>;
    describeTaskQueue(
      request: temporal.api.workflowservice.v1.IDescribeTaskQueueRequest,
    ): Promise<temporal.api.workflowservice.v1.IDescribeTaskQueueResponse>;
  };
  withDeadline<T>(deadline: number, fn: () => Promise<T>): Promise<T>;
}

/** Calls on a frozen frontend end at the check's timeout instead of piling up. */
function bounded<T>(connection: TemporalConnectionLike, call: () => Promise<T>): Promise<T> {
  return connection.withDeadline(Date.now() + CHECK_TIMEOUT_MS, call);
}

/** The Temporal frontend answers. */
export function temporalCheck(connection: TemporalConnectionLike): Check {
  return async () => {
    await bounded(connection, () => connection.workflowService.getSystemInfo({}));
  };
}

const { TASK_QUEUE_TYPE_WORKFLOW, TASK_QUEUE_TYPE_ACTIVITY } = temporal.api.enums.v1.TaskQueueType;

/**
 * Some worker polls the task queue for workflow tasks and for activities: without one,
 * every request that starts or advances a workflow would wait.
 */
export function pollersCheck(
  connection: TemporalConnectionLike,
  namespace: string,
  taskQueue: string,
  now: () => number = Date.now,
): Check {
  return async () => {
    const types = [TASK_QUEUE_TYPE_WORKFLOW, TASK_QUEUE_TYPE_ACTIVITY];
    const answers = await Promise.all(
      types.map((taskQueueType) =>
        bounded(connection, () =>
          connection.workflowService.describeTaskQueue({
            namespace,
            taskQueue: { name: taskQueue },
            taskQueueType,
          }),
        ),
      ),
    );
    answers.forEach((answer, i) => {
      const seen = (answer.pollers ?? []).some((poller) => {
        const seconds = Number(poller.lastAccessTime?.seconds ?? 0);
        return now() - seconds * 1000 <= POLLER_SEEN_WITHIN_MS;
      });
      if (!seen) {
        const kind = types[i] === TASK_QUEUE_TYPE_WORKFLOW ? 'workflow tasks' : 'activities';
        throw new Error(
          `no worker polled ${taskQueue} for ${kind} in the last ${POLLER_SEEN_WITHIN_MS / 1000} s`,
        );
      }
    });
  };
}
