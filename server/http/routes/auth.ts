import { Router } from 'express';
import { type DataPolicy, LoginBodySchema, type MeResponse } from '../../contracts/api';
import { type Sessions, unauthorized } from '../session';
import { parseInput } from '../validate';

export function authRoutes(sessions: Sessions, dataPolicy: DataPolicy): Router {
  return Router()
    .post('/login', (req, res) => {
      const { token } = parseInput(LoginBodySchema, req.body);
      sessions.login(req, res, token);
      res.status(204).end();
    })
    .post('/logout', (_req, res) => {
      sessions.logout(res);
      res.status(204).end();
    })
    .get('/me', (_req, res) => {
      if (typeof res.locals.sessionId !== 'string') throw unauthorized();
      const body: MeResponse = { authenticated: true, authRequired: sessions.authRequired, dataPolicy };
      res.json(body);
    });
}
