import { Router } from 'express';
import { LoginBodySchema, type MeResponse } from '../../contracts/api';
import { type Sessions, sessionOf, unauthorized } from '../session';
import { parseInput } from '../validate';

export function authRoutes(sessions: Sessions): Router {
  return Router()
    .post('/login', (req, res) => {
      const { token } = parseInput(LoginBodySchema, req.body);
      sessions.login(res, token);
      res.status(204).end();
    })
    .post('/logout', (_req, res) => {
      sessions.logout(res);
      res.status(204).end();
    })
    .get('/me', (_req, res) => {
      if (typeof res.locals.sessionId !== 'string') throw unauthorized();
      const body: MeResponse = { authenticated: true, sessionId: sessionOf(res), authRequired: sessions.authRequired };
      res.json(body);
    });
}
