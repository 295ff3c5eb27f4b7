import { Router } from 'express';
import type { RuleExceptionsResponse } from '../../contracts/api';
import { RULES } from '../../rules';

/**
 * The German legal reason of every named exception, by rule and exception id. Findings carry only the ids of the
 * exceptions checked (a batch holds thousands of findings); "Warum gemeldet?" looks the reasons up here once.
 */
export function rulesRoutes(): Router {
  const body: RuleExceptionsResponse = Object.fromEntries(RULES.map((r) => [r.id, Object.fromEntries(r.exceptions.map((e) => [e.id, e.rationale]))]));
  return Router().get('/rules/exceptions', (_req, res) => {
    res.set('Cache-Control', 'private, max-age=3600').json(body);
  });
}
