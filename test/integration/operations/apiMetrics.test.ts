import mongoose from 'mongoose';
import { GAUGE_FIELDS, inStage } from '../../../api/metrics/nominationGauges';
import { DEMO_PASSWORD, DEMO_USERS } from '../../../scripts/seed/demoData';
import { seedDemoData } from '../../../scripts/seed/seedDemoData';
import { ApiClient } from '../../harness/apiClient';
import { startApi } from '../../harness/apiServer';
import { startTestStack, type TestStack } from '../../harness/testStack';
import { submitToAppraisal } from '../../harness/submitToAppraisal';

let stack: TestStack;
let api: Awaited<ReturnType<typeof startApi>>;
let metricsApp: string;

beforeAll(async () => {
  stack = await startTestStack();
  await seedDemoData(DEMO_USERS);
  // A second API on the same stack, with a sign-in limit of one a minute, to hit it.
  api = await startApi({ temporal: stack.client, taskQueue: stack.taskQueue, loginsPerMinute: 1 });
  metricsApp = api.url;
});
afterAll(async () => {
  await api?.close();
  await stack?.stop();
});

/** The samples of a scrape, as `name{labels}` → value (labels as prom-client writes them). */
async function scrape(): Promise<Map<string, number>> {
  const response = await fetch(`${metricsApp}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
  const samples = new Map<string, number>();
  for (const line of (await response.text()).split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const at = line.lastIndexOf(' ');
    samples.set(line.slice(0, at), Number(line.slice(at + 1)));
  }
  return samples;
}

const signIn = (password: string) =>
  fetch(`${metricsApp}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'thuongtruc', password }),
  });

/** Issue 17, item 1: the API's /metrics, over real HTTP, database and workflows. */
describe('the API serves Prometheus metrics', () => {
  // First: the first scrape takes the reading the next minute's scrapes show.
  test('open nominations by stage and holder, overdue and oldest wait: read once a minute', async () => {
    const [officer, head] = await Promise.all(
      ['canbo.vcsdt', 'vutruong.vcsdt'].map((u) => ApiClient.signIn(stack.apiUrl, u)),
    );
    await submitToAppraisal(officer, head, ['Lò Văn Púa', 'Hà Thị Mỷ']);
    const first = await scrape();
    expect(first.get('tdkt_nominations_open{stage="appraisal",holder_role="secretariat"}')).toBe(2);
    expect(
      first.get('tdkt_nominations_open{stage="council_vote",holder_role="council_chair"}'),
    ).toBe(0);
    expect(first.get('tdkt_nominations_overdue{stage="appraisal"}')).toBe(0);
    const wait = first.get('tdkt_nominations_oldest_wait_seconds{stage="appraisal"}')!;
    expect(wait).toBeGreaterThanOrEqual(0);
    expect(wait).toBeLessThan(120);
    expect(first.has('tdkt_nominations_oldest_wait_seconds{stage="council_vote"}')).toBe(false);
    const readAt = first.get('tdkt_nominations_read_timestamp_seconds')!;

    // A third one, seen only at the next reading: a scrape does not read the database again.
    await submitToAppraisal(officer, head, ['Giàng A Lử']);
    const second = await scrape();
    expect(second.get('tdkt_nominations_open{stage="appraisal",holder_role="secretariat"}')).toBe(
      2,
    );
    expect(second.get('tdkt_nominations_read_timestamp_seconds')).toBe(readAt);
  });

  test('requests by route template and status, refusals by code, rate-limit hits, in flight', async () => {
    expect((await signIn('wrong password')).status).toBe(401);
    expect((await signIn(DEMO_PASSWORD)).status).toBe(429);
    expect((await fetch(`${metricsApp}/api/nominations/n-404`)).status).toBe(401);
    const samples = await scrape();
    const route = (labels: string) =>
      samples.get(`tdkt_http_request_duration_seconds_count{${labels}}`);
    expect(route('method="POST",route="/api/auth/login",status="401"')).toBe(1);
    expect(route('method="POST",route="/api/auth/login",status="429"')).toBe(1);
    expect(route('method="GET",route="/api/nominations/{id}",status="401"')).toBe(1);
    expect(samples.get('tdkt_http_refusals_total{status="429",code="RATE_LIMITED"}')).toBe(1);
    expect(samples.get('tdkt_http_refusals_total{status="401",code="BAD_CREDENTIALS"}')).toBe(1);
    expect(samples.get('tdkt_http_rate_limit_hits_total{route="/api/auth/login"}')).toBe(1);
    // The scrape itself is the one request in flight.
    expect(samples.get('tdkt_http_requests_in_flight')).toBe(1);
    expect(samples.get('process_cpu_seconds_total')).toBeGreaterThan(0);
  });

  test("each stage's reading goes through an index, never a scan of the collection", async () => {
    const explained = await mongoose.connection.db!.command({
      explain: { find: 'nominations', filter: inStage('appraisal'), projection: GAUGE_FIELDS },
    });
    const steps = JSON.stringify(explained.queryPlanner);
    expect(explained.filterPushdown).toBe(true);
    expect(steps).toMatch(/USING INDEX/);
    expect(steps).not.toMatch(/ detail=SCAN /);
  });
});
