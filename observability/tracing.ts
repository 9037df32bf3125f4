import { context, propagation, trace, type Tracer } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { Resource } from '@opentelemetry/resources';
import {
  BatchSpanProcessor,
  NodeTracerProvider,
  type SpanExporter,
  type SpanProcessor,
} from '@opentelemetry/sdk-trace-node';

/** One process's traces: its tracer, and what the worker's workflow sink and shutdown need. */
export interface Tracing {
  tracer: Tracer;
  processor: SpanProcessor;
  resource: Resource;
  /** Exports the spans still queued, then stops. */
  shutdown(): Promise<void>;
}

type ServiceName = 'tdkt-api' | 'tdkt-worker';

/** OTLP over HTTP (protobuf) to `<endpoint>/v1/traces`, as the OTLP specification derives it. */
export function otlpExporter(endpoint: string): SpanExporter {
  return new OTLPTraceExporter({ url: `${endpoint.replace(/\/+$/, '')}/v1/traces` });
}

/**
 * Starts tracing for `service`, spans going to `exporter` in batches. `global` (the processes'
 * default) makes it the OpenTelemetry API's provider, with the async-context manager and W3C
 * propagation the Temporal interceptors carry the trace through; a test running the API and a
 * worker in one process registers one of them only.
 */
export function startTracing(service: ServiceName, exporter: SpanExporter, global = true): Tracing {
  const resource = new Resource({ 'service.name': service });
  const processor = new BatchSpanProcessor(exporter);
  const provider = new NodeTracerProvider({ resource, spanProcessors: [processor] });
  if (global) provider.register();
  return {
    tracer: provider.getTracer(service),
    processor,
    resource,
    async shutdown() {
      await provider.shutdown();
      if (!global) return;
      trace.disable();
      context.disable();
      propagation.disable();
    },
  };
}

/** Tracing when `OTEL_EXPORTER_OTLP_ENDPOINT` is set; otherwise none: nothing registered. */
export function tracingFromEnvironment(
  service: ServiceName,
  endpoint: string | undefined,
): Tracing | undefined {
  return endpoint ? startTracing(service, otlpExporter(endpoint)) : undefined;
}
