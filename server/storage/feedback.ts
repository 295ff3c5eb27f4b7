import type { FeedbackBody } from '../contracts/api';
import type { Clock } from './clock';
import { checkpoint, type Db } from './db';

export function createFeedbackStore(db: Db, clock: Clock) {
  const insert = db.prepare(
    `INSERT INTO feedback (id, session_id, target_type, target_id, context_id, rating, reason, correction, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const count = db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM feedback WHERE session_id = ?');
  return {
    add(sessionId: string, f: FeedbackBody): string {
      const id = clock.id();
      insert.run(
        id,
        sessionId,
        f.targetType,
        f.targetId,
        f.contextId,
        f.rating,
        f.reason ?? null,
        f.correction ?? null,
        clock.now().toISOString(),
      );
      return id;
    },
    count: (sessionId: string): number => count.get(sessionId)?.n ?? 0,
  };
}
export type FeedbackStore = ReturnType<typeof createFeedbackStore>;

/**
 * Deletion of a review or conversation (messages cascade) together with the feedback on it, leaving no copy in
 * the WAL; returns false when the session has no such row.
 */
export function removerWithFeedback(db: Db, table: 'reviews' | 'conversations'): (sessionId: string, id: string) => boolean {
  const feedback = db.prepare('DELETE FROM feedback WHERE context_id = ? AND session_id = ?');
  const row = db.prepare(`DELETE FROM ${table} WHERE id = ? AND session_id = ?`);
  const remove = db.transaction((sessionId: string, id: string) => {
    feedback.run(id, sessionId);
    return row.run(id, sessionId).changes > 0;
  });
  return (sessionId, id) => {
    const removed = remove(sessionId, id);
    if (removed) checkpoint(db);
    return removed;
  };
}
