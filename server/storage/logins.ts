import { z } from 'zod';
import { parseOptionalRow } from './rows';
import type { SqlDb } from './sql';

const LoginRowSchema = z.object({ state: z.string(), nonce: z.string(), code_verifier: z.string(), redirect_uri: z.string() });

/** What a login in progress must remember until the provider sends the browser back. */
export interface PendingLogin {
  state: string;
  nonce: string;
  codeVerifier: string;
  redirectUri: string;
}

/** Logins in progress (OpenID Connect); each one can be completed once, and only for a short while. */
export function createLoginStore(db: SqlDb) {
  return {
    async create(id: string, login: PendingLogin, now: Date): Promise<void> {
      await db.run('INSERT INTO oidc_logins (id, state, nonce, code_verifier, redirect_uri, created_at) VALUES (?, ?, ?, ?, ?, ?)', [
        id,
        login.state,
        login.nonce,
        login.codeVerifier,
        login.redirectUri,
        now.toISOString(),
      ]);
    },
    /** Removes and returns the login if it started after `notBefore`; a second call finds nothing (replay). */
    async take(id: string, notBefore: Date): Promise<PendingLogin | undefined> {
      const row = await db.get(
        'DELETE FROM oidc_logins WHERE id = ? AND created_at >= ? RETURNING state, nonce, code_verifier, redirect_uri',
        [id, notBefore.toISOString()],
      );
      const r = parseOptionalRow(LoginRowSchema, row, 'oidc_logins');
      return r && { state: r.state, nonce: r.nonce, codeVerifier: r.code_verifier, redirectUri: r.redirect_uri };
    },
    purge: (before: Date): Promise<number> => db.run('DELETE FROM oidc_logins WHERE created_at < ?', [before.toISOString()]),
  };
}
export type LoginStore = ReturnType<typeof createLoginStore>;
