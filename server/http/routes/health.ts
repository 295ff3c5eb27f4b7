import { Router } from 'express';
import type { HealthResponse } from '../../contracts/api';
import type { SearchIndex } from '../../retrieval/index';

export function healthRoutes(deps: { index: SearchIndex; llm: string }): Router {
  return Router().get('/healthz', (_req, res) => {
    const body: HealthResponse = { status: 'ok', llm: deps.llm, corpus: deps.index.stats() };
    res.json(body);
  });
}
