import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import pino, { type Logger } from 'pino';
import { createApp, type AppDependencies } from '../../api/app';

/**
 * Another API on a test's Temporal client and task queue, with its own settings (limits, a
 * logger to read), listening on a free port: its base URL, and `close`.
 */
export async function startApi(
  deps: Pick<AppDependencies, 'temporal' | 'taskQueue'> & Partial<AppDependencies>,
  log: Logger = pino({ level: 'silent' }),
): Promise<{ url: string; close(): Promise<void> }> {
  const app = createApp({
    sessionTtlHours: 1,
    requestsPerMinute: 0,
    loginsPerMinute: 0,
    log,
    ...deps,
  });
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
