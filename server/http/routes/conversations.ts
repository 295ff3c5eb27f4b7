import { Router } from 'express';
import { RenameConversationBodySchema } from '../../contracts/api';
import type { ConversationService } from '../../services/conversations';
import { sessionOf } from '../session';
import { parseInput } from '../validate';
import { attachment } from './attachment';

export function conversationRoutes(svc: ConversationService): Router {
  return Router()
    .get('/', (_req, res) => {
      res.json(svc.list(sessionOf(res)));
    })
    .get('/:id', (req, res) => {
      res.json(svc.get(sessionOf(res), req.params.id));
    })
    .patch('/:id', (req, res) => {
      const { title } = parseInput(RenameConversationBodySchema, req.body);
      res.json(svc.rename(sessionOf(res), req.params.id, title));
    })
    .delete('/:id', (req, res) => {
      svc.remove(sessionOf(res), req.params.id);
      res.status(204).end();
    })
    .get('/:id/export.md', (req, res) => {
      const md = svc.exportMarkdown(sessionOf(res), req.params.id);
      attachment(res, 'unterhaltung.md', 'text/markdown; charset=utf-8').send(md);
    });
}
