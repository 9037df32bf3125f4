import express, { type Request } from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { errorHandler } from '../../../api/errors/errorHandler';
import { holdUserSlot } from '../../../api/http/heavySlot';
import { capHeavyRequests, isHeavy, type InFlightLimits } from '../../../api/http/inFlight';

/** Issue 18, finding 8: heavy requests in flight are capped per user, address and process. */
describe('which requests are heavy (from the OpenAPI table)', () => {
  test.each([
    ['GET', '/api/nominations?page=2', true],
    ['GET', '/api/statistics/breakdown?format=csv', true],
    ['GET', '/api/statistics/decisions/QD-1/annex', true],
    ['GET', '/api/history/export', true],
    ['GET', '/api/nominations/abc/timeline/export', true],
    ['GET', '/api/desk/pipeline', true],
    ['GET', '/api/public/decisions', true],
    ['GET', '/api/nominations/abc', false],
    ['POST', '/api/nominations', false],
    ['GET', '/api/health', false],
    ['GET', '/metrics', false],
  ])('%s %s: %s', (method, originalUrl, expected) => {
    expect(isHeavy({ method, originalUrl } as Request)).toBe(expected);
  });
});

describe('caps on heavy requests in flight', () => {
  let server: Server;
  let url: string;
  let arrived = 0;
  let release: () => void = () => undefined;
  let gate = Promise.resolve();

  function start(limits: InFlightLimits): Promise<void> {
    arrived = 0;
    gate = new Promise((resolve) => {
      release = resolve;
    });
    const app = express();
    app.use(capHeavyRequests(limits));
    // Stands in for `authenticate`: the user is named by a header.
    app.use((req, _res, next) => {
      req.actor = { userId: req.get('x-user') ?? 'a', name: 'Cán bộ', role: 'secretariat' };
      holdUserSlot(req);
      next();
    });
    app.get('/api/statistics/breakdown', async (_req, res) => {
      arrived += 1;
      await gate;
      res.json({ ok: true });
    });
    app.get('/api/nominations/:id', (_req, res) => {
      res.json({ one: true });
    });
    app.use(errorHandler(pino({ level: 'silent' })));
    return new Promise((resolve) => {
      server = app.listen(0, '127.0.0.1', () => {
        url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
        resolve();
      });
    });
  }
  afterEach(async () => {
    release();
    await new Promise((resolve) => server.close(resolve));
  });

  const get = (user: string, path = '/api/statistics/breakdown', signal?: AbortSignal) =>
    fetch(`${url}${path}`, { headers: { 'x-user': user }, signal });
  /** Sends a request that will be held, and waits until it holds its slots. */
  async function held(user: string, signal?: AbortSignal): Promise<{ answer: Promise<Response> }> {
    const before = arrived;
    const answer = get(user, undefined, signal);
    answer.catch(() => undefined);
    while (arrived === before) await new Promise((resolve) => setTimeout(resolve, 5));
    return { answer };
  }
  async function refusal(response: Response) {
    const body = (await response.json()) as { error: Record<string, string> };
    return {
      status: response.status,
      retryAfter: response.headers.get('retry-after'),
      code: body.error.code,
      messageVi: body.error.messageVi,
    };
  }

  test("a user's heavy requests beyond the cap get 429 with Retry-After; others and light reads go on; slots come back", async () => {
    await start({ perUser: 2, perAddress: 0, perProcess: 0 });
    const first = [await held('a'), await held('a')];
    expect(await refusal(await get('a'))).toEqual({
      status: 429,
      retryAfter: '1',
      code: 'TOO_MANY_IN_FLIGHT',
      messageVi: expect.stringContaining('người dùng này'),
    });
    const other = await held('b');
    expect((await get('a', '/api/nominations/x')).status).toBe(200);
    release();
    const answers = await Promise.all([...first, other].map((h) => h.answer));
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200]);
    expect((await get('a')).status).toBe(200);
  });

  test("an address's heavy requests beyond its cap get 429, whoever sends them", async () => {
    await start({ perUser: 0, perAddress: 3, perProcess: 0 });
    await Promise.all(['a', 'b', 'c'].map((user) => held(user)));
    expect(await refusal(await get('d'))).toMatchObject({
      status: 429,
      code: 'TOO_MANY_IN_FLIGHT',
      messageVi: expect.stringContaining('địa chỉ này'),
    });
  });

  test('beyond the process cap, heavy requests are shed: 503 OVERLOADED with Retry-After', async () => {
    await start({ perUser: 0, perAddress: 0, perProcess: 2 });
    await held('a');
    await held('b');
    expect(await refusal(await get('c'))).toEqual({
      status: 503,
      retryAfter: '2',
      code: 'OVERLOADED',
      messageVi: expect.stringContaining('thử lại sau 2 giây'),
    });
  });

  test('a client that gives up frees its slots', async () => {
    await start({ perUser: 1, perAddress: 1, perProcess: 1 });
    const abort = new AbortController();
    await held('a', abort.signal);
    abort.abort();
    const again = get('a');
    await new Promise((resolve) => setTimeout(resolve, 200));
    release();
    expect((await again).status).toBe(200);
  });
});
