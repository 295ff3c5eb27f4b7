import { Router, type RequestHandler } from 'express';
import { type CorpusAdminResponse, type CorpusImportResponse, CorpusImportFieldsSchema } from '../../contracts/api';
import type { CorpusAdmin } from '../../services/corpus-admin';
import type { CorpusAccess } from '../corpus-access';
import { parseInput } from '../validate';
import { uploadedBytes } from './upload';

/** /api/admin/corpus: laws imported by administrators (list, upload, delete); everything else stays read-only. */
export function adminCorpusRoutes(svc: CorpusAdmin, access: CorpusAccess, upload: RequestHandler, uploadLimit: RequestHandler): Router {
  return Router()
    .use(access.require)
    .get('/', async (_req, res) => {
      const body: CorpusAdminResponse = await svc.status();
      res.json(body);
    })
    .post('/', uploadLimit, upload, async (req, res) => {
      const fields = parseInput(CorpusImportFieldsSchema, req.body ?? {});
      const body: CorpusImportResponse = await svc.import(await uploadedBytes(req.file), fields, access.actor(req, res));
      res.status(201).json(body);
    })
    .delete('/:id', async (req, res) => {
      await svc.remove(req.params.id, access.actor(req, res));
      res.status(204).end();
    });
}
