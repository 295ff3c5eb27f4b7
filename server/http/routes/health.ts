import { type RequestHandler, Router } from 'express';
import type { HealthResponse, ReadyResponse } from '../../contracts/api';
import { AppError } from '../../errors';
import type { Metrics } from '../../metrics';
import type { SearchIndex } from '../../retrieval/index';
import { tokenMatches } from '../session';

export interface HealthDeps {
  index: SearchIndex;
  llm: string;
  storage: HealthResponse['storage'];
  queue: HealthResponse['queue'];
  /** Each dependency the instance needs to serve requests; a throwing check makes the instance not ready. */
  checks: Record<string, () => void | Promise<void>>;
  metrics: Metrics;
  /** When set, /metrics wants `Authorization: Bearer <token>`. */
  metricsToken?: string;
}

const CHECK_TIMEOUT_MS = 3000;

/** Liveness (/healthz), readiness (/readyz) and Prometheus metrics (/metrics); none of them needs a session. */
export function healthRoutes(deps: HealthDeps): Router {
  return Router()
    .get('/healthz', (_req, res) => {
      const body: HealthResponse = { status: 'ok', llm: deps.llm, corpus: deps.index.stats(), storage: deps.storage, queue: deps.queue };
      res.json(body);
    })
    .get('/readyz', async (_req, res) => {
      const checks: ReadyResponse['checks'] = {};
      // a database that does not answer must not hang the probe
      const timeout = () => new Promise<never>((_, rej) => setTimeout(() => rej(new Error('timeout')), CHECK_TIMEOUT_MS).unref());
      await Promise.all(
        Object.entries(deps.checks).map(async ([name, check]) => {
          try {
            await Promise.race([Promise.resolve().then(check), timeout()]);
            checks[name] = 'ok';
          } catch {
            checks[name] = 'fehler';
          }
        }),
      );
      const ready = Object.values(checks).every((c) => c === 'ok');
      const body: ReadyResponse = { status: ready ? 'ready' : 'not_ready', checks };
      res.status(ready ? 200 : 503).json(body);
    })
    .get('/metrics', metricsAuth(deps.metricsToken), (_req, res, next) => {
      deps.metrics.registry
        .metrics()
        .then((text) => res.type(deps.metrics.registry.contentType).send(text))
        .catch(next);
    });
}

function metricsAuth(token: string | undefined): RequestHandler {
  if (!token) return (_req, _res, next) => next();
  return (req, _res, next) => {
    // the same comparison as ACCESS_TOKEN: a length check first would tell the token's length by timing
    if (tokenMatches(req.get('authorization') ?? '', `Bearer ${token}`)) next();
    else next(new AppError('unauthorized', 'unauthorized:metrics', 'Für die Metriken ist ein gültiger Token nötig.'));
  };
}
