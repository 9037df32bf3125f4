import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ExitedDuringStartUp, retryStartUp } from '../../scripts/servers/childProcess';
import { freePort } from '../../scripts/servers/freePort';
import { startMongoServer } from '../../scripts/servers/mongoServer';

/** A port taken between picking it and the server binding it must not fail a whole run. */
describe('a server whose port is taken during start-up', () => {
  let squatter: Server;
  let port: number;

  beforeAll(async () => {
    port = await freePort();
    // It holds the port and hangs up on whoever calls (the start-up probes do).
    squatter = createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => squatter.listen(port, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise((resolve) => squatter.close(resolve)));

  it('is reported with the reason from its log', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tdkt-startup-'));
    const started = startMongoServer({ dataDir, port, database: 'startup' });
    await expect(started).rejects.toBeInstanceOf(ExitedDuringStartUp);
    await expect(started).rejects.toThrow(/address already in use/);
  });

  it('starts on fresh ports when the caller lets it pick them', async () => {
    let tries = 0;
    const server = await retryStartUp(async () => {
      tries += 1;
      const dataDir = mkdtempSync(join(tmpdir(), 'tdkt-startup-'));
      return startMongoServer({ dataDir, port: tries === 1 ? port : undefined, database: 's' });
    });
    try {
      expect(tries).toBe(2);
      expect(server.address).not.toContain(`:${port}/`);
    } finally {
      await server.stop();
    }
  });
});
