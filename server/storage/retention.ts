import type { SqlDb } from './sql';

export interface PurgeCounts {
  conversations: number;
  reviews: number;
  feedback: number;
}

/**
 * Retention: conversations not used and reviews not created since `before` are deleted, with their messages and
 * feedback; so is feedback older than that or whose review or conversation is gone. Batch jobs are removed by
 * the job runner (it also cancels them and deletes their uploads). On PostgreSQL the rows are deleted; reclaiming
 * their space (VACUUM) is left to autovacuum and the operator.
 */
export function createRetentionStore(db: SqlDb) {
  return {
    async purgeBefore(before: Date): Promise<PurgeCounts> {
      const cutoff = before.toISOString();
      const counts = await db.transaction(async (tx) => ({
        conversations: await tx.run('DELETE FROM conversations WHERE updated_at < ?', [cutoff]),
        reviews: await tx.run('DELETE FROM reviews WHERE created_at < ?', [cutoff]),
        feedback: await tx.run(
          `DELETE FROM feedback WHERE created_at < ?
            OR (context_id NOT IN (SELECT id FROM conversations) AND context_id NOT IN (SELECT id FROM reviews))`,
          [cutoff],
        ),
      }));
      if (counts.conversations + counts.reviews + counts.feedback > 0) await db.afterDelete();
      return counts;
    },
  };
}
export type RetentionStore = ReturnType<typeof createRetentionStore>;
