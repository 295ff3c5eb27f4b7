import type { RequestHandler } from 'express';
import type { Metrics } from '../metrics';

/**
 * The mount path plus the matched pattern. Express has already reset `req.baseUrl` when a response finishes after an
 * error left the router, so the mount path is the request path less as many segments as the pattern has.
 */
function routeLabel(originalUrl: string, pattern: string): string {
  const path = originalUrl.split('?')[0]!.replace(/\/+$/, '');
  const own = pattern.split('/').filter(Boolean).length;
  const segments = path.split('/');
  const mount = segments.slice(0, segments.length - own).join('/');
  return `${mount}${pattern === '/' ? '' : pattern}` || '/';
}

/**
 * Observes every request's duration once the response is finished. The route label is the matched pattern
 * (`/api/reviews/:id`), never the raw path, so ids do not explode the number of series.
 */
export function requestMetrics(metrics: Metrics): RequestHandler {
  return (req, res, next) => {
    const started = performance.now();
    res.once('finish', () => {
      const pattern: unknown = req.route?.path;
      const route = typeof pattern === 'string' ? routeLabel(req.originalUrl, pattern) : res.statusCode === 404 ? 'unmatched' : 'static';
      metrics.http.observe({ method: req.method, route, status: String(res.statusCode) }, (performance.now() - started) / 1000);
    });
    next();
  };
}
