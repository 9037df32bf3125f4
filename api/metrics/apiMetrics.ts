import type { RequestHandler } from 'express';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { routeTemplate } from './routeTemplate';
import { registerNominationGauges } from './nominationGauges';

/** Set by the error handler on the response: the stable code of a refusal. */
export const ERROR_CODE_LOCAL = 'errorCode';

/**
 * One API process's metrics in Prometheus' text format: HTTP traffic by route template and
 * status, requests in flight, refusals by error code, rate-limit hits, the process itself
 * (`process_*`, `nodejs_*`) and the nominations' gauges. A registry per app, so several apps
 * in one process (the tests) keep their own counts.
 */
export function createApiMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const duration = new Histogram({
    name: 'tdkt_http_request_duration_seconds',
    help: 'HTTP requests by route template, method and status, from arrival to the last byte.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 25],
    registers: [registry],
  });
  const inFlight = new Gauge({
    name: 'tdkt_http_requests_in_flight',
    help: 'HTTP requests being served now.',
    registers: [registry],
  });
  const refusals = new Counter({
    name: 'tdkt_http_refusals_total',
    help: 'Requests answered with an error, by status and stable error code.',
    labelNames: ['status', 'code'] as const,
    registers: [registry],
  });
  const rateLimited = new Counter({
    name: 'tdkt_http_rate_limit_hits_total',
    help: 'Requests refused by a rate limit (429 RATE_LIMITED), by route template.',
    labelNames: ['route'] as const,
    registers: [registry],
  });
  registerNominationGauges(registry);

  const measure: RequestHandler = (req, res, next) => {
    const stopTimer = duration.startTimer();
    inFlight.inc();
    let counted = false;
    const done = () => {
      if (counted) return;
      counted = true;
      inFlight.dec();
      const route = routeTemplate(req.method, req.originalUrl.split('?')[0]!);
      const status = String(res.statusCode);
      stopTimer({ method: req.method, route, status });
      const code = res.locals[ERROR_CODE_LOCAL] as string | undefined;
      if (code) refusals.inc({ status, code });
      if (code === 'RATE_LIMITED') rateLimited.inc({ route });
    };
    // `close` also fires when the client goes away before the answer is complete.
    res.once('finish', done);
    res.once('close', done);
    next();
  };

  return { registry, measure };
}
