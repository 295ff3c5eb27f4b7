import { Router } from 'express';
import { ProvisionQuerySchema, type LawListItem, type ProvisionResponse } from '../../contracts/api';
import type { SearchIndex } from '../../retrieval/index';
import { notFound } from '../../services/not-found';
import { parseInput } from '../validate';

/** Read-only corpus: the law list and single provisions (opened from chat citations). */
export function corpusRoutes(index: SearchIndex): Router {
  return Router()
    .get('/laws', (_req, res) => {
      const laws: LawListItem[] = index.listLaws().map(({ path: _path, ...law }) => law);
      res.json(laws);
    })
    .get('/provisions', (req, res) => {
      const q = parseInput(ProvisionQuerySchema, req.query);
      const p = index.getProvision(q.law, q.section);
      if (!p) throw notFound('provision');
      const body: ProvisionResponse = p;
      res.json(body);
    });
}
