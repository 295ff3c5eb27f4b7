import { Router } from 'express';
import { RenameConversationBodySchema } from '../../contracts/api';
import type { ConversationService } from '../../services/conversations';
import { sessionOf } from '../session';
import { parseInput } from '../validate';
import { fileStem } from '../../services/review/service';
import { attachment } from './attachment';

export function conversationRoutes(svc: ConversationService): Router {
  return Router()
    .get('/', async (_req, res) => {
      res.json(await svc.list(sessionOf(res)));
    })
    .get('/:id', async (req, res) => {
      res.json(await svc.get(sessionOf(res), req.params.id));
    })
    .patch('/:id', async (req, res) => {
      const { title } = parseInput(RenameConversationBodySchema, req.body);
      res.json(await svc.rename(sessionOf(res), req.params.id, title));
    })
    .delete('/:id', async (req, res) => {
      await svc.remove(sessionOf(res), req.params.id);
      res.status(204).end();
    })
    .get('/:id/export.md', async (req, res) => {
      const md = await svc.exportMarkdown(sessionOf(res), req.params.id);
      const { title } = await svc.get(sessionOf(res), req.params.id);
      attachment(res, `Gespräch-${fileStem(title || 'Unbenannt')}.md`, 'text/markdown; charset=utf-8').send(md);
    });
}
