import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';

/** A server this process started; `stop` ends it gracefully, then forcefully. */
export interface RunningServer {
  name: string;
  address: string;
  /** The server's own process, when this process started it (fault tests signal it). */
  pid?: number;
  stop(): Promise<void>;
}

export function startChild(
  name: string,
  command: string,
  args: string[],
  logFile: string,
): ChildProcess {
  const log = createWriteStream(logFile, { flags: 'a' });
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  child.on('error', (error) => log.write(`[${name}] failed to start: ${error.message}\n`));
  return child;
}

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
      throw new Error(`${name} exited during start-up (code ${child.exitCode}); see ${logFile}`);
    }
    try {
      await probe();
      return;
    } catch (error) {
      lastError = error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(
    `${name} was not ready after ${timeoutMs} ms (${String(lastError)}); see ${logFile}`,
  );
}
