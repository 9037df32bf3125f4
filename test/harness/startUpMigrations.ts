import { Writable } from 'node:stream';
import pino from 'pino';
import { runStartupMigrations } from '../../data/migrations';

/** A logger at `info` whose lines (parsed) collect in `lines`, for a test to read. */
export function capturedLog() {
  const lines: Record<string, unknown>[] = [];
  const log = pino(
    { level: 'info' },
    new Writable({
      write(chunk, _encoding, done) {
        lines.push(JSON.parse(String(chunk)));
        done();
      },
    }),
  );
  return { log, lines };
}

/**
 * Start-up as the API and worker processes run it, `processes` at once, until every step
 * (those beside the work too) is done; returns the log lines it wrote.
 */
export async function startUpMigrations(processes: number): Promise<Record<string, unknown>[]> {
  const { log, lines } = capturedLog();
  const runs = await Promise.all(
    Array.from({ length: processes }, () => runStartupMigrations(log)),
  );
  await Promise.all(runs.map((r) => r.besideWork));
  return lines;
}
