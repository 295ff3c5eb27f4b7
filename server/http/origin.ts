import type { IncomingHttpHeaders } from 'node:http';
import type { RequestHandler } from 'express';
import type { Config } from '../config';
import { AppError } from '../errors';

/** Methods that change state: they need the origin check, and in open mode a session of their own. */
export const STATE_CHANGING: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The origin the service is reached under, when the configuration names it (PUBLIC_URL, else the origin of
 * OIDC_REDIRECT_URL). Without it the app only knows the Host header of each request.
 */
export function configuredOrigin(config: Pick<Config, 'PUBLIC_URL' | 'OIDC_REDIRECT_URL'>): string | undefined {
  const url = config.PUBLIC_URL ?? config.OIDC_REDIRECT_URL;
  return url ? new URL(url).origin : undefined;
}

/**
 * Whether a request may act in the user's session: browsers say where a request comes from, in
 * `Sec-Fetch-Site` (all current browsers) and `Origin` (on every write and WebSocket handshake).
 * With `publicOrigin` an `Origin` must be exactly it: under DNS rebinding a page of evil.example that resolves to
 * this server sends Host, Origin and Sec-Fetch-Site that all agree with each other, so only the configured origin
 * tells it apart. Without it, `Sec-Fetch-Site` must say same-origin, or else `Origin` must name the Host (the
 * embedded default, where the app cannot know its public name).
 * A request with neither header is let through: no browser sends a cross-origin POST or WebSocket handshake without
 * them, so it comes from a non-browser client (CLI, scripts, tests) that has no victim's cookie to abuse; the
 * SameSite=Strict cookie is the second line.
 */
export function fromOwnOrigin(headers: IncomingHttpHeaders, publicOrigin?: string): boolean {
  const site = headers['sec-fetch-site'];
  const origin = headers.origin;
  // "none": the user started it (address bar, bookmark), no other page did
  if (typeof site === 'string' && site !== 'same-origin' && site !== 'none') return false;
  if (publicOrigin !== undefined && origin !== undefined) return origin === publicOrigin;
  if (typeof site === 'string' || origin === undefined) return true;
  try {
    // host only: behind a TLS-terminating proxy the scheme seen here differs from the browser's
    return new URL(origin).host === headers.host;
  } catch {
    return false; // "null" (sandboxed frames, file://) and garbage
  }
}

/** CSRF protection: state-changing requests from pages of other origins get a German 403. */
export function sameOriginWrites(publicOrigin?: string): RequestHandler {
  return (req, _res, next) => {
    if (!STATE_CHANGING.has(req.method) || fromOwnOrigin(req.headers, publicOrigin)) return next();
    next(
      new AppError(
        'forbidden',
        'forbidden:origin',
        'Die Anfrage kam nicht von der Oberfläche des Digitalcheck-Assistenten und wurde abgelehnt.',
        `cross-origin ${req.method} refused (origin ${req.headers.origin ?? '-'}, host ${req.headers.host ?? '-'}, sec-fetch-site ${req.headers['sec-fetch-site'] ?? '-'})`,
      ),
    );
  };
}
