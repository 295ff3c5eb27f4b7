import type { IncomingHttpHeaders } from 'node:http';
import type { RequestHandler } from 'express';
import { AppError } from '../errors';

/** Methods that change state: they need the origin check, and in open mode a session of their own. */
export const STATE_CHANGING: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Whether a request may act in the user's session: browsers say where a request comes from, in
 * `Sec-Fetch-Site` (all current browsers) or else in `Origin`; both must name this app's own origin. A request
 * with neither header is let through: no browser sends a cross-origin POST or WebSocket handshake without
 * them, so it comes from a non-browser client (CLI, scripts, tests) that has no victim's cookie to abuse; the
 * SameSite=Strict cookie is the second line.
 */
export function fromOwnOrigin(headers: IncomingHttpHeaders): boolean {
  const site = headers['sec-fetch-site'];
  // "none": the user started it (address bar, bookmark), no other page did
  if (typeof site === 'string') return site === 'same-origin' || site === 'none';
  const origin = headers.origin;
  if (origin === undefined) return true;
  try {
    // host only: behind a TLS-terminating proxy the scheme seen here differs from the browser's
    return new URL(origin).host === headers.host;
  } catch {
    return false; // "null" (sandboxed frames, file://) and garbage
  }
}

/** CSRF protection: state-changing requests from pages of other origins get a German 403. */
export const sameOriginWrites: RequestHandler = (req, _res, next) => {
  if (!STATE_CHANGING.has(req.method) || fromOwnOrigin(req.headers)) return next();
  next(
    new AppError(
      'forbidden',
      'forbidden:origin',
      'Die Anfrage kam nicht von der Oberfläche des Digitalcheck-Assistenten und wurde abgelehnt.',
      `cross-origin ${req.method} refused (origin ${req.headers.origin ?? '-'}, sec-fetch-site ${req.headers['sec-fetch-site'] ?? '-'})`,
    ),
  );
};
