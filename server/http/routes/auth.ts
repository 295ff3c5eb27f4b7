import { type NextFunction, Router, type Request, type Response } from 'express';
import { type DataPolicy, LoginBodySchema, type MeResponse } from '../../contracts/api';
import { reportError } from '../../errors';
import { logger } from '../../logger';
import { LOGIN_TTL_MS, type Oidc } from '../oidc';
import { type Sessions, userOf } from '../session';
import { parseInput } from '../validate';

const LOGIN_COOKIE = 'dc_login';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Login steps are browser navigations: a failed one gets a page with a way back, a script the usual JSON. */
function sendLoginError(req: Request, res: Response, next: NextFunction, err: unknown): void {
  if (req.accepts(['json', 'html']) !== 'html') {
    next(err);
    return;
  }
  const { status, body } = reportError(err, logger, { url: req.originalUrl, step: 'login' });
  res
    .status(status)
    .type('html')
    .send(
      `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Anmeldung – Digitalcheck-Assistent</title></head>` +
        `<body><main><h1>Anmeldung nicht möglich</h1><p role="alert">${escapeHtml(body.message)}</p>` +
        `<p><a href="/api/auth/login">Erneut mit dem Landes-Login anmelden</a> · <a href="/">Zur Startseite</a></p></main></body></html>`,
    );
}

export function authRoutes(sessions: Sessions, dataPolicy: DataPolicy, corpusAdmin: (req: Request, res: Response) => boolean, oidc?: Oidc): Router {
  const router = Router()
    .post('/login', async (req, res) => {
      const { token } = parseInput(LoginBodySchema, req.body);
      await sessions.login(req, res, token);
      res.status(204).end();
    })
    .post('/logout', async (_req, res) => {
      await sessions.logout(res);
      const endSessionUrl = oidc ? await oidc.endSessionUrl() : undefined;
      if (endSessionUrl) res.json({ endSessionUrl });
      else res.status(204).end();
    })
    .get('/me', (req, res) => {
      if (typeof res.locals.sessionId !== 'string') throw sessions.refusal();
      const user = userOf(res);
      const body: MeResponse = {
        authenticated: true,
        authRequired: sessions.authRequired,
        auth: sessions.mode,
        admin: user?.admin ?? false,
        corpusAdmin: corpusAdmin(req, res),
        ...(user ? { user: { ...(user.name ? { name: user.name } : {}), ...(user.email ? { email: user.email } : {}) } } : {}),
        dataPolicy,
      };
      res.json(body);
    });
  if (!oidc) return router;
  return router
    .get('/auth/login', async (req, res, next) => {
      try {
        const { loginId, url } = await oidc.begin();
        // Lax, not Strict: the provider's redirect back is a cross-site navigation that must carry it
        res.cookie(LOGIN_COOKIE, loginId, { ...sessions.cookieOptions(req), sameSite: 'lax', path: '/api/auth', maxAge: LOGIN_TTL_MS });
        res.redirect(302, url.href);
      } catch (e) {
        sendLoginError(req, res, next, e);
      }
    })
    .get('/auth/callback', async (req, res, next) => {
      res.clearCookie(LOGIN_COOKIE, { path: '/api/auth' });
      try {
        const query = new URL(req.originalUrl, 'http://callback').searchParams;
        const { subject, user } = await oidc.complete(req.cookies?.[LOGIN_COOKIE] as string | undefined, query);
        await sessions.signIn(req, res, subject, user);
        res.redirect(303, '/');
      } catch (e) {
        sendLoginError(req, res, next, e);
      }
    });
}
