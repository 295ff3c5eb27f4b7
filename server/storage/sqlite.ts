import type Database from 'better-sqlite3';
import { checkpoint, type Db, openDb } from './db';
import type { Param, SqlDb, SqlRunner } from './sql';

/**
 * SQLite behind the async seam. better-sqlite3 runs each statement synchronously; the only thing to guard is a
 * transaction whose callback awaits: every other caller waits until it has finished, so no foreign statement
 * lands inside it (or in its rollback) and no second BEGIN is attempted on the connection.
 */
export function sqliteDb(db: Db): SqlDb {
  const statements = new Map<string, Database.Statement>();
  const prepare = (sql: string) => {
    let s = statements.get(sql);
    if (!s) {
      s = db.prepare(sql);
      statements.set(sql, s);
    }
    return s;
  };
  const direct: SqlRunner = {
    all: async (sql, params = []) => prepare(sql).all(...(params as Param[])),
    get: async (sql, params = []) => prepare(sql).get(...(params as Param[])),
    run: async (sql, params = []) => prepare(sql).run(...(params as Param[])).changes,
  };

  // the open transaction, if any: everything else queues behind it
  let busy: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = busy.then(fn, fn);
    busy = run.catch(() => undefined);
    return run;
  };

  return {
    kind: 'sqlite',
    dialect: { jsonArrayLength: (c) => `json_array_length(${c})`, like: 'LIKE', forUpdate: '' },
    all: (sql, params) => exclusive(() => direct.all(sql, params)),
    get: (sql, params) => exclusive(() => direct.get(sql, params)),
    run: (sql, params) => exclusive(() => direct.run(sql, params)),
    transaction: (fn) =>
      exclusive(async () => {
        // IMMEDIATE: the write lock up front, so a second process on the same file waits (busy_timeout) instead of failing mid-way
        db.exec('BEGIN IMMEDIATE');
        try {
          const result = await fn(direct);
          db.exec('COMMIT');
          return result;
        } catch (e) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw e;
        }
      }),
    afterDelete: async () => checkpoint(db),
    ping: async () => {
      db.prepare('SELECT 1').get();
    },
    close: async () => {
      if (db.open) db.close();
    },
  };
}

/** DATA_DIR/app.db, created and migrated (server/storage/db.ts). */
export const openSqlite = (dataDir: string): SqlDb => sqliteDb(openDb(dataDir));
