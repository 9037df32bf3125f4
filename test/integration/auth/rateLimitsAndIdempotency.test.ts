import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import pino from 'pino';
import { createApp } from '../../../api/app';
import { DEMO_PASSWORD } from '../../../scripts/seed/demoData';
import { seedDemoData } from '../../../scripts/seed/seedDemoData';
import { ApiClient } from '../../harness/apiClient';
import { startTestStack, type TestStack } from '../../harness/testStack';

/**
 * 429 with Retry-After past the limits (requests per minute; heavy requests in flight, issue
 * 18 finding 8: 200 parallel lists from one user slowed everyone for 18 s); one effect for
 * every write repeated with a key.
 */
describe('rate limits and idempotent writes', () => {
  let stack: TestStack;
  let limited: Server;
  let limitedUrl: string;

  beforeAll(async () => {
    stack = await startTestStack();
    await seedDemoData();
    const app = createApp({
      temporal: stack.client,
      taskQueue: stack.taskQueue,
      sessionTtlHours: 1,
      log: pino({ level: 'silent' }),
      requestsPerMinute: 40,
      loginsPerMinute: 3,
      inFlight: { perUser: 1, perAddress: 0, perProcess: 0 },
    });
    limited = await new Promise((resolve) => {
      const server = app.listen(0, '127.0.0.1', () => resolve(server));
    });
    limitedUrl = `http://127.0.0.1:${(limited.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => limited.close(resolve));
    await stack.stop();
  });

  test('sign-in attempts beyond the limit get 429 with Retry-After', async () => {
    const anonymous = new ApiClient(limitedUrl);
    const statuses = [];
    for (let i = 0; i < 5; i += 1) {
      statuses.push(
        (
          await anonymous.post('/api/auth/login', {
            username: 'thuongtruc',
            password: 'sai-mat-khau-1',
          })
        ).status,
      );
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    const response = await fetch(`${limitedUrl}/api/auth/login`, { method: 'POST' });
    expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(((await response.json()) as any).error.code).toBe('RATE_LIMITED');
  });

  test("one user's burst of lists is refused beyond the in-flight cap; another user's list goes through", async () => {
    // Signed in on the unlimited API: the limited one allows three sign-ins a minute.
    const [secretariat, minister] = await Promise.all(
      ['thuongtruc', 'botruong'].map(
        async (username) =>
          (
            await new ApiClient(stack.apiUrl).post<{ token: string }>('/api/auth/login', {
              username,
              password: DEMO_PASSWORD,
              tokenType: 'bearer',
            })
          ).body.token,
      ),
    );
    const list = (token: string) =>
      fetch(`${limitedUrl}/api/nominations?pageSize=200`, {
        headers: { authorization: `Bearer ${token}` },
      });
    const [burst, other] = await Promise.all([
      Promise.all(Array.from({ length: 20 }, () => list(secretariat!))),
      list(minister!),
    ]);
    const refused = burst.filter((r) => r.status === 429);
    expect(refused.length).toBeGreaterThan(0);
    expect(burst.filter((r) => r.status === 200).length).toBeGreaterThan(0);
    expect(burst.every((r) => r.status === 200 || r.status === 429)).toBe(true);
    expect(refused[0]!.headers.get('retry-after')).toBe('1');
    expect(((await refused[0]!.json()) as { error: unknown }).error).toMatchObject({
      code: 'TOO_MANY_IN_FLIGHT',
      messageVi: expect.stringContaining('người dùng này'),
    });
    expect(other.status).toBe(200);
  });

  test('a repeated write with the same key has one effect and the same answer; another body is refused', async () => {
    const officer = await ApiClient.signIn(stack.apiUrl, 'canbo.vcsdt');
    const draft = await officer.post('/api/nominations', {
      nominee: { kind: 'individual', name: 'Sùng A Páo' },
      awardCode: 'LDTT',
      year: 2025,
      achievements: 'Hoàn thành tốt nhiệm vụ.',
    });
    const key = { 'idempotency-key': `patch-${draft.body._id}` };
    const edits = await Promise.all([
      officer.request<any>(
        'PATCH',
        `/api/nominations/${draft.body._id}`,
        { achievements: 'Bổ sung thành tích.' },
        key,
      ),
      officer.request<any>(
        'PATCH',
        `/api/nominations/${draft.body._id}`,
        { achievements: 'Bổ sung thành tích.' },
        key,
      ),
    ]);
    expect(edits.map((e) => e.status)).toEqual([200, 200]);
    expect(edits[0].body.dossierVersion).toBe(2);
    expect(edits[1].body.dossierVersion).toBe(2);
    expect((await officer.get(`/api/nominations/${draft.body._id}`)).body.dossierVersion).toBe(2);

    const reused = await officer.request<any>(
      'PATCH',
      `/api/nominations/${draft.body._id}`,
      { achievements: 'Khác.' },
      key,
    );
    expect(reused.status).toBe(422);
    expect(reused.body.error).toMatchObject({
      code: 'IDEMPOTENCY_KEY_REUSED',
      field: 'Idempotency-Key',
    });

    const malformed = await officer.request<any>(
      'PATCH',
      `/api/nominations/${draft.body._id}`,
      { achievements: 'Khác.' },
      { 'idempotency-key': 'short' },
    );
    expect(malformed.status).toBe(400);
    expect(malformed.body.error).toMatchObject({
      code: 'INVALID_IDEMPOTENCY_KEY',
      field: 'Idempotency-Key',
    });
    expect(malformed.body.error.messageVi).toContain('Tiêu đề Idempotency-Key');
  });
});
