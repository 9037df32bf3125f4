import {
  context,
  propagation,
  SpanKind,
  SpanStatusCode,
  trace,
  type Tracer,
} from '@opentelemetry/api';
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import { routeTemplate } from '../metrics/routeTemplate';

/**
 * One server span per request, named by its route template (`POST /api/nominations/{id}/submit`,
 * never an ID), continuing a caller's `traceparent`. The handlers run inside it, so the
 * Temporal client's spans (and, through their headers, the workflow's and its activities')
 * join the same trace. The request's ID is an attribute, and its log lines carry `trace_id`.
 * Comes after `requestLog`, which gives the request its ID and logger.
 */
export function requestSpan(tracer: Tracer): RequestHandler {
  return (req, res, next) => {
    const path = req.originalUrl.split('?')[0]!;
    const route = routeTemplate(req.method, path);
    const parent = propagation.extract(context.active(), req.headers);
    const span = tracer.startSpan(
      `${req.method} ${route}`,
      {
        kind: SpanKind.SERVER,
        attributes: {
          'http.request.method': req.method,
          'http.route': route,
          'url.path': path,
          'tdkt.request_id': res.get('X-Request-Id'),
        },
      },
      parent,
    );
    // As the Temporal SDK names it on the worker's activity and workflow lines.
    res.locals.log = (res.locals.log as Logger).child({ trace_id: span.spanContext().traceId });
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      span.setAttribute('http.response.status_code', res.statusCode);
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    };
    // `close` also fires when the client goes away before the answer is complete.
    res.once('finish', end);
    res.once('close', end);
    context.with(trace.setSpan(parent, span), next);
  };
}
