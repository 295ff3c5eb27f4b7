import type { Request, RequestHandler, Response } from 'express';
import { rateLimit, type Store } from 'express-rate-limit';
import helmet from 'helmet';
import { AppError } from '../errors';

/** Strict CSP: only own scripts/styles, socket.io over ws(s) to this host, images inline as data: at most. */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'", 'ws:', 'wss:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // served over plain http on localhost by default; HSTS would lock users out of http
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
  });
}

export interface RateLimits {
  api: number;
  login: number;
  upload: number;
  /** New sessions per client address and minute (each is a row in app.db). */
  session: number;
}
export const DEFAULT_RATE_LIMITS: RateLimits = { api: 300, login: 20, upload: 20, session: 30 };

/**
 * Per client address (req.ip, which honours TRUST_PROXY behind a reverse proxy) and minute. `store` gives each
 * limiter its own shared counter (Redis, so that several instances count together); default: this process's memory.
 */
export function rateLimiters(limits: RateLimits, store?: (name: keyof RateLimits) => Store) {
  const make = (name: keyof RateLimits, message: string, skip?: (req: Request, res: Response) => boolean): RequestHandler =>
    rateLimit({
      windowMs: 60_000,
      limit: limits[name],
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      ...(store ? { store: store(name) } : {}),
      ...(skip ? { skip } : {}),
      handler: (_req, _res, next) => next(new AppError('rate_limited', 'rate_limited:api', message)),
    });
  return {
    api: make('api', 'Zu viele Anfragen. Bitte warten Sie einen Moment.'),
    login: make('login', 'Zu viele Anmeldeversuche. Bitte warten Sie eine Minute.'),
    upload: make('upload', 'Zu viele Uploads. Bitte warten Sie eine Minute.'),
    // counts only requests that are about to get a new session (see http/session.ts attach)
    session: make('session', 'Zu viele neue Sitzungen von dieser Adresse. Bitte warten Sie eine Minute.', (_req, res) => res.locals.newSession !== true),
  };
}
