import type { LogLevel, LogMetadata, Logger as SdkLogger } from '@temporalio/common';
import type { Logger } from 'pino';

const PINO_LEVEL = {
  TRACE: 'trace',
  DEBUG: 'debug',
  INFO: 'info',
  WARN: 'warn',
  ERROR: 'error',
} as const satisfies Record<LogLevel, string>;

/**
 * The Temporal SDK's logger writing into the process's pino stream: the SDK's own lines, the
 * workflows' and activities' context loggers and (forwarded) its native core, each with the
 * metadata the SDK attaches — `workflowId`, `runId`, `workflowType`, `activityId`,
 * `activityType`, `taskQueue`, `sdkComponent`. Errors go under pino's `err` key.
 */
export function sdkLogger(log: Logger): SdkLogger {
  const emit = (level: LogLevel, message: string, meta: LogMetadata = {}) => {
    const { error, ...fields }: LogMetadata = meta;
    // A task token completes the activity for whoever holds it: kept out of the logs.
    delete fields.taskToken;
    log[PINO_LEVEL[level]](error === undefined ? fields : { ...fields, err: error }, message);
  };
  return {
    log: emit,
    trace: (message, meta) => emit('TRACE', message, meta),
    debug: (message, meta) => emit('DEBUG', message, meta),
    info: (message, meta) => emit('INFO', message, meta),
    warn: (message, meta) => emit('WARN', message, meta),
    error: (message, meta) => emit('ERROR', message, meta),
  };
}
