import { randomUUID } from 'node:crypto';
import type { RequestHandler, Response } from 'express';
import type { Logger } from 'pino';

/** A caller's own ID (a balancer's or a client's) is kept when it looks like one. */
const GIVEN_ID = /^[\w.:-]{1,64}$/;

/**
 * Gives each request an ID — the caller's `X-Request-Id` or a new one — answered in the same
 * header, and a logger that writes it on every line about the request (`requestId`). At
 * `debug`, one line per request with its route, status and duration.
 */
export function requestLog(log: Logger): RequestHandler {
  return (req, res, next) => {
    const given = req.get('x-request-id');
    const requestId = given && GIVEN_ID.test(given) ? given : randomUUID();
    res.set('X-Request-Id', requestId);
    const child = log.child({ requestId });
    res.locals.log = child;
    if (child.isLevelEnabled('debug')) {
      const start = process.hrtime.bigint();
      res.once('finish', () => {
        const ms = Number(process.hrtime.bigint() - start) / 1e6;
        const path = req.originalUrl.split('?')[0];
        // The request's logger by then: the trace's span may have added its `trace_id`.
        logFor(res, child).debug(
          { method: req.method, path, status: res.statusCode, ms },
          'request',
        );
      });
    }
    next();
  };
}

/** The request's logger (with its `requestId`), or the process's outside a request. */
export function logFor(res: Response, log: Logger): Logger {
  return (res.locals.log as Logger | undefined) ?? log;
}
