import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { stopChild } from '../../../scripts/servers/childProcess';
import { freePort } from '../../../scripts/servers/freePort';
import { repoRoot } from '../../../config/repoRoot';
import { DEMO_USERS } from '../../../scripts/seed/demoData';
import { seedDemoData } from '../../../scripts/seed/seedDemoData';
import { ApiClient } from '../../harness/apiClient';
import { startApi } from '../../harness/apiServer';
import { startTestStack, type TestStack } from '../../harness/testStack';
import { submitToAppraisal } from '../../harness/submitToAppraisal';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
  await seedDemoData(DEMO_USERS);
});
afterAll(() => stack?.stop());

const parse = (lines: string[]) =>
  lines.map((line) => {
    try {
      return JSON.parse(line) as Record<string, unknown>;
    } catch {
      throw new Error(`not a JSON log line: ${line}`);
    }
  });

/**
 * Issue 17, item 3: one log stream. The worker, run as in production from the build, writes
 * only pino JSON — the Temporal SDK's lines too, each with its workflow and activity IDs — and
 * no bundler output; the API writes the request's ID on its lines.
 */
describe('one log stream', () => {
  test('the worker: JSON lines only, SDK lines with workflow and activity IDs, no bundling', async () => {
    const restartWorker = await stack.stopWorker();
    const child = spawn(process.execPath, [join(repoRoot(), 'dist', 'worker', 'main.js')], {
      env: {
        PATH: process.env.PATH,
        TEMPORAL_ADDRESS: process.env.TDKT_TEST_TEMPORAL_ADDRESS,
        MONGODB_URI: stack.databaseUri,
        TEMPORAL_TASK_QUEUE: stack.taskQueue,
        LOG_LEVEL: 'debug',
        WORKER_HEALTH_PORT: '0',
        WORKER_METRICS_ADDRESS: `127.0.0.1:${await freePort()}`,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    try {
      const [officer, head] = await Promise.all(
        ['canbo.vcsdt', 'vutruong.vcsdt'].map((u) => ApiClient.signIn(stack.apiUrl, u)),
      );
      const [id] = await submitToAppraisal(officer, head, ['Lò Văn Púa']);
      await stopChild(child);
      const lines = parse(output.trim().split('\n'));
      expect(lines.every((line) => line.name === 'worker' && typeof line.level === 'number')).toBe(
        true,
      );
      const activities = lines.filter((line) => line.activityId !== undefined);
      expect(activities.map((line) => line.activityType)).toContain('recordTransition');
      for (const line of activities) {
        expect(line).toMatchObject({
          workflowId: `nomination-${id}`,
          activityType: expect.any(String),
          taskQueue: stack.taskQueue,
        });
        // The token completes the activity for whoever holds it: never in the logs.
        expect(line).not.toHaveProperty('taskToken');
      }
      expect(lines).toContainEqual(
        expect.objectContaining({ workflowId: `nomination-${id}`, msg: 'Workflow started' }),
      );
      expect(output).not.toMatch(/webpack|asset workflow-bundle/i);
    } finally {
      await stopChild(child);
      await restartWorker();
    }
  });

  test("the API: each request's lines carry its ID, the caller's or a new one, answered back", async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(...String(chunk).trim().split('\n'));
        done();
      },
    });
    const api = await startApi(
      { temporal: stack.client, taskQueue: stack.taskQueue },
      pino({ level: 'debug' }, sink),
    );
    try {
      const url = api.url;
      const given = await fetch(`${url}/api/nominations`, {
        headers: { 'x-request-id': 'balancer-7f3a' },
      });
      expect(given.headers.get('x-request-id')).toBe('balancer-7f3a');
      const fresh = await fetch(`${url}/api/health`, { headers: { 'x-request-id': 'not an id!' } });
      const freshId = fresh.headers.get('x-request-id')!;
      expect(freshId).toMatch(/^[0-9a-f-]{36}$/);

      const logged = parse(lines);
      expect(logged).toContainEqual(
        expect.objectContaining({
          requestId: 'balancer-7f3a',
          path: '/api/nominations',
          status: 401,
          msg: 'request',
        }),
      );
      expect(logged).toContainEqual(
        expect.objectContaining({ requestId: freshId, path: '/api/health', status: 200 }),
      );
    } finally {
      await api.close();
    }
  });
});
