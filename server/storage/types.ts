import type { BatchStore } from './batch';
import type { ConversationStore } from './conversations';
import type { CorpusStore } from './corpus';
import type { FeedbackStore } from './feedback';
import type { LoginStore } from './logins';
import type { RetentionStore } from './retention';
import type { ReviewStore } from './reviews';
import type { SessionStore } from './sessions';
import type { SqlDb } from './sql';

/**
 * All persistent state of the web app: SQLite in DATA_DIR (embedded default) or PostgreSQL (DATABASE_URL). Every
 * method returns a Promise; the stores are written once against `SqlDb`, whose two implementations are
 * server/storage/sqlite.ts and server/storage/postgres.ts.
 */
export interface Storage {
  readonly kind: SqlDb['kind'];
  /** The database itself (tests, readiness); the app goes through the stores. */
  readonly sql: SqlDb;
  readonly sessions: SessionStore;
  readonly logins: LoginStore;
  readonly conversations: ConversationStore;
  readonly feedback: FeedbackStore;
  readonly reviews: ReviewStore;
  readonly batch: BatchStore;
  readonly retention: RetentionStore;
  /** Laws imported by administrators (not subject to retention). */
  readonly corpus: CorpusStore;
  /** Throws when the database does not answer. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
