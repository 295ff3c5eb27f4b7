import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SQLITE_MIGRATIONS } from './schema';

export type Db = Database.Database;

/** From this schema version on, deleted rows are overwritten (secure_delete); older files are rewritten once. */
const SECURE_DELETE_VERSION = 4;

/**
 * Applies the pending migrations (generated from server/storage/schema.ts), each in a transaction that bumps
 * `PRAGMA user_version`; returns the schema version the file had before. Instances on a shared DATA_DIR may start
 * at the same moment: each step takes the write lock first (IMMEDIATE) and reads the version under it, so a step
 * another process applied meanwhile is not applied twice.
 */
export function migrate(db: Db): number {
  const version = () => db.pragma('user_version', { simple: true }) as number;
  const before = version();
  const next = db.transaction(() => {
    const v = version();
    if (v >= SQLITE_MIGRATIONS.length) return false;
    db.exec(SQLITE_MIGRATIONS[v]!);
    db.pragma(`user_version = ${v + 1}`);
    return true;
  });
  while (next.immediate()) {
    // one step per transaction, until the file is at the newest version
  }
  return before;
}

/**
 * Moves the WAL into the database file and truncates it, so that text overwritten by secure_delete does not
 * survive as an older page image in app.db-wal. Called after every deletion of user data.
 */
export function checkpoint(db: Db): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
}

const WAL_SWITCH_DEADLINE_MS = 10_000;

/**
 * Switching a new file to WAL upgrades a shared lock to an exclusive one. When another process starting at the same
 * moment holds a lock, SQLite answers SQLITE_BUSY at once instead of calling the busy handler (it would deadlock
 * otherwise), so the switch is retried here until that process is done.
 */
function switchToWal(db: Db): void {
  const deadline = Date.now() + WAL_SWITCH_DEADLINE_MS;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      db.pragma('journal_mode = WAL');
      return;
    } catch (err) {
      if ((err as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() > deadline) throw err;
      Atomics.wait(pause, 0, 0, 10 + Math.floor(Math.random() * 20));
    }
  }
}

/**
 * Opens (and creates) DATA_DIR/app.db in WAL mode so that readers never block the writer. Drafts are
 * confidential: `secure_delete` zeroes deleted rows instead of leaving them in free pages.
 */
export function openDb(dataDir: string): Db {
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const db = new Database(join(dir, 'app.db'));
  db.pragma('busy_timeout = 5000');
  switchToWal(db);
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('secure_delete = ON');
  const before = migrate(db);
  if (before > 0 && before < SECURE_DELETE_VERSION) {
    // rows deleted before secure_delete was on may still sit in free pages: rewrite the file once
    db.exec('VACUUM');
    checkpoint(db);
  }
  return db;
}
