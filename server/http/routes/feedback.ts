import { Router } from 'express';
import { FeedbackBodySchema } from '../../contracts/api';
import { notFound } from '../../services/not-found';
import type { Storage } from '../../storage/index';
import { sessionOf } from '../session';
import { parseInput } from '../validate';

/** Feedback per answer (context: conversation) or per finding (context: review), only on own data. */
export function feedbackRoutes(storage: Pick<Storage, 'feedback' | 'conversations' | 'reviews'>): Router {
  return Router().post('/', async (req, res) => {
    const sessionId = sessionOf(res);
    const body = parseInput(FeedbackBodySchema, req.body);
    const owned =
      (await storage.conversations.exists(sessionId, body.contextId)) || (await storage.reviews.get(sessionId, body.contextId)) !== undefined;
    if (!owned) throw notFound(body.targetType === 'message' ? 'conversation' : 'review');
    res.status(201).json({ id: await storage.feedback.add(sessionId, body) });
  });
}
