import { createHash, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import type { CookieOptions, Request, RequestHandler, Response } from 'express';
import { AppError } from '../errors';
import type { Clock } from '../storage/clock';
import type { SessionRecord, SessionStore, SessionUser } from '../storage/sessions';
import { STATE_CHANGING } from './origin';

export const SESSION_COOKIE = 'dc_session';
const SESSION_ID = /^[A-Za-z0-9_-]{32}$/;
/** last_seen_at is written at most this often per session, not on every request. */
const TOUCH_EVERY_MS = 60_000;

const newSessionId = () => randomBytes(24).toString('base64url');
const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/** Constant-time comparison; hashing first makes both sides equally long. */
export function tokenMatches(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * What a session is bound to: the open mode, or one generation of ACCESS_TOKEN. Switching the token on or
 * rotating it changes the binding, and every session issued before stops being valid. A slow hash, so that the
 * value stored in app.db does not help to guess the token.
 */
export function sessionBinding(accessToken: string | undefined): string {
  return accessToken === undefined ? 'open' : `token:${scryptSync(accessToken, 'digitalcheck-session-binding', 16).toString('hex')}`;
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/**
 * The key of the data the request may see: the signed-in user's subject (single sign-on, the same from every
 * browser), otherwise the browser session itself.
 */
export const sessionOf = (res: Response): string => res.locals.owner as string;

/** The signed-in user (single sign-on only). */
export const userOf = (res: Response): SessionUser | undefined => res.locals.user as SessionUser | undefined;

/** What a socket or request acts as once its session is validated. */
export interface SessionIdentity {
  sessionId: string;
  owner: string;
}

const unauthorized = () =>
  new AppError('unauthorized', 'unauthorized:session', 'Bitte melden Sie sich mit dem Zugangscode an.');

const unauthorizedOidc = () => new AppError('unauthorized', 'unauthorized:oidc', 'Bitte melden Sie sich mit dem Landes-Login an.');

export interface SessionOptions {
  accessToken?: string;
  /** Single sign-on with this OpenID Connect issuer (excludes accessToken); sessions are issued by `signIn`. */
  oidcIssuer?: string;
  store: SessionStore;
  clock: Clock;
  idleMs: number;
  maxAgeMs: number;
  /** `Secure` cookie flag: always, never, or when the request came over HTTPS (`req.secure`, honours trust proxy). */
  cookieSecure: 'auto' | 'true' | 'false';
  /** Called with the id of every session that ends (logout, expiry, other binding), e.g. to close its sockets. */
  onEnd?: (sessionId: string) => void;
}

/**
 * Browser sessions. Every id is issued by the server; a cookie value is only accepted when it names a stored
 * session of the current binding that has not expired. Without ACCESS_TOKEN every browser still gets its own
 * session, so that it sees only its own conversations, reviews and jobs; with ACCESS_TOKEN only after login.
 * With single sign-on (bound to the issuer) a session is issued only by `signIn`, and all sessions of one
 * user share the user's data.
 */
export function createSessions(opts: SessionOptions) {
  const { accessToken, oidcIssuer, store, clock } = opts;
  const authRequired = accessToken !== undefined || oidcIssuer !== undefined;
  const binding = oidcIssuer !== undefined ? `oidc:${oidcIssuer}` : sessionBinding(accessToken);
  const mode: 'open' | 'token' | 'oidc' = oidcIssuer !== undefined ? 'oidc' : accessToken !== undefined ? 'token' : 'open';

  const end = async (id: string) => {
    await store.remove(id);
    opts.onEnd?.(id);
  };

  /** The session if it is valid now; an expired or foreign session is removed on the way. */
  async function validate(id: string | undefined): Promise<SessionRecord | undefined> {
    if (!id || !SESSION_ID.test(id)) return undefined;
    const s = await store.get(id);
    if (!s) return undefined;
    const now = clock.now().getTime();
    if (s.binding !== binding || now - s.lastSeenAt.getTime() > opts.idleMs || now - s.createdAt.getTime() > opts.maxAgeMs) {
      await end(id);
      return undefined;
    }
    if (now - s.lastSeenAt.getTime() > TOUCH_EVERY_MS) await store.touch(id, clock.now());
    return s;
  }

  function use(res: Response, id: string, s: Pick<SessionRecord, 'owner' | 'user'>): void {
    res.locals.sessionId = id;
    res.locals.owner = s.owner;
    if (s.user) res.locals.user = s.user;
  }

  const cookieOptions = (req: Request): CookieOptions => ({
    httpOnly: true,
    sameSite: 'strict',
    path: '/',
    secure: opts.cookieSecure === 'true' || (opts.cookieSecure === 'auto' && req.secure),
    maxAge: opts.maxAgeMs,
  });

  async function start(req: Request, res: Response, signedIn?: { owner: string; user: SessionUser }): Promise<void> {
    const id = newSessionId();
    await store.create(id, binding, clock.now(), signedIn);
    res.cookie(SESSION_COOKIE, id, cookieOptions(req));
    use(res, id, signedIn ?? { owner: id });
  }

  /** A fresh id on every login, so that an id known before the login is worth nothing after it. */
  async function restart(req: Request, res: Response, signedIn?: { owner: string; user: SessionUser }): Promise<void> {
    const previous = res.locals.sessionId as string | undefined;
    if (previous) await end(previous);
    await start(req, res, signedIn);
  }

  /**
   * Attaches a valid session. In open mode a request without one is marked for a new session when it needs one:
   * it changes state, asks for its session (/api/me), or brings a stale cookie (the browser's session expired).
   * Other cookie-less reads (probes, scripts) run in a throw-away session without a row, so they cannot fill the table.
   */
  const attach: RequestHandler = async (req, res, next) => {
    const cookie = req.cookies?.[SESSION_COOKIE] as string | undefined;
    const session = await validate(cookie);
    if (session) use(res, cookie!, session);
    else if (!authRequired) {
      if (cookie !== undefined || STATE_CHANGING.has(req.method) || req.path === '/me') res.locals.newSession = true;
      else {
        const id = newSessionId();
        use(res, id, { owner: id });
      }
    } else if (cookie !== undefined) res.clearCookie(SESSION_COOKIE, { path: '/' });
    next();
  };

  /** Issues the session `attach` marked; runs after the rate limit on new sessions. */
  const issue: RequestHandler = async (req, res, next) => {
    if (res.locals.newSession === true) await start(req, res);
    next();
  };

  /** What a request or socket without a valid session is told: how to log in here. */
  const refusal = () => (mode === 'oidc' ? unauthorizedOidc() : unauthorized());

  const require: RequestHandler = (_req, res, next) => {
    if (typeof res.locals.sessionId === 'string') next();
    else next(refusal());
  };

  return {
    authRequired,
    mode,
    refusal,
    /** Options of the session cookie (other auth cookies follow its Secure policy). */
    cookieOptions,
    attach,
    issue,
    require,
    /** Socket handshake: only an existing, valid session (HTTP issues them; /api/me comes first). */
    async forHandshake(cookieHeader: string | undefined): Promise<SessionIdentity | undefined> {
      const sessionId = readCookie(cookieHeader, SESSION_COOKIE);
      const s = await validate(sessionId);
      return s ? { sessionId: sessionId!, owner: s.owner } : undefined;
    },
    /** Re-validation of a connected socket's session before it may act. */
    isValid: async (id: string): Promise<boolean> => (await validate(id)) !== undefined,
    async login(req: Request, res: Response, token: string): Promise<void> {
      if (mode === 'oidc') throw new AppError('bad_request', 'bad_request:login_mode', 'Diese Installation meldet über den Landes-Login an, nicht mit einem Zugangscode.');
      // open mode: the browser already has its session; a new one would hide its own data
      if (accessToken === undefined) return;
      if (!tokenMatches(token, accessToken)) {
        throw new AppError('unauthorized', 'unauthorized:token', 'Der Zugangscode ist falsch. Bitte prüfen Sie die Eingabe; den Code erhalten Sie von der Administration.');
      }
      await restart(req, res);
    },
    /** Single sign-on succeeded: a new session for the user's subject, whichever browser the user is on. */
    async signIn(req: Request, res: Response, subject: string, user: SessionUser): Promise<void> {
      // prefixed: a subject can never name another browser's session-owned data
      await restart(req, res, { owner: `sub:${subject}`, user });
    },
    async logout(res: Response): Promise<void> {
      const id = res.locals.sessionId as string | undefined;
      if (id) await end(id);
      res.clearCookie(SESSION_COOKIE, { path: '/' });
    },
    /** Removes expired sessions and those of an earlier binding (housekeeping). */
    async purgeExpired(): Promise<number> {
      const now = clock.now().getTime();
      const ids = await store.purge(binding, new Date(now - opts.idleMs), new Date(now - opts.maxAgeMs));
      for (const id of ids) opts.onEnd?.(id);
      return ids.length;
    },
  };
}
export type Sessions = ReturnType<typeof createSessions>;
