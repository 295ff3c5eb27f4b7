import { randomBytes } from 'node:crypto';
import * as client from 'openid-client';
import type { Config } from '../config';
import { AppError } from '../errors';
import { logger } from '../logger';
import type { Clock } from '../storage/clock';
import type { LoginStore, PendingLogin } from '../storage/logins';
import type { SessionUser } from '../storage/sessions';
import { configuredOrigin } from './origin';

/** The app's callback route, below the API router's mount point. */
export const CALLBACK_PATH = '/api/auth/callback';

/** A login must come back from the provider within this time. */
export const LOGIN_TTL_MS = 10 * 60_000;

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret?: string;
  /** The callback URL registered at the provider; fixed by the configuration, never by a request. */
  redirectUrl: string;
  /** Where the provider's logout sends the browser back. */
  publicOrigin: string;
  scopes: string;
  rolesClaim: string;
  adminRole?: string;
}

export function oidcSettings(config: Config): OidcSettings | undefined {
  if (!config.OIDC_ISSUER || !config.OIDC_CLIENT_ID) return undefined;
  // loadConfig refuses OIDC mode without either of them
  const redirectUrl = config.OIDC_REDIRECT_URL ?? `${config.PUBLIC_URL!.replace(/\/+$/, '')}${CALLBACK_PATH}`;
  return {
    redirectUrl,
    publicOrigin: configuredOrigin(config)!,
    issuer: config.OIDC_ISSUER,
    clientId: config.OIDC_CLIENT_ID,
    scopes: config.OIDC_SCOPES,
    rolesClaim: config.OIDC_ROLES_CLAIM,
    ...(config.OIDC_CLIENT_SECRET ? { clientSecret: config.OIDC_CLIENT_SECRET } : {}),
    ...(config.OIDC_ADMIN_ROLE ? { adminRole: config.OIDC_ADMIN_ROLE } : {}),
  };
}

const loginFailed = (log: string, cause?: unknown) =>
  new AppError('bad_request', 'bad_request:oidc_callback', 'Die Anmeldung über den Landes-Login konnte nicht abgeschlossen werden. Bitte melden Sie sich erneut an.', log, { cause });

const providerUnavailable = (cause: unknown) =>
  new AppError('unavailable', 'unavailable:oidc', 'Der Landes-Login ist gerade nicht erreichbar. Bitte versuchen Sie es später erneut.', `OIDC provider unreachable: ${String(cause)}`, { cause });

/** fetch() rejects with a TypeError when the provider cannot be reached; everything else is the answer's fault. */
const unreachable = (e: unknown) => e instanceof TypeError || (e instanceof Error && (e.name === 'AbortError' || e.name === 'TimeoutError'));

/** Loopback issuers (a provider on the same machine, as in the tests) may speak plain HTTP; all others need HTTPS. */
const isLoopback = (url: URL) => ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);

/** Roles from a claim given as a dot path; providers send a list, a space- or comma-separated string, or nothing. */
export function rolesOf(claims: Record<string, unknown>, path: string): string[] {
  let value: unknown = claims;
  for (const key of path.split('.')) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return typeof value === 'string' ? value.split(/[\s,]+/).filter(Boolean) : [];
}

const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

function userOf(claims: Record<string, unknown>, s: OidcSettings): SessionUser {
  const full = [text(claims.given_name), text(claims.family_name)].filter(Boolean).join(' ');
  const name = text(claims.name) ?? (text(full) || undefined) ?? text(claims.preferred_username);
  const email = text(claims.email);
  return { ...(name ? { name } : {}), ...(email ? { email } : {}), admin: s.adminRole !== undefined && rolesOf(claims, s.rolesClaim).includes(s.adminRole) };
}

/**
 * OpenID Connect relying party (authorization code flow with PKCE). State, nonce and code verifier stay in the
 * login store under a random id that only the browser's login cookie names; the provider is discovered on
 * first use, so that a provider that is down does not stop the app from starting.
 */
export function createOidc(settings: OidcSettings, logins: LoginStore, clock: Clock) {
  let discovered: Promise<client.Configuration> | undefined;
  function configuration(): Promise<client.Configuration> {
    const issuer = new URL(settings.issuer);
    discovered ??= client
      .discovery(issuer, settings.clientId, settings.clientSecret, settings.clientSecret ? undefined : client.None(), {
        ...(isLoopback(issuer) ? { execute: [client.allowInsecureRequests] } : {}),
      })
      .catch((e: unknown) => {
        discovered = undefined; // try again on the next login
        throw unreachable(e) ? providerUnavailable(e) : new AppError('unavailable', 'unavailable:oidc', 'Der Landes-Login ist falsch konfiguriert. Bitte wenden Sie sich an die Administration.', `OIDC discovery failed: ${String(e)}`, { cause: e });
      });
    return discovered;
  }

  return {
    /** Starts a login: returns the id for the login cookie and the provider's authorization URL. */
    async begin(): Promise<{ loginId: string; url: URL }> {
      const config = await configuration();
      const redirectUri = settings.redirectUrl;
      const pending: PendingLogin = { state: client.randomState(), nonce: client.randomNonce(), codeVerifier: client.randomPKCECodeVerifier(), redirectUri };
      const loginId = randomBytes(24).toString('base64url');
      await logins.purge(new Date(clock.now().getTime() - LOGIN_TTL_MS));
      await logins.create(loginId, pending, clock.now());
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri,
        scope: settings.scopes,
        state: pending.state,
        nonce: pending.nonce,
        code_challenge: await client.calculatePKCECodeChallenge(pending.codeVerifier),
        code_challenge_method: 'S256',
      });
      return { loginId, url };
    },

    /** Completes a login from the provider's redirect; each login id works once (a replay finds nothing). */
    async complete(loginId: string | undefined, query: URLSearchParams): Promise<{ subject: string; user: SessionUser }> {
      const pending = loginId ? await logins.take(loginId, new Date(clock.now().getTime() - LOGIN_TTL_MS)) : undefined;
      if (!pending) {
        throw new AppError('bad_request', 'bad_request:oidc_expired', 'Die Anmeldung ist abgelaufen oder wurde bereits abgeschlossen. Bitte melden Sie sich erneut an.', 'no pending login for this callback');
      }
      const error = query.get('error');
      if (error === 'access_denied') {
        throw new AppError('bad_request', 'bad_request:oidc_denied', 'Die Anmeldung wurde beim Landes-Login abgebrochen oder abgelehnt.', `provider answered ${error}`);
      }
      if (error) throw loginFailed(`provider answered ${error}: ${query.get('error_description') ?? ''}`);
      if (!query.get('code')) throw loginFailed('callback without code');
      const config = await configuration();
      const current = new URL(pending.redirectUri);
      current.search = query.toString();
      try {
        const tokens = await client.authorizationCodeGrant(config, current, {
          pkceCodeVerifier: pending.codeVerifier,
          expectedState: pending.state,
          expectedNonce: pending.nonce,
          idTokenExpected: true,
        });
        const idClaims = tokens.claims();
        if (!idClaims) throw loginFailed('token response without ID token');
        // profile and roles often come only from the userinfo endpoint (code flow), never from another subject
        const info = config.serverMetadata().userinfo_endpoint ? await client.fetchUserInfo(config, tokens.access_token, idClaims.sub) : {};
        const claims = { ...info, ...idClaims } as Record<string, unknown>;
        return { subject: idClaims.sub, user: userOf(claims, settings) };
      } catch (e) {
        if (e instanceof AppError) throw e;
        if (unreachable(e)) throw providerUnavailable(e);
        logger.warn({ err: e }, 'OIDC callback rejected');
        throw loginFailed(`OIDC callback rejected: ${e instanceof Error ? e.message : String(e)}`, e);
      }
    },

    /** Where the browser can also end its session at the provider, if the provider offers that. */
    async endSessionUrl(): Promise<string | undefined> {
      const config = await configuration().catch(() => undefined);
      if (!config?.serverMetadata().end_session_endpoint) return undefined;
      return client.buildEndSessionUrl(config, { post_logout_redirect_uri: `${settings.publicOrigin}/` }).href;
    },
  };
}
export type Oidc = ReturnType<typeof createOidc>;
