import { createBatchStore } from './batch';
import { type Clock, systemClock } from './clock';
import { createConversationStore } from './conversations';
import { type Db, openDb } from './db';
import { createFeedbackStore } from './feedback';
import { createLoginStore } from './logins';
import { createRetentionStore } from './retention';
import { createReviewStore } from './reviews';
import { createSessionStore } from './sessions';

/** All persistent state of the web app in one SQLite file under DATA_DIR. */
export function createStorage(db: Db, clock: Clock = systemClock) {
  return {
    db,
    sessions: createSessionStore(db),
    logins: createLoginStore(db),
    conversations: createConversationStore(db, clock),
    feedback: createFeedbackStore(db, clock),
    reviews: createReviewStore(db, clock),
    batch: createBatchStore(db, clock),
    retention: createRetentionStore(db),
    close: () => db.close(),
  };
}
export type Storage = ReturnType<typeof createStorage>;

export function openStorage(dataDir: string, clock: Clock = systemClock): Storage {
  return createStorage(openDb(dataDir), clock);
}
