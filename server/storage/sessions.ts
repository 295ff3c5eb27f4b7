import { z } from 'zod';
import type { Db } from './db';

/** Who a signed-in user is, as far as the app shows and decides it. */
export const SessionUserSchema = z.object({
  name: z.string().optional(),
  email: z.string().optional(),
  admin: z.boolean(),
});
export type SessionUser = z.infer<typeof SessionUserSchema>;

const SessionRowSchema = z.object({
  binding: z.string(),
  created_at: z.string(),
  last_seen_at: z.string(),
  owner: z.string().nullable(),
  profile: z.string().nullable(),
});

export interface SessionRecord {
  /** Auth mode and token generation the session was issued under (see http/session.ts). */
  binding: string;
  createdAt: Date;
  lastSeenAt: Date;
  /** Key of the data the session sees: the user's subject after single sign-on, else the session id. */
  owner: string;
  user?: SessionUser;
}

/**
 * Session rows: issued by the server only, bound to the auth mode, expired by idle and absolute age. Times come
 * from the caller, whose clock also decides expiry.
 */
export function createSessionStore(db: Db) {
  const q = {
    insert: db.prepare('INSERT INTO sessions (id, binding, created_at, last_seen_at, owner, profile) VALUES (?, ?, ?, ?, ?, ?)'),
    get: db.prepare<[string], unknown>('SELECT binding, created_at, last_seen_at, owner, profile FROM sessions WHERE id = ?'),
    touch: db.prepare('UPDATE sessions SET last_seen_at = ? WHERE id = ?'),
    del: db.prepare('DELETE FROM sessions WHERE id = ?'),
    purge: db.prepare<[string, string, string], { id: string }>(
      'DELETE FROM sessions WHERE binding != ? OR last_seen_at < ? OR created_at < ? RETURNING id',
    ),
  };
  return {
    create(id: string, binding: string, now: Date, signedIn?: { owner: string; user: SessionUser }): void {
      q.insert.run(id, binding, now.toISOString(), now.toISOString(), signedIn?.owner ?? null, signedIn ? JSON.stringify(signedIn.user) : null);
    },
    get(id: string): SessionRecord | undefined {
      const row = q.get.get(id);
      if (row === undefined) return undefined;
      const r = SessionRowSchema.parse(row);
      return {
        binding: r.binding,
        createdAt: new Date(r.created_at),
        lastSeenAt: new Date(r.last_seen_at),
        owner: r.owner ?? id,
        ...(r.profile ? { user: SessionUserSchema.parse(JSON.parse(r.profile)) } : {}),
      };
    },
    touch(id: string, now: Date): void {
      q.touch.run(now.toISOString(), id);
    },
    remove(id: string): void {
      q.del.run(id);
    },
    /** Deletes sessions of another binding or last used / created before the cut-offs; returns their ids. */
    purge(binding: string, idleBefore: Date, createdBefore: Date): string[] {
      return q.purge.all(binding, idleBefore.toISOString(), createdBefore.toISOString()).map((r) => r.id);
    },
  };
}
export type SessionStore = ReturnType<typeof createSessionStore>;
