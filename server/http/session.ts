import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { CookieOptions, RequestHandler, Response } from 'express';
import { AppError } from '../errors';
import type { SessionStore } from '../storage/sessions';

export const SESSION_COOKIE = 'dc_session';
const SESSION_ID = /^[A-Za-z0-9_-]{32}$/;
const COOKIE_OPTIONS: CookieOptions = {
  httpOnly: true,
  sameSite: 'strict',
  path: '/',
  maxAge: 30 * 24 * 3600 * 1000,
};

const newSessionId = () => randomBytes(24).toString('base64url');
const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/** Constant-time comparison; hashing first makes both sides equally long. */
export function tokenMatches(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

export const sessionOf = (res: Response): string => res.locals.sessionId as string;

export const unauthorized = () =>
  new AppError('unauthorized', 'unauthorized:session', 'Bitte melden Sie sich mit dem Zugangscode an.');

/**
 * Browser sessions. Without ACCESS_TOKEN every browser still gets its own session cookie, so that it
 * sees only its own conversations, reviews and jobs; with ACCESS_TOKEN a session exists only after login.
 */
export function createSessions(opts: { accessToken?: string; store: SessionStore }) {
  const { accessToken, store } = opts;
  const authRequired = accessToken !== undefined;

  /** Session id for a cookie value, or undefined when it is not (or no longer) valid. */
  function resolve(cookie: string | undefined): string | undefined {
    if (!cookie || !SESSION_ID.test(cookie)) return undefined;
    if (authRequired) return store.exists(cookie) ? cookie : undefined;
    store.ensure(cookie);
    return cookie;
  }

  function start(res: Response): string {
    const id = newSessionId();
    store.ensure(id);
    res.cookie(SESSION_COOKIE, id, COOKIE_OPTIONS);
    return id;
  }

  /** Runs on every request: attaches the session, issuing one in open mode. */
  const attach: RequestHandler = (req, res, next) => {
    const id = resolve(req.cookies?.[SESSION_COOKIE]);
    if (id) res.locals.sessionId = id;
    else if (!authRequired) res.locals.sessionId = start(res);
    next();
  };

  const require: RequestHandler = (_req, res, next) => {
    if (typeof res.locals.sessionId === 'string') next();
    else next(unauthorized());
  };

  return {
    authRequired,
    attach,
    require,
    /** Socket handshake: same cookie; open mode creates a session for cookie-less clients. */
    forHandshake(cookieHeader: string | undefined): string | undefined {
      const id = resolve(readCookie(cookieHeader, SESSION_COOKIE));
      if (id || authRequired) return id;
      const fresh = newSessionId();
      store.ensure(fresh);
      return fresh;
    },
    login(res: Response, token: string): void {
      // open mode: the browser already has its session; a new one would hide its own data
      if (!authRequired) return;
      if (!tokenMatches(token, accessToken)) {
        throw new AppError('unauthorized', 'unauthorized:token', 'Der Zugangscode ist falsch.');
      }
      start(res);
    },
    logout(res: Response): void {
      const id = res.locals.sessionId as string | undefined;
      if (id) store.remove(id);
      res.clearCookie(SESSION_COOKIE, { path: '/' });
    },
  };
}
export type Sessions = ReturnType<typeof createSessions>;
