import type { Request, RequestHandler, Response } from 'express';
import { AppError } from '../errors';
import { sessionOf, userOf, type Sessions } from './session';

/** Loopback addresses, also as IPv4 mapped into IPv6. */
const LOOPBACK = /^(?:127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

/**
 * Who may change the corpus, per sign-in mode: with single sign-on the users with the admin role; with an access
 * code everybody who has it (the simple shared-secret installation knows no roles); without any login only the
 * local user, i.e. a browser on the machine itself (req.ip honours TRUST_PROXY, so a proxy's clients are not local).
 */
export function corpusAccess(mode: Sessions['mode']) {
  const allowed = (req: Request, res: Response): boolean => {
    if (mode === 'oidc') return userOf(res)?.admin === true;
    if (mode === 'token') return true;
    return LOOPBACK.test(req.ip ?? '');
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
