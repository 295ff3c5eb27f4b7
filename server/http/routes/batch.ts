import { Router, type RequestHandler } from 'express';
import { z } from 'zod';
import { BatchCreateBodySchema, BatchResultsQuerySchema } from '../../contracts/api';
import type { BatchService } from '../../services/batch';
import { sessionOf } from '../session';
import { parseInput } from '../validate';
import { attachment } from './attachment';

const ZipFieldsSchema = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  // multipart fields are strings
  ai: z.enum(['true', 'false']).optional(),
});

export function batchRoutes(svc: BatchService, upload: RequestHandler, uploadLimit: RequestHandler): Router {
  return Router()
    .post('/', (req, res, next) => {
      // JSON selects corpus laws; multipart carries a ZIP of law files
      if (req.is('multipart/form-data')) {
        uploadLimit(req, res, (err?: unknown) => (err ? next(err) : upload(req, res, next)));
        return;
      }
      res.status(202).json(svc.createFromCorpus(sessionOf(res), parseInput(BatchCreateBodySchema, req.body)));
    }, async (req, res) => {
      const { name, ai } = parseInput(ZipFieldsSchema, req.body ?? {});
      res.status(202).json(await svc.createFromZip(sessionOf(res), req.file, { ...(name ? { name } : {}), ai: ai === 'true' }));
    })
    .get('/', (_req, res) => {
      res.json(svc.list(sessionOf(res)));
    })
    .get('/:id', (req, res) => {
      res.json(svc.get(sessionOf(res), req.params.id));
    })
    .get('/:id/results', (req, res) => {
      res.json(svc.results(sessionOf(res), req.params.id, parseInput(BatchResultsQuerySchema, req.query)));
    })
    .get('/:id/export.csv', async (req, res) => {
      svc.get(sessionOf(res), req.params.id);
      attachment(res, `pruefauftrag-${req.params.id.slice(0, 8)}.csv`, 'text/csv; charset=utf-8');
      await svc.exportTo(sessionOf(res), req.params.id, 'csv', res);
    })
    .get('/:id/export.xlsx', async (req, res) => {
      svc.get(sessionOf(res), req.params.id);
      attachment(res, `pruefauftrag-${req.params.id.slice(0, 8)}.xlsx`, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      await svc.exportTo(sessionOf(res), req.params.id, 'xlsx', res);
    })
    .delete('/:id', (req, res) => {
      svc.remove(sessionOf(res), req.params.id);
      res.status(204).end();
    });
}
