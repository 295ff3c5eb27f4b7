import { checkpoint, type Db } from './db';

export interface PurgeCounts {
  conversations: number;
  reviews: number;
  feedback: number;
}

/**
 * Retention: conversations not used and reviews not created since `before` are deleted, with their messages and
 * feedback; so is feedback older than that or whose review or conversation is gone. Batch jobs are removed by
 * the job runner (it also cancels them and deletes their uploads).
 */
export function createRetentionStore(db: Db) {
  const q = {
    conversations: db.prepare('DELETE FROM conversations WHERE updated_at < ?'),
    reviews: db.prepare('DELETE FROM reviews WHERE created_at < ?'),
    feedback: db.prepare(
      `DELETE FROM feedback WHERE created_at < ?
        OR (context_id NOT IN (SELECT id FROM conversations) AND context_id NOT IN (SELECT id FROM reviews))`,
    ),
  };
  return {
    purgeBefore(before: Date): PurgeCounts {
      const cutoff = before.toISOString();
      const counts = db.transaction(() => ({
        conversations: q.conversations.run(cutoff).changes,
        reviews: q.reviews.run(cutoff).changes,
        feedback: q.feedback.run(cutoff).changes,
      }))();
      if (counts.conversations + counts.reviews + counts.feedback > 0) checkpoint(db);
      return counts;
    },
  };
}
export type RetentionStore = ReturnType<typeof createRetentionStore>;
