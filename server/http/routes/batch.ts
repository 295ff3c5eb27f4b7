import { Router, type RequestHandler, type Response } from 'express';
import { z } from 'zod';
import { BatchCreateBodySchema, BatchResultsQuerySchema } from '../../contracts/api';
import type { BatchService } from '../../services/batch';
import { AppError } from '../../errors';
import { sessionOf, userOf } from '../session';
import { parseInput } from '../validate';
import { fileStem } from '../../services/review/service';
import { attachment } from './attachment';
import { discardUpload } from './upload';

const ZipFieldsSchema = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  // multipart fields are strings
  ai: z.enum(['true', 'false']).optional(),
});

const ListQuerySchema = z.object({ alle: z.enum(['0', '1']).optional() });

const isAdmin = (res: Response) => userOf(res)?.admin === true;

/** "Normenscreening-Sozialrecht-Bund": a drafter finds the download by the name given to the screening, not by an id. */
const exportStem = (jobName: string) => `Normenscreening-${fileStem(jobName)}`;

export function batchRoutes(svc: BatchService, upload: RequestHandler, uploadLimit: RequestHandler): Router {
  return Router()
    .post('/', async (req, res, next) => {
      // JSON selects corpus laws; multipart carries a ZIP of law files
      if (req.is('multipart/form-data')) {
        uploadLimit(req, res, (err?: unknown) => (err ? next(err) : upload(req, res, next)));
        return;
      }
      res.status(202).json(await svc.createFromCorpus(sessionOf(res), parseInput(BatchCreateBodySchema, req.body)));
    }, async (req, res) => {
      const { name, ai } = parseInput(ZipFieldsSchema, req.body ?? {});
      const created = await svc.createFromZip(sessionOf(res), req.file, { ...(name ? { name } : {}), ai: ai === 'true' }).finally(() => discardUpload(req.file));
      res.status(202).json(created);
    })
    .get('/', async (req, res) => {
      if (parseInput(ListQuerySchema, req.query).alle !== '1') {
        res.json(await svc.list(sessionOf(res)));
        return;
      }
      if (!isAdmin(res)) {
        throw new AppError('forbidden', 'forbidden:admin', 'Nur Administratorinnen und Administratoren dürfen alle Prüfaufträge sehen.');
      }
      res.json(await svc.listAll());
    })
    .get('/:id', async (req, res) => {
      res.json(await svc.get(sessionOf(res), req.params.id, isAdmin(res)));
    })
    .get('/:id/results', async (req, res) => {
      res.json(await svc.results(sessionOf(res), req.params.id, parseInput(BatchResultsQuerySchema, req.query), isAdmin(res)));
    })
    .get('/:id/export.csv', async (req, res) => {
      const job = await svc.get(sessionOf(res), req.params.id, isAdmin(res));
      attachment(res, `${exportStem(job.name)}.csv`, 'text/csv; charset=utf-8');
      await svc.exportTo(sessionOf(res), req.params.id, 'csv', res, isAdmin(res));
    })
    .get('/:id/export.xlsx', async (req, res) => {
      const job = await svc.get(sessionOf(res), req.params.id, isAdmin(res));
      attachment(res, `${exportStem(job.name)}.xlsx`, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      await svc.exportTo(sessionOf(res), req.params.id, 'xlsx', res, isAdmin(res));
    })
    .delete('/:id', async (req, res) => {
      await svc.remove(sessionOf(res), req.params.id);
      res.status(204).end();
    });
}
