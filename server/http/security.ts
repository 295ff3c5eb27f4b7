import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
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
}
export const DEFAULT_RATE_LIMITS: RateLimits = { api: 300, login: 20, upload: 20 };

export function rateLimiters(limits: RateLimits) {
  const make = (limit: number, message: string): RequestHandler =>
    rateLimit({
      windowMs: 60_000,
      limit,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      handler: (_req, _res, next) => next(new AppError('rate_limited', 'rate_limited:api', message)),
    });
  return {
    api: make(limits.api, 'Zu viele Anfragen. Bitte warten Sie einen Moment.'),
    login: make(limits.login, 'Zu viele Anmeldeversuche. Bitte warten Sie eine Minute.'),
    upload: make(limits.upload, 'Zu viele Uploads. Bitte warten Sie eine Minute.'),
  };
}
