import { join } from 'node:path';
import type { RunningServer } from '../../scripts/servers/childProcess';
import { prometheusBinary, startPrometheusServer } from '../../scripts/servers/prometheusServer';
import { startBots } from './harness/bots';
import { AnswerLog, PatientClient } from './harness/patientClient';
import { until } from './harness/timing';
import { useFaultStack } from './harness/useFaultStack';

const prometheus = prometheusBinary();
if (!prometheus) {
  console.warn(
    'metrics: prometheus is absent (Debian package `prometheus`, installed by `npm test`); nothing scrapes the processes here',
  );
}

/**
 * Issue 17, item 1: a real Prometheus scrapes the API's /metrics and the worker's SDK
 * exporter while nominations go through, and what it stored says what happened.
 */
(prometheus ? describe : describe.skip)('Prometheus scraping the API and the worker', () => {
  const stack = useFaultStack();
  let server: RunningServer | undefined;
  afterAll(() => server?.stop());

  /** An instant query; the result's samples as { labels, value }. */
  async function query(
    promql: string,
  ): Promise<{ metric: Record<string, string>; value: number }[]> {
    const url = `${server!.address}/api/v1/query?query=${encodeURIComponent(promql)}`;
    const body = (await (await fetch(url)).json()) as any;
    if (body.status !== 'success') throw new Error(`${promql}: ${JSON.stringify(body)}`);
    return body.data.result.map((r: any) => ({ metric: r.metric, value: Number(r.value[1]) }));
  }
  /** Waits until the query returns at least `series` series (Prometheus scrapes each second). */
  async function stored(promql: string, series = 1) {
    let result: Awaited<ReturnType<typeof query>> = [];
    await until(
      `Prometheus stored ${promql}`,
      async () => (result = await query(promql)).length >= series,
      60_000,
    );
    return result;
  }

  test('HTTP traffic, refusals, the nominations by stage and the SDK metrics, as stored', async () => {
    // Traffic first: nominations through to the minister's signature, a refusal, and one
    // nomination left waiting at appraisal.
    const load = startBots(stack().apiUrl, 2, 'metrics');
    await until('two nominations approved', () => load.approved() >= 2, 180_000);
    const run = await load.stop();
    expect(run.failures).toEqual([]);
    const answers = new AnswerLog();
    const [officer, head] = await Promise.all(
      ['canbo.vcsdt', 'vutruong.vcsdt'].map((u) =>
        PatientClient.signIn(stack().apiUrl, u, answers),
      ),
    );
    expect((await officer.get('/api/nominations/no-such-nomination')).status).toBe(404);
    const drafted = await officer.post(
      '/api/nominations',
      {
        nominee: { kind: 'individual', name: 'Lò Thị Xuân' },
        awardCode: 'LDTT',
        year: 2025,
        achievements: 'Hoàn thành tốt nhiệm vụ.',
      },
      'metrics-waiting-draft',
    );
    await head.post(`/api/nominations/${drafted.body._id}/submit`, {}, 'metrics-waiting-submit');

    // Started now, so its first scrape takes the first reading of the nominations.
    server = await startPrometheusServer({
      dataDir: join(stack().dataDir),
      targets: {
        'tdkt-api': new URL(stack().apiUrl).host,
        'tdkt-worker': stack().workerMetricsAddress,
      },
    });

    const up = await stored('up', 2);
    expect(Object.fromEntries(up.map((s) => [s.metric.job, s.value]))).toEqual({
      'tdkt-api': 1,
      'tdkt-worker': 1,
    });

    // The API: durations by route template (never by nomination id), refusals by code.
    const signed = await stored(
      'tdkt_http_request_duration_seconds_count{route="/api/decisions/{id}/ruling",status="200"}',
    );
    expect(signed[0]!.value).toBeGreaterThanOrEqual(2);
    const routes = await stored('count by (route) (tdkt_http_request_duration_seconds_count)');
    expect(routes.map((s) => s.metric.route)).not.toContain(
      expect.stringContaining(drafted.body._id),
    );
    const refusals = await stored('tdkt_http_refusals_total{code="NOMINATION_NOT_FOUND"}');
    expect(refusals[0]!.metric.status).toBe('404');
    expect((await stored('tdkt_http_requests_in_flight'))[0]!.value).toBeGreaterThanOrEqual(0);

    // The nominations' gauges: the one left at appraisal, held by the secretariat.
    const open = await stored('tdkt_nominations_open{stage="appraisal"}');
    expect(open.map((s) => [s.metric.holder_role, s.value])).toEqual([['secretariat', 1]]);
    expect((await stored('tdkt_nominations_overdue{stage="appraisal"}'))[0]!.value).toBe(0);
    const wait = await stored('tdkt_nominations_oldest_wait_seconds{stage="appraisal"}');
    expect(wait[0]!.value).toBeGreaterThanOrEqual(0);
    expect(wait[0]!.value).toBeLessThan(600);
    expect(await query('tdkt_nominations_open{stage="minister_decision"} > 0')).toEqual([]);

    // The worker: the Temporal SDK's own metrics, through its runtime's exporter.
    const activities = await stored(
      'sum by (activity_type) (temporal_activity_execution_latency_count{job="tdkt-worker"})',
    );
    expect(activities.map((s) => s.metric.activity_type)).toContain('recordTransition');
    await stored('temporal_workflow_task_schedule_to_start_latency_bucket{job="tdkt-worker"}');
    await stored('temporal_activity_schedule_to_start_latency_bucket{job="tdkt-worker"}');

    // The alerting rules are loaded and evaluate without error against the stored series.
    await until(
      'every rule evaluated',
      async () => {
        const rules = (await (await fetch(`${server!.address}/api/v1/rules`)).json()) as any;
        const all = rules.data.groups.flatMap((g: any) => g.rules);
        return all.length === 8 && all.every((r: any) => r.health === 'ok');
      },
      30_000,
    );
  });
});
