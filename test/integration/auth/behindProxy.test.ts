import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import pino from 'pino';
import { createApp, type AppDependencies } from '../../../api/app';
import { AuditEntryModel } from '../../../data/audit/auditEntryModel';
import { DEMO_PASSWORD } from '../../../scripts/seed/demoData';
import { seedDemoData } from '../../../scripts/seed/seedDemoData';
import { eventually } from '../../harness/apiClient';
import { startTestStack, type TestStack } from '../../harness/testStack';

/**
 * Issue 18, finding 4: behind the TLS reverse proxy production needs, every client shared one
 * rate-limit bucket, every audit entry named the proxy, and cookies lost `Secure`. This test's
 * client plays the proxy (it connects from loopback and forwards X-Forwarded-For).
 */
describe('behind a reverse proxy', () => {
  let stack: TestStack;
  const servers: Server[] = [];

  beforeAll(async () => {
    stack = await startTestStack();
    await seedDemoData();
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
    await stack.stop();
  });

  async function serve(deps: Partial<AppDependencies>, env = 'test'): Promise<string> {
    const app = createApp({
      temporal: stack.client,
      taskQueue: stack.taskQueue,
      sessionTtlHours: 1,
      log: pino({ level: 'silent' }),
      ...deps,
    });
    app.set('env', env);
    const server = await new Promise<Server>((resolve) => {
      const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
    });
    servers.push(server);
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  const from = (client: string) => ({ 'x-forwarded-for': `${client}, 127.0.0.1` });
  const statuses = async (url: string, clients: string[]) => {
    const found = [];
    for (const client of clients) {
      found.push((await fetch(`${url}/api/openapi.json`, { headers: from(client) })).status);
    }
    return found;
  };

  test('with the proxy trusted, each forwarded client has its own rate-limit bucket and its address in the audit log', async () => {
    const url = await serve({ trustProxy: 'loopback', requestsPerMinute: 2 });
    expect(await statuses(url, ['203.0.113.5', '203.0.113.5', '203.0.113.5'])).toEqual([
      200, 200, 429,
    ]);
    expect(await statuses(url, ['203.0.113.6'])).toEqual([200]);

    const since = new Date();
    const refused = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...from('198.51.100.23') },
      body: JSON.stringify({ username: 'thuongtruc', password: 'sai-mat-khau' }),
    });
    expect(refused.status).toBe(401);
    const entry = await eventually(
      () =>
        AuditEntryModel.findOne({ action: 'login.failed', at: { $gte: since } }, { ip: 1 }).lean(),
      (found) => found !== null,
    );
    expect(entry!.ip).toBe('198.51.100.23');
  });

  test('with no proxy named, X-Forwarded-For is ignored: a client cannot pick its own bucket', async () => {
    const url = await serve({ requestsPerMinute: 2 });
    expect(await statuses(url, ['203.0.113.5', '203.0.113.6', '203.0.113.7'])).toEqual([
      200, 200, 429,
    ]);
  });

  test('in production, the cookies are Secure with the __Host- prefix even over plain HTTP, and an unprefixed one is not read', async () => {
    const url = await serve({}, 'production');
    const login = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'thuongtruc', password: DEMO_PASSWORD }),
    });
    expect(login.status).toBe(200);
    const cookies = login.headers.getSetCookie();
    expect(cookies.map((c) => c.split('=')[0])).toEqual([
      '__Host-tdkt_session',
      '__Host-tdkt_csrf',
    ]);
    for (const cookie of cookies) {
      expect(cookie).toMatch(/; Secure/);
      expect(cookie).toMatch(/; Path=\//);
      expect(cookie).not.toMatch(/Domain=/i);
    }
    const token = cookies[0]!.split(';')[0]!.split('=')[1]!;
    const me = (cookie: string) => fetch(`${url}/api/auth/me`, { headers: { cookie } });
    expect((await me(`__Host-tdkt_session=${token}`)).status).toBe(200);
    expect((await me(`tdkt_session=${token}`)).status).toBe(401);
  });
});
