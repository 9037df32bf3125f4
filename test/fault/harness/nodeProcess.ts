import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { killOnExit, stopChild } from '../../../scripts/servers/childProcess';
import { repoRoot } from '../../../config/repoRoot';

/**
 * One of the product's own processes, run as in production (`node dist/<entry>`), that a
 * fault test kills for real (`kill -9`) and starts again. Output is appended to `logFile`.
 */
export class NodeProcess {
  private child?: ChildProcess;
  /** Exits nobody asked for (a crash), with their code or signal. */
  readonly crashes: string[] = [];

  constructor(
    readonly name: string,
    private readonly entry: string,
    private readonly env: NodeJS.ProcessEnv,
    readonly logFile: string,
  ) {}

  start(): void {
    const log = createWriteStream(this.logFile, { flags: 'a' });
    const child = spawn(process.execPath, [join(repoRoot(), 'dist', this.entry)], {
      env: this.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    killOnExit(child);
    // Two streams into one file: it ends once the process's output has, not with the first.
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    child.once('close', () => log.end());
    child.on('exit', (code, signal) => {
      if (this.child === child) this.crashes.push(`${this.name} exited (${signal ?? code})`);
    });
    this.child = child;
  }

  /** SIGKILL: no draining, no clean-up; resolves once the process is gone. */
  async kill(): Promise<void> {
    const child = this.release();
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const gone = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await gone;
  }

  /**
   * SIGTERM as an orchestrator sends it, without a SIGKILL behind it: resolves with how the
   * process ended and how long it took (`timedOut` if it still ran after `withinMs`).
   */
  async terminate(
    withinMs: number,
  ): Promise<{ code: number | null; signal: string | null; ms: number; timedOut: boolean }> {
    const child = this.release();
    if (!child) throw new Error(`${this.name} is not running`);
    const start = Date.now();
    const ended = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
      child.once('exit', (code, signal) => resolve({ code, signal })),
    );
    child.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<undefined>(
      (resolve) => (timer = setTimeout(() => resolve(undefined), withinMs)),
    );
    const outcome = await Promise.race([ended, late]);
    clearTimeout(timer);
    if (outcome) return { ...outcome, ms: Date.now() - start, timedOut: false };
    child.kill('SIGKILL');
    return { ...(await ended), ms: Date.now() - start, timedOut: true };
  }

  /** A graceful stop, as at the end of a test. */
  stop(): Promise<void> {
    const child = this.release();
    return child ? stopChild(child) : Promise.resolve();
  }

  private release(): ChildProcess | undefined {
    const child = this.child;
    this.child = undefined;
    return child;
  }
}
