import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { runChecks, type Check } from '../observability/health';

/**
 * The worker's probes on their own port (it serves no other HTTP): `/health` answers while
 * the process runs, `/health/ready` runs `checks` and answers 200 or 503 with each result.
 */
export async function startHealthServer(
  port: number,
  checks: Record<string, Check>,
): Promise<{ port: number; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const reply = (status: number, body: object) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.method !== 'GET') return reply(405, { status: 'method not allowed' });
    if (req.url === '/health') return reply(200, { status: 'ok' });
    if (req.url !== '/health/ready') return reply(404, { status: 'not found' });
    void runChecks(checks).then(({ ready, checks: results }) =>
      reply(ready ? 200 : 503, { status: ready ? 'ready' : 'unready', checks: results }),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
