import {
  makeWorkflowExporter,
  OpenTelemetryActivityInboundInterceptor,
  OpenTelemetryActivityOutboundInterceptor,
  type OpenTelemetrySinks,
} from '@temporalio/interceptors-opentelemetry';
import { NativeConnection, Worker, type InjectedSinks } from '@temporalio/worker';
import type { Tracing } from '../observability/tracing';
import type { PayloadCodec } from '@temporalio/common';
import { activities } from '../activities';
import { WORKFLOW_BUNDLES } from './workflowBundler';

interface WorkerSettings {
  temporalAddress: string;
  namespace: string;
  taskQueue: string;
  /**
   * The workflow bundle to load (the tests bundle the sources once, both kinds); default: the
   * build's traced bundle with tracing, its untraced one without.
   */
  workflowBundlePath?: string;
  /** Encrypt and decrypt every payload (config/payloadCodec.ts); none: payloads in clear. */
  payloadCodecs?: PayloadCodec[];
  /** On shutdown, activities get this long before they are cancelled; the worker gives up at twice it. */
  shutdownGraceSeconds?: number;
  /** Where the workflows' and activities' spans go (OTEL_EXPORTER_OTLP_ENDPOINT set). */
  tracing?: Tracing;
}

/**
 * A traced bundle's interceptors hand workflow spans to the `exporter` sink: the tracing's
 * processor, or, with tracing off, nothing (an unregistered sink would log an error per span).
 * The untraced bundle records no span; a traced one named in its stead would.
 */
export function workflowSpanSink(tracing: Tracing | undefined): InjectedSinks<OpenTelemetrySinks> {
  if (tracing) return { exporter: makeWorkflowExporter(tracing.processor, tracing.resource) };
  return { exporter: { export: { fn: () => undefined, callDuringReplay: false } } };
}

/** A worker running every workflow and activity of TĐKT Flow; holds no state of its own. */
export async function createWorker(
  settings: WorkerSettings,
): Promise<{ worker: Worker; connection: NativeConnection }> {
  const connection = await NativeConnection.connect({ address: settings.temporalAddress });
  const worker = await Worker.create({
    connection,
    namespace: settings.namespace,
    taskQueue: settings.taskQueue,
    dataConverter: { payloadCodecs: settings.payloadCodecs ?? [] },
    activities,
    sinks: workflowSpanSink(settings.tracing),
    ...(settings.tracing && {
      interceptors: {
        activity: [
          (ctx) => ({
            inbound: new OpenTelemetryActivityInboundInterceptor(ctx, {
              tracer: settings.tracing!.tracer,
            }),
            outbound: new OpenTelemetryActivityOutboundInterceptor(ctx),
          }),
        ],
      },
    }),
    workflowBundle: {
      codePath:
        settings.workflowBundlePath ??
        WORKFLOW_BUNDLES[settings.tracing ? 'traced' : 'untraced'].path,
    },
    ...(settings.shutdownGraceSeconds && {
      shutdownGraceTime: `${settings.shutdownGraceSeconds}s`,
      shutdownForceTime: `${2 * settings.shutdownGraceSeconds}s`,
    }),
  });
  return { worker, connection };
}
