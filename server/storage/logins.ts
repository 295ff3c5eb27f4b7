import { z } from 'zod';
import type { Db } from './db';

const LoginRowSchema = z.object({ state: z.string(), nonce: z.string(), code_verifier: z.string(), redirect_uri: z.string() });

/** What a login in progress must remember until the provider sends the browser back. */
export interface PendingLogin {
  state: string;
  nonce: string;
  codeVerifier: string;
  redirectUri: string;
}

/** Logins in progress (OpenID Connect); each one can be completed once, and only for a short while. */
export function createLoginStore(db: Db) {
  const q = {
    insert: db.prepare('INSERT INTO oidc_logins (id, state, nonce, code_verifier, redirect_uri, created_at) VALUES (?, ?, ?, ?, ?, ?)'),
    take: db.prepare<[string, string], unknown>(
      'DELETE FROM oidc_logins WHERE id = ? AND created_at >= ? RETURNING state, nonce, code_verifier, redirect_uri',
    ),
    purge: db.prepare('DELETE FROM oidc_logins WHERE created_at < ?'),
  };
  return {
    create(id: string, login: PendingLogin, now: Date): void {
      q.insert.run(id, login.state, login.nonce, login.codeVerifier, login.redirectUri, now.toISOString());
    },
    /** Removes and returns the login if it started after `notBefore`; a second call finds nothing (replay). */
    take(id: string, notBefore: Date): PendingLogin | undefined {
      const row = q.take.get(id, notBefore.toISOString());
      if (row === undefined) return undefined;
      const r = LoginRowSchema.parse(row);
      return { state: r.state, nonce: r.nonce, codeVerifier: r.code_verifier, redirectUri: r.redirect_uri };
    },
    purge: (before: Date): number => q.purge.run(before.toISOString()).changes,
  };
}
export type LoginStore = ReturnType<typeof createLoginStore>;
