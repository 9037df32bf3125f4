import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';

/** A server this process started; `stop` ends it gracefully, then forcefully. */
export interface RunningServer {
  name: string;
  address: string;
  /** The server's own process, when this process started it (fault tests signal it). */
  pid?: number;
  stop(): Promise<void>;
}

/** Servers still running; a process that exits without stopping them (a test file that failed in
 * its set-up, a forced Jest exit) takes them down with it rather than leaving them behind. */
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

export function killOnExit(child: ChildProcess): void {
  running.add(child);
  child.once('exit', () => running.delete(child));
}

export function startChild(
  name: string,
  command: string,
  args: string[],
  logFile: string,
): ChildProcess {
  const log = createWriteStream(logFile, { flags: 'a' });
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  killOnExit(child);
  logWritten.set(
    child,
    new Promise((resolve) => {
      log.once('finish', () => resolve(undefined));
      log.once('error', () => resolve(undefined));
    }),
  );
  // Two streams into one file: it ends once the child's output has, not with the first stream.
  child.stdout?.pipe(log, { end: false });
  child.stderr?.pipe(log, { end: false });
  child.once('close', () => log.end());
  child.on('error', (error) => log.write(`[${name}] failed to start: ${error.message}\n`));
  return child;
}

/** Each started child's log file, complete once the child's output has been written out. */
const logWritten = new WeakMap<ChildProcess, Promise<unknown>>();

export function stopChild(child: ChildProcess, graceMs = 10000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Polls `probe` until it succeeds, the child dies, or the time runs out. */
export async function waitUntilReady(
  name: string,
  child: ChildProcess | undefined,
  probe: () => Promise<unknown>,
  timeoutMs: number,
  logFile: string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (child && (child.exitCode !== null || child.signalCode !== null)) {
      // The reason is in the log's last lines: let them reach the file first.
      await Promise.race([logWritten.get(child), new Promise((r) => setTimeout(r, 2000))]);
      throw new ExitedDuringStartUp(
        `${name} exited during start-up (code ${child.exitCode}); see ${logFile}${logTail(logFile)}`,
      );
    }
    try {
      await probe();
      return;
    } catch (error) {
      lastError = error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  if (child) await stopChild(child);
  throw new Error(
    `${name} was not ready after ${timeoutMs} ms (${String(lastError)}); see ${logFile}${logTail(logFile)}`,
  );
}

/** A server's process ended before it answered: most often a port picked a moment before was
 * taken in between (by another server or an outgoing connection), so a new try can succeed. */
export class ExitedDuringStartUp extends Error {}

/** Runs `start` again (it picks its ports afresh) when its server exited during start-up. */
export async function retryStartUp<T>(start: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await start();
    } catch (error) {
      if (!(error instanceof ExitedDuringStartUp) || attempt >= attempts) throw error;
    }
  }
}

/** The log's last lines, so a CI transcript shows why a server did not start. */
function logTail(logFile: string, lines = 12): string {
  try {
    const tail = readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
    return tail ? `\n--- last lines of ${logFile} ---\n${tail}` : '';
  } catch {
    return '';
  }
}
