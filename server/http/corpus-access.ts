import type { Request, RequestHandler, Response } from 'express';
import { AppError } from '../errors';
import { sessionOf, userOf, type Sessions } from './session';

/** Loopback addresses, also as IPv4 mapped into IPv6. */
const LOOPBACK = /^(?:127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

/**
 * Names under which only this machine reaches the app. A page of another site that points its own DNS name at
 * 127.0.0.1 (DNS rebinding) reaches the app from loopback and passes the same-origin check, but under its name.
 */
const LOOPBACK_HOST = /^(?:localhost|127\.\d+\.\d+\.\d+|\[::1\]|\[::ffff:127\.\d+\.\d+\.\d+\])(?::\d+)?$/i;

/** The Host header and any host a proxy header names: each must be a loopback name. */
const hostNames = (req: Request): string[] =>
  [req.headers.host ?? '', ...[req.headers['x-forwarded-host'] ?? []].flat().flatMap((h) => h.split(','))].map((h) => h.trim());

/** "[::1]:8080", "127.0.0.1:8080", "\"::1\"" → the bare address. */
const bareAddress = (hop: string): string => {
  const s = hop.trim().replace(/^"|"$/g, '');
  const bracketed = /^\[([^\]]*)\]/.exec(s);
  if (bracketed) return bracketed[1]!;
  return /^[\d.]+:\d+$/.test(s) ? s.slice(0, s.lastIndexOf(':')) : s;
};

/**
 * Every address the request says it passed: the connection's peer and each hop that a proxy header names. req.ip
 * alone is not enough: with TRUST_PROXY a remote client writes "127.0.0.1" into X-Forwarded-For itself, and without
 * it a reverse proxy on this machine makes every client's connection come from loopback.
 */
function hops(req: Request): string[] {
  const listed = (v: string | string[] | undefined) => [v ?? []].flat().flatMap((h) => h.split(',')).filter((h) => h.trim() !== '');
  const { headers } = req;
  const forwarded = typeof headers.forwarded === 'string' ? [...headers.forwarded.matchAll(/for=("[^"]*"|[^;,\s]*)/gi)].map((m) => m[1]!) : [];
  return [
    req.socket.remoteAddress ?? '',
    req.ip ?? '',
    ...listed(headers['x-forwarded-for']),
    ...listed(headers['x-real-ip']),
    ...forwarded,
  ].map(bareAddress);
}

/**
 * Who may change the corpus, per sign-in mode: with single sign-on the users with the admin role; with an access
 * code everybody who has it (the simple shared-secret installation knows no roles); without any login only the
 * local user, i.e. a browser on the machine itself: the connection and every hop a proxy header names are loopback,
 * and the browser addressed the app by a loopback name.
 */
export function corpusAccess(mode: Sessions['mode']) {
  const allowed = (req: Request, res: Response): boolean => {
    if (mode === 'oidc') return userOf(res)?.admin === true;
    if (mode === 'token') return true;
    return hops(req).every((a) => LOOPBACK.test(a)) && hostNames(req).every((h) => LOOPBACK_HOST.test(h));
  };
  /** Who acted, for the audit log: never the session id (it is the cookie's secret). */
  const actor = (req: Request, res: Response): string => {
    if (mode === 'oidc') {
      const user = userOf(res);
      return [sessionOf(res), user?.email ?? user?.name].filter(Boolean).join(' ');
    }
    return mode === 'token' ? 'Zugangscode' : `lokal ${req.ip ?? ''}`.trim();
  };
  const require: RequestHandler = (req, res, next) => {
    if (allowed(req, res)) return next();
    next(
      new AppError(
        'forbidden',
        'forbidden:corpus_admin',
        mode === 'open'
          ? 'Den Rechtskorpus darf ohne Anmeldung nur verwalten, wer direkt an diesem Rechner arbeitet.'
          : 'Den Rechtskorpus dürfen nur Administratorinnen und Administratoren verwalten.',
        `corpus administration refused (${mode})`,
      ),
    );
  };
  return { allowed, actor, require };
}
export type CorpusAccess = ReturnType<typeof corpusAccess>;
