import { spawn } from 'node:child_process';
import { createServer, type IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { context, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { Client } from '@temporalio/client';
import pino from 'pino';
import { OpenTelemetryWorkflowClientInterceptor } from '@temporalio/interceptors-opentelemetry';
import type { Worker } from '@temporalio/worker';
import { loadEnvironment } from '../../../config/env';
import { connectDatabase, disconnectDatabase } from '../../../data/connection';
import { otlpExporter, startTracing, tracingFromEnvironment } from '../../../observability/tracing';
import { stopChild } from '../../../scripts/servers/childProcess';
import { freePort } from '../../../scripts/servers/freePort';
import { repoRoot } from '../../../config/repoRoot';
import { DEMO_USERS } from '../../../scripts/seed/demoData';
import { seedDemoData } from '../../../scripts/seed/seedDemoData';
import { createWorker } from '../../../worker/createWorker';
import { ApiClient, eventually } from '../../harness/apiClient';
import { startApi } from '../../harness/apiServer';
import { submitToAppraisal } from '../../harness/submitToAppraisal';
import { startTestStack, type TestStack } from '../../harness/testStack';

let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack();
  await seedDemoData(DEMO_USERS);
});
afterAll(async () => {
  await stack?.stop();
});

/** The variables the processes cannot start without. */
const REQUIRED = { TEMPORAL_ADDRESS: '127.0.0.1:7233', MONGODB_URI: 'mongodb://127.0.0.1/tdkt' };

const service = (span: ReadableSpan) => span.resource.attributes['service.name'];

/** Issue 17, item 2: one trace from the HTTP request to the workflow's activities. */
describe('traces: off without an endpoint', () => {
  // First: the other tests register a provider for a while.
  test('off without OTEL_EXPORTER_OTLP_ENDPOINT: nothing registered, no span recorded', async () => {
    const env = loadEnvironment(REQUIRED);
    expect(env.OTEL_EXPORTER_OTLP_ENDPOINT).toBeUndefined();
    expect(tracingFromEnvironment('tdkt-api', env.OTEL_EXPORTER_OTLP_ENDPOINT)).toBeUndefined();
    // The stack's API and worker run without tracing; a submission starts a workflow.
    const [officer, head] = await Promise.all(
      ['canbo.vcsdt', 'vutruong.vcsdt'].map((u) => ApiClient.signIn(stack.apiUrl, u)),
    );
    await submitToAppraisal(officer, head, ['Lò Thị Mai']);
    const span = trace.getTracer('probe').startSpan('probe');
    expect(span.isRecording()).toBe(false);
    span.end();
    // No async-context manager either: a value set for a callback is not seen inside it.
    const key = Symbol('probe');
    context.with(context.active().setValue(key, 1), () => {
      expect(context.active().getValue(key)).toBeUndefined();
    });
    expect(() =>
      loadEnvironment({ ...REQUIRED, OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' }),
    ).toThrow(/OTEL_EXPORTER_OTLP_ENDPOINT/);
  });
});

describe('traces: one trace for a submission', () => {
  test('a submission: the request, the client start, the workflow and its activities share one trace', async () => {
    const exporter = new InMemorySpanExporter();
    // One process here: the API's provider is the global one, the worker's its own.
    const apiTracing = startTracing('tdkt-api', exporter);
    const workerTracing = startTracing('tdkt-worker', exporter, false);
    const taskQueue = `traced-${randomBytes(4).toString('hex')}`;
    const client = new Client({
      connection: stack.client.connection,
      namespace: 'default',
      interceptors: { workflow: [new OpenTelemetryWorkflowClientInterceptor()] },
    });
    let worker: Worker | undefined;
    let running: Promise<void> | undefined;
    const logLines: Record<string, unknown>[] = [];
    const api = await startApi(
      { temporal: client, taskQueue, tracer: apiTracing.tracer },
      pino(
        { level: 'debug' },
        new Writable({
          write(chunk: Buffer, _encoding, done) {
            logLines.push(JSON.parse(String(chunk)) as Record<string, unknown>);
            done();
          },
        }),
      ),
    );
    // The process's one connection, again with command monitoring, as the processes traced make it.
    await disconnectDatabase();
    await connectDatabase(stack.databaseUri, { traceCommands: true });
    try {
      const created = await createWorker({
        temporalAddress: process.env.TDKT_TEST_TEMPORAL_ADDRESS!,
        namespace: 'default',
        taskQueue,
        workflowBundlePath: workerTracing
          ? process.env.TDKT_WORKFLOW_BUNDLE_TRACED
          : process.env.TDKT_WORKFLOW_BUNDLE,
        tracing: workerTracing,
      });
      worker = created.worker;
      running = worker.run().finally(() => created.connection.close());
      const [officer, head] = await Promise.all(
        ['canbo.vcsdt', 'vutruong.vcsdt'].map((u) => ApiClient.signIn(api.url, u)),
      );
      const [id] = await submitToAppraisal(officer, head, ['Hà Văn Tiến']);
      // A workflow's span for an activity ends when the workflow takes the result, at its next
      // task: wait until each finished activity's has come through the sink.
      const spans = await eventually(
        async () => {
          await apiTracing.processor.forceFlush();
          await workerTracing.processor.forceFlush();
          return exporter.getFinishedSpans();
        },
        (all) => {
          const ids = new Set(all.map((s) => s.spanContext().spanId));
          return all.every((s) => !s.name.startsWith('RunActivity:') || ids.has(s.parentSpanId!));
        },
      );
      const request = spans.find((s) => s.name === 'POST /api/nominations/{id}/submit');
      expect(request).toBeDefined();
      expect(service(request!)).toBe('tdkt-api');
      expect(request!.attributes['url.path']).toBe(`/api/nominations/${id}/submit`);
      expect(request!.attributes['http.response.status_code']).toBe(202);
      expect(request!.attributes['tdkt.request_id']).toMatch(/^[\w.:-]{1,64}$/);
      // The request's log line carries the trace it started.
      expect(logLines).toContainEqual(
        expect.objectContaining({
          requestId: request!.attributes['tdkt.request_id'],
          trace_id: request!.spanContext().traceId,
          msg: 'request',
        }),
      );

      const inTrace = spans.filter(
        (s) => s.spanContext().traceId === request!.spanContext().traceId,
      );
      const named = (name: string) => inTrace.filter((s) => s.name === name);
      // Submission starts the workflow together with its `submission` update.
      const [start] = named('UpdateWithStartWorkflow:submission');
      expect(start?.parentSpanId).toBe(request!.spanContext().spanId);
      expect(service(start!)).toBe('tdkt-api');
      // The workflow's own spans (scheduling its activities) hang from its run span, which
      // ends with the workflow; each activity's run hangs from its scheduling.
      const scheduled = inTrace.filter((s) => s.name.startsWith('StartActivity:'));
      expect(scheduled.length).toBeGreaterThan(0);
      for (const span of scheduled) expect(service(span)).toBe('tdkt-worker');
      const runs = inTrace.filter((s) => s.name.startsWith('RunActivity:'));
      expect(runs.length).toBeGreaterThan(0);
      for (const run of runs) {
        expect(service(run)).toBe('tdkt-worker');
        expect(scheduled.map((s) => s.spanContext().spanId)).toContain(run.parentSpanId);
      }
      const workflowRun = new Set(scheduled.map((s) => s.parentSpanId));
      expect(workflowRun.size).toBe(1);
      expect([...workflowRun][0]).not.toBe(start!.spanContext().spanId);
      // Database commands hang from the request that made them and from the activities.
      const commands = inTrace.filter((s) => s.name.startsWith('mongodb.'));
      const parents = (of: ReadableSpan[]) => of.map((s) => s.spanContext().spanId);
      const requestCommands = commands.filter(
        (s) => s.parentSpanId === request!.spanContext().spanId,
      );
      expect(requestCommands.map((s) => s.attributes['db.collection.name'])).toContain(
        'nominations',
      );
      const activityCommands = commands.filter((s) => parents(runs).includes(s.parentSpanId!));
      expect(activityCommands.length).toBeGreaterThan(0);
      expect(activityCommands[0]!.attributes['db.system']).toBe('mongodb');
    } finally {
      if (worker?.getState() === 'RUNNING') worker.shutdown();
      await running;
      await api.close();
      await disconnectDatabase();
      await connectDatabase(stack.databaseUri);
      await workerTracing.shutdown();
      await apiTracing.shutdown();
    }
  });
});

describe('traces: exported over OTLP', () => {
  test('exported over OTLP/HTTP (protobuf) to <endpoint>/v1/traces', async () => {
    const collector = await startCollector();
    try {
      const tracing = startTracing('tdkt-worker', otlpExporter(`${collector.url}/`), false);
      tracing.tracer.startSpan('RunActivity:probe').end();
      await tracing.shutdown();
      expect(collector.received).toHaveLength(1);
      expect(collector.received[0]!.url).toBe('/v1/traces');
      expect(collector.received[0]!.type).toBe('application/x-protobuf');
      expect(collector.received[0]!.body.includes('tdkt-worker')).toBe(true);
      expect(collector.received[0]!.body.includes('RunActivity:probe')).toBe(true);
    } finally {
      await collector.close();
    }
  });

  test('the built worker, OTEL_EXPORTER_OTLP_ENDPOINT set, exports its workflow, activity and database spans', async () => {
    const collector = await startCollector();
    const restartWorker = await stack.stopWorker();
    const child = spawn(process.execPath, [join(repoRoot(), 'dist', 'worker', 'main.js')], {
      env: {
        PATH: process.env.PATH,
        TEMPORAL_ADDRESS: process.env.TDKT_TEST_TEMPORAL_ADDRESS,
        MONGODB_URI: stack.databaseUri,
        TEMPORAL_TASK_QUEUE: stack.taskQueue,
        WORKER_HEALTH_PORT: '0',
        WORKER_METRICS_ADDRESS: `127.0.0.1:${await freePort()}`,
        OTEL_EXPORTER_OTLP_ENDPOINT: collector.url,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    try {
      const [officer, head] = await Promise.all(
        ['canbo.vcsdt', 'vutruong.vcsdt'].map((u) => ApiClient.signIn(stack.apiUrl, u)),
      );
      await submitToAppraisal(officer, head, ['Vi Thị Lan']);
      // SIGTERM: the worker drains, then exports what its batch still holds.
      await stopChild(child);
      const exported = Buffer.concat(collector.received.map((r) => r.body));
      expect(collector.received.every((r) => r.url === '/v1/traces')).toBe(true);
      for (const text of [
        'tdkt-worker',
        'StartActivity:',
        'RunActivity:recordTransition',
        'mongodb.',
      ]) {
        expect(exported.includes(text)).toBe(true);
      }
    } finally {
      await stopChild(child);
      await restartWorker();
      await collector.close();
    }
  });
});

/** A stand-in OpenTelemetry collector: records each OTLP request it is sent. */
async function startCollector() {
  const received: { url?: string; type?: string; body: Buffer }[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({
        url: req.url,
        type: req.headers['content-type'],
        body: Buffer.concat(chunks),
      });
      res.writeHead(200, { 'content-type': 'application/x-protobuf' }).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
