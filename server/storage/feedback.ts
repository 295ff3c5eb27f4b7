import { z } from 'zod';
import type { FeedbackBody } from '../contracts/api';
import type { Clock } from './clock';
import { parseRow } from './rows';
import type { SqlDb } from './sql';

const CountSchema = z.object({ n: z.number() });

export function createFeedbackStore(db: SqlDb, clock: Clock) {
  return {
    async add(sessionId: string, f: FeedbackBody): Promise<string> {
      const id = clock.id();
      await db.run(
        `INSERT INTO feedback (id, session_id, target_type, target_id, context_id, rating, reason, correction, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [id, sessionId, f.targetType, f.targetId, f.contextId, f.rating, f.reason ?? null, f.correction ?? null, clock.now().toISOString()],
      );
      return id;
    },
    count: async (sessionId: string): Promise<number> =>
      parseRow(CountSchema, await db.get('SELECT COUNT(*) AS n FROM feedback WHERE session_id = ?', [sessionId]), 'feedback').n,
  };
}
export type FeedbackStore = ReturnType<typeof createFeedbackStore>;

/**
 * Deletion of a review or conversation (messages cascade) together with the feedback on it, leaving no copy in
 * the WAL; returns false when the session has no such row.
 */
export function removerWithFeedback(db: SqlDb, table: 'reviews' | 'conversations'): (sessionId: string, id: string) => Promise<boolean> {
  return async (sessionId, id) => {
    const removed = await db.transaction(async (tx) => {
      await tx.run('DELETE FROM feedback WHERE context_id = ? AND session_id = ?', [id, sessionId]);
      return (await tx.run(`DELETE FROM ${table} WHERE id = ? AND session_id = ?`, [id, sessionId])) > 0;
    });
    if (removed) await db.afterDelete();
    return removed;
  };
}
