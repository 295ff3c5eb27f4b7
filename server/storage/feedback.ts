import type { FeedbackBody } from '../contracts/api';
import type { Clock } from './clock';
import type { Db } from './db';

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
