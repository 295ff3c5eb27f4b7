import type { Clock } from './clock';
import type { Db } from './db';

export function createSessionStore(db: Db, clock: Clock) {
  const insert = db.prepare('INSERT OR IGNORE INTO sessions (id, created_at) VALUES (?, ?)');
  const get = db.prepare<[string], { id: string }>('SELECT id FROM sessions WHERE id = ?');
  const del = db.prepare('DELETE FROM sessions WHERE id = ?');
  return {
    ensure(id: string): void {
      insert.run(id, clock.now().toISOString());
    },
    exists(id: string): boolean {
      return get.get(id) !== undefined;
    },
    remove(id: string): void {
      del.run(id);
    },
  };
}
export type SessionStore = ReturnType<typeof createSessionStore>;
