// First: it gives the workflow sandbox what OpenTelemetry's SDK needs when loaded (`performance`).
import {
  OpenTelemetryInboundInterceptor,
  OpenTelemetryInternalsInterceptor,
  OpenTelemetryOutboundInterceptor,
} from '@temporalio/interceptors-opentelemetry/lib/workflow';
import { AlwaysOffSampler, BasicTracerProvider } from '@opentelemetry/sdk-trace-base';
import type { WorkflowInterceptorsFactory } from '@temporalio/workflow';

/**
 * The untraced bundle's workflow interceptors (worker/workflowBundler.ts): OpenTelemetry's,
 * with a tracer that samples nothing, so no span is recorded, exported or handed to a sink.
 * Not none: their awaits decide the order of a workflow's commands (an update's completion and
 * the timer the workflow starts in the same task: test/fixtures/histories/
 * nomination-supplemented.json fails to replay without them), and every running nomination was
 * recorded with them. The awaits, and the random numbers span IDs draw, stay the traced
 * bundle's, so each bundle replays the other's histories.
 */
const unsampled = new BasicTracerProvider({ sampler: new AlwaysOffSampler() }).getTracer(
  '@temporalio/interceptor-workflow',
);

class UntracedInboundInterceptor extends OpenTelemetryInboundInterceptor {
  protected override readonly tracer = unsampled;
}

class UntracedOutboundInterceptor extends OpenTelemetryOutboundInterceptor {
  protected override readonly tracer = unsampled;
}

export const interceptors: WorkflowInterceptorsFactory = () => ({
  inbound: [new UntracedInboundInterceptor()],
  outbound: [new UntracedOutboundInterceptor()],
  internals: [new OpenTelemetryInternalsInterceptor()],
});
