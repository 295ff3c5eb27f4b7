import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import { RequestIdSchema } from '../contracts/socket';
import { type Logger, type LogContext, withLogContext } from '../logger';

/** Paths polled by load balancers and Prometheus: their lines are debug, not info. */
const PROBES = new Set(['/healthz', '/readyz', '/metrics']);

/**
 * Gives every HTTP request an id: the caller's `X-Request-Id` when it is sane (a proxy's or a client's), otherwise a
 * new one; echoed in the response and on every log line of the request (and of a job it creates), plus one line when
 * the response is finished.
 */
export function requestIds(log: Logger): RequestHandler {
  return (req, res, next) => {
    const given = req.get('x-request-id');
    const requestId = given !== undefined && RequestIdSchema.safeParse(given).success ? given : randomUUID();
    res.setHeader('X-Request-Id', requestId);
    res.locals.logContext = { requestId } satisfies LogContext;
    const started = performance.now();
    res.on('finish', () =>
      withLogContext({ requestId }, () =>
        log[PROBES.has(req.path) ? 'debug' : 'info'](
          { method: req.method, url: req.originalUrl, status: res.statusCode, ms: Math.round(performance.now() - started) },
          'request done',
        ),
      ),
    );
    withLogContext({ requestId }, next);
  };
}
