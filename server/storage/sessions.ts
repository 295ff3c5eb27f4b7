import { z } from 'zod';
import { jsonColumn, parseOptionalRow } from './rows';
import type { SqlDb } from './sql';

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
  profile: jsonColumn(SessionUserSchema).nullable(),
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
export function createSessionStore(db: SqlDb) {
  return {
    async create(id: string, binding: string, now: Date, signedIn?: { owner: string; user: SessionUser }): Promise<void> {
      await db.run('INSERT INTO sessions (id, binding, created_at, last_seen_at, owner, profile) VALUES (?, ?, ?, ?, ?, ?)', [
        id,
        binding,
        now.toISOString(),
        now.toISOString(),
        signedIn?.owner ?? null,
        signedIn ? JSON.stringify(signedIn.user) : null,
      ]);
    },
    async get(id: string): Promise<SessionRecord | undefined> {
      const row = await db.get('SELECT binding, created_at, last_seen_at, owner, profile FROM sessions WHERE id = ?', [id]);
      const r = parseOptionalRow(SessionRowSchema, row, 'sessions');
      if (!r) return undefined;
      return {
        binding: r.binding,
        createdAt: new Date(r.created_at),
        lastSeenAt: new Date(r.last_seen_at),
        owner: r.owner ?? id,
        ...(r.profile ? { user: r.profile } : {}),
      };
    },
    async touch(id: string, now: Date): Promise<void> {
      await db.run('UPDATE sessions SET last_seen_at = ? WHERE id = ?', [now.toISOString(), id]);
    },
    async remove(id: string): Promise<void> {
      await db.run('DELETE FROM sessions WHERE id = ?', [id]);
    },
    /** Deletes sessions of another binding or last used / created before the cut-offs; returns their ids. */
    async purge(binding: string, idleBefore: Date, createdBefore: Date): Promise<string[]> {
      const rows = await db.all('DELETE FROM sessions WHERE binding != ? OR last_seen_at < ? OR created_at < ? RETURNING id', [
        binding,
        idleBefore.toISOString(),
        createdBefore.toISOString(),
      ]);
      return rows.map((r) => (r as { id: string }).id);
    },
  };
}
export type SessionStore = ReturnType<typeof createSessionStore>;
