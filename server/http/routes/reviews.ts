import { Router, type RequestHandler } from 'express';
import { DecisionBodySchema, type DecisionResponse, ReviewFindingsQuerySchema, ReviewUploadFieldsSchema } from '../../contracts/api';
import type { ExportKind, ReviewService } from '../../services/review/service';
import { sessionOf } from '../session';
import { uploadedBytes } from './upload';
import { parseInput } from '../validate';
import { attachment } from './attachment';

export function reviewRoutes(svc: ReviewService, upload: RequestHandler, uploadLimit: RequestHandler): Router {
  const exportRoute = (kind: ExportKind, format: 'md' | 'docx'): RequestHandler =>
    async (req, res) => {
      const file = await svc.export(sessionOf(res), String(req.params.id), kind, format);
      attachment(res, file.filename, file.contentType).send(file.body);
    };
  return Router()
    .post('/', uploadLimit, upload, async (req, res) => {
      const { uploadId } = parseInput(ReviewUploadFieldsSchema, req.body ?? {});
      const review = await svc.upload(sessionOf(res), await uploadedBytes(req.file), uploadId);
      res.status(201).json(review);
    })
    .get('/', async (_req, res) => {
      res.json(await svc.list(sessionOf(res)));
    })
    .get('/:id', async (req, res) => {
      res.json(await svc.get(sessionOf(res), req.params.id));
    })
    .get('/:id/findings', async (req, res) => {
      res.json(await svc.findings(sessionOf(res), req.params.id, parseInput(ReviewFindingsQuerySchema, req.query)));
    })
    .patch('/:id/findings/:findingId', async (req, res) => {
      const { decision } = parseInput(DecisionBodySchema, req.body);
      const rewrite = await svc.decide(sessionOf(res), req.params.id, req.params.findingId, decision);
      const body: DecisionResponse = { rewrite: rewrite ?? null };
      res.json(body);
    })
    .delete('/:id', async (req, res) => {
      await svc.remove(sessionOf(res), req.params.id);
      res.status(204).end();
    })
    .get('/:id/export.md', exportRoute('review', 'md'))
    .get('/:id/export.docx', exportRoute('review', 'docx'))
    .get('/:id/documentation.md', exportRoute('documentation', 'md'))
    .get('/:id/documentation.docx', exportRoute('documentation', 'docx'))
    // the draft with the accepted changes as tracked changes (Word's "Änderungen nachverfolgen")
    .get('/:id/draft.docx', exportRoute('draft', 'docx'));
}
