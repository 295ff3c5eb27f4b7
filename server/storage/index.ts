import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AppError } from '../errors';
import { createBatchStore } from './batch';
import { type Clock, systemClock } from './clock';
import { createConversationStore } from './conversations';
import { type CorpusStore, createCorpusStore } from './corpus';
import { createFeedbackStore } from './feedback';
import { createLoginStore } from './logins';
import { openPostgres } from './postgres';
import { createRetentionStore } from './retention';
import { createReviewStore } from './reviews';
import { createSessionStore } from './sessions';
import type { SqlDb } from './sql';
import { openSqlite } from './sqlite';
import type { Storage } from './types';

export type { Storage } from './types';

export function createStorage(sql: SqlDb, clock: Clock = systemClock): Storage {
  return {
    kind: sql.kind,
    sql,
    sessions: createSessionStore(sql),
    logins: createLoginStore(sql),
    conversations: createConversationStore(sql, clock),
    feedback: createFeedbackStore(sql, clock),
    reviews: createReviewStore(sql, clock),
    batch: createBatchStore(sql, clock),
    retention: createRetentionStore(sql),
    corpus: createCorpusStore(sql, clock),
    ping: () => sql.ping(),
    close: () => sql.close(),
  };
}

/** SQLite in DATA_DIR/app.db, created and migrated. */
export const openSqliteStorage = (dataDir: string, clock: Clock = systemClock): Storage => createStorage(openSqlite(dataDir), clock);

export interface StorageSettings {
  DATA_DIR: string;
  DATABASE_URL?: string | undefined;
  DATABASE_POOL_SIZE?: number | undefined;
}

/** The configured storage: PostgreSQL when DATABASE_URL is set (migrated before it is returned), else SQLite. */
export async function openStorage(settings: StorageSettings, clock: Clock = systemClock): Promise<Storage> {
  if (!settings.DATABASE_URL) return openSqliteStorage(settings.DATA_DIR, clock);
  try {
    return createStorage(await openPostgres(settings.DATABASE_URL, settings.DATABASE_POOL_SIZE ? { max: settings.DATABASE_POOL_SIZE } : {}), clock);
  } catch (e) {
    throw new AppError(
      'unavailable',
      'unavailable:database',
      'Die PostgreSQL-Datenbank (DATABASE_URL) ist nicht erreichbar oder ließ sich nicht einrichten.',
      `PostgreSQL start-up failed: ${e instanceof Error ? e.message : String(e)}`,
      { cause: e },
    );
  }
}

/**
 * Reads the laws imported over the web from the configured database, for a process that does not serve (the CLI),
 * so that it searches and lists the same corpus as the server. Without DATABASE_URL and before the server has created
 * DATA_DIR/app.db there are none, and no database is created for asking.
 */
export async function readWebImports<T>(settings: StorageSettings, read: (corpus: CorpusStore) => Promise<T[]>): Promise<T[]> {
  if (!settings.DATABASE_URL && !existsSync(join(resolve(settings.DATA_DIR), 'app.db'))) return [];
  const storage = await openStorage(settings);
  try {
    return await read(storage.corpus);
  } finally {
    await storage.close();
  }
}
