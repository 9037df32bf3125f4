// First: it gives the workflow sandbox what OpenTelemetry's SDK needs when loaded (`performance`).
import {
  OpenTelemetryInboundInterceptor,
  OpenTelemetryInternalsInterceptor,
  OpenTelemetryOutboundInterceptor,
} from '@temporalio/interceptors-opentelemetry/lib/workflow';
import { AlwaysOffSampler, BasicTracerProvider } from '@opentelemetry/sdk-trace-base';
import { patched, workflowInfo, type WorkflowInterceptors } from '@temporalio/workflow';

/**
 * Marks a run begun on a worker without tracing: it runs without the tracing interceptors on
 * either bundle. A run without it was recorded with them (every run before this patch, and each
 * begun on a worker with tracing) and keeps them: their awaits decide the order of a workflow's
 * commands (an update's completion against a timer started in the same task:
 * test/fixtures/histories/nomination-supplemented.json fails to replay without them).
 */
const UNTRACED_RUN = 'untraced-run';

/** For a run that keeps the interceptors on a worker without tracing: their awaits, no span. */
const unsampled = new BasicTracerProvider({ sampler: new AlwaysOffSampler() }).getTracer(
  '@temporalio/interceptor-workflow',
);

class UnsampledInboundInterceptor extends OpenTelemetryInboundInterceptor {
  protected override readonly tracer = unsampled;
}

class UnsampledOutboundInterceptor extends OpenTelemetryOutboundInterceptor {
  protected override readonly tracer = unsampled;
}

/** Each call through `interceptor`, or straight to `next` (as no interceptor: no await) in a plain run. */
function unlessPlain<T extends object>(interceptor: T, plain: () => boolean): T {
  return new Proxy(interceptor, {
    get(target, name) {
      const method: unknown = Reflect.get(target, name);
      if (typeof method !== 'function') return method;
      return (input: unknown, next: (input: unknown) => unknown) =>
        plain() ? next(input) : method.call(target, input, next);
    },
  });
}

/**
 * A run's workflow interceptors on the `worker`'s bundle (worker/workflowBundler.ts): plain for a
 * run marked untraced, and for a new one on a worker without tracing (which marks it); otherwise
 * OpenTelemetry's, recording spans on a worker with tracing and sampling none without.
 */
export function workflowTracingInterceptors(worker: 'traced' | 'untraced'): WorkflowInterceptors {
  let plain: boolean | undefined;
  // Decided at the run's first intercepted call, as it starts (before any handler or command):
  // replaying, from its history; live, by the worker. Only a worker without tracing marks.
  const isPlain = () =>
    (plain ??=
      worker === 'untraced'
        ? patched(UNTRACED_RUN)
        : workflowInfo().unsafe.isReplaying && patched(UNTRACED_RUN));
  const traced = worker === 'traced';
  return {
    inbound: [
      unlessPlain(
        traced ? new OpenTelemetryInboundInterceptor() : new UnsampledInboundInterceptor(),
        isPlain,
      ),
    ],
    outbound: [
      unlessPlain(
        traced ? new OpenTelemetryOutboundInterceptor() : new UnsampledOutboundInterceptor(),
        isPlain,
      ),
    ],
    internals: [new OpenTelemetryInternalsInterceptor()],
  };
}
