import type { RunningServer } from '../../../scripts/servers/childProcess';

/**
 * A real server (Temporal dev server, FerretDB) that a fault test freezes (SIGSTOP) or
 * kills (SIGKILL) and starts again on the same port with the same data files.
 */
export class RestartableServer {
  private server?: RunningServer;

  constructor(
    readonly name: string,
    private readonly launch: () => Promise<RunningServer>,
  ) {}

  async start(): Promise<void> {
    const server = await this.launch();
    if (server.pid === undefined) {
      await server.stop();
      throw new Error(
        `the fault suite needs the Go-built ${this.name} (scripts/provision-servers.sh), ` +
          'whose process it can kill',
      );
    }
    this.server = server;
  }

  /** SIGSTOP: the server hangs — connections stay open, nothing answers. */
  freeze(): void {
    process.kill(this.server!.pid!, 'SIGSTOP');
  }

  /** kill -9 (frozen or not), then waits until the process has exited. */
  async kill(): Promise<void> {
    const server = this.release();
    process.kill(server.pid!, 'SIGKILL');
    await server.stop();
  }

  async stop(): Promise<void> {
    await this.server?.stop();
    this.server = undefined;
  }

  private release(): RunningServer {
    if (!this.server) throw new Error(`${this.name} is not running`);
    const server = this.server;
    this.server = undefined;
    return server;
  }
}
