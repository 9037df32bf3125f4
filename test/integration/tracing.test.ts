import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { context, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { Client } from '@temporalio/client';
import { OpenTelemetryWorkflowClientInterceptor } from '@temporalio/interceptors-opentelemetry';
import type { Worker } from '@temporalio/worker';
import { loadEnvironment } from '../../config/env';
import { connectDatabase, disconnectDatabase } from '../../data/connection';
import { otlpExporter, startTracing, tracingFromEnvironment } from '../../observability/tracing';
import { DEMO_USERS } from '../../scripts/seed/demoData';
import { seedDemoData } from '../../scripts/seed/seedDemoData';
import { createWorker } from '../../worker/createWorker';
import { ApiClient } from '../harness/apiClient';
import { startApi } from '../harness/apiServer';
import { submitToAppraisal } from '../harness/submitToAppraisal';
import { startTestStack, type TestStack } from '../harness/testStack';

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
describe('traces', () => {
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
    const api = await startApi({ temporal: client, taskQueue, tracer: apiTracing.tracer });
    // The process's one connection, again with command monitoring, as the processes traced make it.
    await disconnectDatabase();
    await connectDatabase(stack.databaseUri, { traceCommands: true });
    try {
      const created = await createWorker({
        temporalAddress: process.env.TDKT_TEST_TEMPORAL_ADDRESS!,
        namespace: 'default',
        taskQueue,
        workflowBundlePath: process.env.TDKT_WORKFLOW_BUNDLE,
        tracing: workerTracing,
      });
      worker = created.worker;
      running = worker.run().finally(() => created.connection.close());
      const [officer, head] = await Promise.all(
        ['canbo.vcsdt', 'vutruong.vcsdt'].map((u) => ApiClient.signIn(api.url, u)),
      );
      const [id] = await submitToAppraisal(officer, head, ['Hà Văn Tiến']);
      await apiTracing.processor.forceFlush();
      await workerTracing.processor.forceFlush();

      const spans = exporter.getFinishedSpans();
      const request = spans.find((s) => s.name === 'POST /api/nominations/{id}/submit');
      expect(request).toBeDefined();
      expect(service(request!)).toBe('tdkt-api');
      expect(request!.attributes['url.path']).toBe(`/api/nominations/${id}/submit`);
      expect(request!.attributes['http.response.status_code']).toBe(202);
      expect(request!.attributes['tdkt.request_id']).toMatch(/^[\w.:-]{1,64}$/);

      const inTrace = spans.filter(
        (s) => s.spanContext().traceId === request!.spanContext().traceId,
      );
      const named = (name: string) => inTrace.filter((s) => s.name === name);
      const [start] = named('StartWorkflow:nominationWorkflow');
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

  test('exported over OTLP/HTTP (protobuf) to <endpoint>/v1/traces', async () => {
    const received: { url?: string; type?: string; body: Buffer }[] = [];
    const collector = createServer((req: IncomingMessage, res) => {
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
    await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
    const endpoint = `http://127.0.0.1:${(collector.address() as AddressInfo).port}/`;
    try {
      const tracing = startTracing('tdkt-worker', otlpExporter(endpoint), false);
      tracing.tracer.startSpan('RunActivity:probe').end();
      await tracing.shutdown();
      expect(received).toHaveLength(1);
      expect(received[0]!.url).toBe('/v1/traces');
      expect(received[0]!.type).toBe('application/x-protobuf');
      expect(received[0]!.body.includes('tdkt-worker')).toBe(true);
      expect(received[0]!.body.includes('RunActivity:probe')).toBe(true);
    } finally {
      await new Promise((resolve) => collector.close(resolve));
    }
  });
});
