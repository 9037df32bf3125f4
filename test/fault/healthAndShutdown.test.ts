import { connect, type Socket } from 'node:net';
import { POLLER_SEEN_WITHIN_MS } from '../../observability/health';
import { DEMO_PASSWORD } from '../../scripts/seed/demoData';
import { expectIntactAfterFault } from './harness/afterFault';
import type { NodeProcess } from './harness/nodeProcess';
import { useFaultStack } from './harness/useFaultStack';
import { sleep, until } from './harness/timing';
import { underBotLoad } from './harness/underBotLoad';

/** The grace period the processes run with (SHUTDOWN_GRACE_SECONDS' default). */
const GRACE_MS = 10_000;

async function probe(url: string): Promise<{ status: number; body: any }> {
  const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  return { status: response.status, body: await response.json() };
}

/** Polls a readiness URL until it answers `status`; returns that answer and how long it took. */
async function readinessBecomes(url: string, status: number, withinMs: number) {
  const start = Date.now();
  let last: { status: number; body: any } | undefined;
  await until(
    `${url} answers ${status}`,
    async () => {
      last = await probe(url).catch(() => undefined);
      return last?.status === status;
    },
    withinMs,
  );
  return { ...last!, ms: Date.now() - start };
}

/**
 * Issue 17, items 4 and 5, on the real processes: readiness follows each dependency down
 * and back by itself while liveness stays up; SIGTERM lets work in flight finish and both
 * processes exit 0 within their grace period.
 */
const stack = useFaultStack();

describe('health for load balancers', () => {
  const apiReady = () => `${stack().apiUrl}/api/health/ready`;
  const workerReady = () => `${stack().workerHealthUrl}/health/ready`;

  test('ready once the database, Temporal and a polling worker are there', async () => {
    const api = await readinessBecomes(apiReady(), 200, 90_000);
    expect(api.body).toMatchObject({
      status: 'ready',
      checks: { database: { ok: true }, temporal: { ok: true }, worker: { ok: true } },
    });
    const worker = await readinessBecomes(workerReady(), 200, 30_000);
    expect(worker.body.checks).toMatchObject({ database: { ok: true }, temporal: { ok: true } });
  });

  test('the database frozen, then killed: unready within seconds, ready again once it is back', async () => {
    stack().database.freeze();
    const api = await readinessBecomes(apiReady(), 503, 10_000);
    expect(api.ms).toBeLessThan(5000);
    expect(api.body).toMatchObject({
      status: 'unready',
      checks: { database: { ok: false }, temporal: { ok: true } },
      error: { code: 'NOT_READY', field: 'database' },
    });
    expect(api.body.error.messageVi).toContain('cơ sở dữ liệu');
    expect((await readinessBecomes(workerReady(), 503, 10_000)).body.checks.database.ok).toBe(
      false,
    );
    // Liveness is about the process, which still answers: a balancer must not restart it.
    expect((await probe(`${stack().apiUrl}/api/health`)).status).toBe(200);
    expect((await probe(`${stack().workerHealthUrl}/health`)).status).toBe(200);

    await stack().database.kill();
    expect((await probe(apiReady())).status).toBe(503);
    await stack().database.start();
    await readinessBecomes(apiReady(), 200, 60_000);
    await readinessBecomes(workerReady(), 200, 60_000);
  });

  test('Temporal killed: unready within seconds, ready again once it is back', async () => {
    await stack().temporal.kill();
    const api = await readinessBecomes(apiReady(), 503, 10_000);
    expect(api.ms).toBeLessThan(5000);
    expect(api.body.checks).toMatchObject({ database: { ok: true }, temporal: { ok: false } });
    expect(api.body.error.field).toBe('temporal');
    expect((await readinessBecomes(workerReady(), 503, 10_000)).body.checks.temporal.ok).toBe(
      false,
    );
    await stack().temporal.start();
    await readinessBecomes(apiReady(), 200, 120_000);
    await readinessBecomes(workerReady(), 200, 60_000);
  });

  test('the last worker killed: the API is unready once no poll came for 75 s, ready when one polls', async () => {
    await stack().worker.kill();
    const api = await readinessBecomes(apiReady(), 503, POLLER_SEEN_WITHIN_MS + 15_000);
    expect(api.body.checks).toMatchObject({
      database: { ok: true },
      temporal: { ok: true },
      worker: { ok: false, error: expect.stringContaining('no worker polled tdkt-fault') },
    });
    stack().worker.start();
    const back = await readinessBecomes(apiReady(), 200, 60_000);
    expect(back.ms).toBeLessThan(30_000);
  });
});

describe('clean shutdown on SIGTERM', () => {
  /**
   * A sign-in whose headers and first half of body are sent now: `finish` sends the rest and
   * reads the whole answer; `closed` resolves when the server closes the connection.
   */
  async function halfSentSignIn(url: string) {
    const body = JSON.stringify({ username: 'thuongtruc', password: DEMO_PASSWORD });
    const half = Math.floor(body.length / 2);
    const { hostname, port } = new URL(url);
    const socket: Socket = connect(Number(port), hostname);
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString()));
    socket.on('error', () => undefined);
    const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    await new Promise<void>((resolve) =>
      socket.write(
        'POST /api/auth/login HTTP/1.1\r\nHost: api\r\nContent-Type: application/json\r\n' +
          `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: keep-alive\r\n\r\n` +
          body.slice(0, half),
        () => resolve(),
      ),
    );
    return {
      closed,
      async finish() {
        socket.write(body.slice(half));
        await closed;
        return answer;
      },
    };
  }

  test('the API finishes the request in flight, takes no new one, and exits 0', async () => {
    await readinessBecomes(`${stack().apiUrl}/api/health/ready`, 200, 90_000);
    const inFlight = await halfSentSignIn(stack().apiUrl);
    const exited = stack().api.terminate(GRACE_MS + 10_000);
    await sleep(1500);
    // No longer listening: a balancer's next connection goes elsewhere.
    await expect(fetch(`${stack().apiUrl}/api/health`)).rejects.toThrow();
    const answer = await inFlight.finish();
    expect(answer).toMatch(/^HTTP\/1\.1 200 OK/);
    expect(answer).toContain('"id":"thuongtruc"');
    const { code, signal, ms, timedOut } = await exited;
    expect({ code, signal, timedOut }).toEqual({ code: 0, signal: null, timedOut: false });
    expect(ms).toBeLessThan(GRACE_MS);
    stack().api.start();
    await readinessBecomes(`${stack().apiUrl}/api/health/ready`, 200, 90_000);
  });

  test('a request that never completes is cut off at the end of the grace period; the API exits 0', async () => {
    const stuck = await halfSentSignIn(stack().apiUrl);
    const { code, signal, ms, timedOut } = await stack().api.terminate(GRACE_MS + 10_000);
    expect({ code, signal, timedOut }).toEqual({ code: 0, signal: null, timedOut: false });
    expect(ms).toBeGreaterThanOrEqual(GRACE_MS - 500);
    expect(ms).toBeLessThan(GRACE_MS + 5000);
    await stuck.closed;
    stack().api.start();
    await readinessBecomes(`${stack().apiUrl}/api/health/ready`, 200, 90_000);
  });

  test('the worker drains under load and exits 0; the work carries on with nothing lost', async () => {
    let outcome: Awaited<ReturnType<NodeProcess['terminate']>> | undefined;
    const run = await underBotLoad(stack(), 'worker-sigterm', async () => {
      outcome = await stack().worker.terminate(2 * GRACE_MS + 10_000);
      stack().worker.start();
    });
    expect(outcome).toMatchObject({ code: 0, signal: null, timedOut: false });
    expect(outcome!.ms).toBeLessThan(2 * GRACE_MS);
    await expectIntactAfterFault(stack(), run);
  });
});
