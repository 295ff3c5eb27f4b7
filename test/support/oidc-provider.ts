import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/**
 * A real OpenID Connect provider in the test process (oidc-provider on 127.0.0.1, port 0). Its login page signs
 * in whoever the test names in `signInAs` at once, and consents to every scope, so a test drives the whole
 * browser flow with plain HTTP requests.
 */
export interface TestAccount {
  sub: string;
  name: string;
  email: string;
  roles: string[];
}

export interface TestProvider {
  issuer: string;
  /** Who the next login becomes. */
  signInAs: TestAccount;
  /** Registers the relying party once its address is known. */
  register(appUrl: string): void;
  close(): Promise<void>;
}

export const CLIENT_ID = 'digitalcheck';
export const CLIENT_SECRET = 'test-secret-of-the-relying-party';

export async function startProvider(first: TestAccount): Promise<TestProvider> {
  let handler: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;
  const server = createServer((req, res) => (handler ? handler(req, res) : res.writeHead(503).end()));
  await new Promise<void>((res) => server.listen(0, '127.0.0.1', () => res()));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const accounts = new Map<string, TestAccount>();
  const state: TestProvider = {
    issuer,
    signInAs: first,
    register(appUrl) {
      const provider = new Provider(issuer, {
        clients: [
          {
            client_id: CLIENT_ID,
            client_secret: CLIENT_SECRET,
            redirect_uris: [`${appUrl}/api/auth/callback`],
            post_logout_redirect_uris: [`${appUrl}/`],
            response_types: ['code'],
            grant_types: ['authorization_code'],
          },
        ],
        pkce: { required: () => true },
        claims: { openid: ['sub'], profile: ['name', 'roles'], email: ['email'] },
        findAccount: (_ctx, sub) => {
          const a = accounts.get(sub);
          return a ? { accountId: sub, claims: () => ({ sub, name: a.name, email: a.email, roles: a.roles }) } : undefined;
        },
        features: { devInteractions: { enabled: false } },
        interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
        cookies: { keys: ['test-cookie-key'] },
      });
      const callback = provider.callback();
      handler = (req, res) => {
        if (!req.url?.startsWith('/interaction/')) {
          callback(req, res);
          return;
        }
        void (async () => {
          const details = await provider.interactionDetails(req, res);
          if (details.prompt.name === 'login') {
            accounts.set(state.signInAs.sub, state.signInAs);
            await provider.interactionFinished(req, res, { login: { accountId: state.signInAs.sub } }, { mergeWithLastSubmission: false });
            return;
          }
          const grant = new provider.Grant({ accountId: details.session!.accountId, clientId: String(details.params.client_id) });
          grant.addOIDCScope(String(details.params.scope));
          await provider.interactionFinished(req, res, { consent: { grantId: await grant.save() } }, { mergeWithLastSubmission: true });
        })().catch((e: unknown) => res.writeHead(500).end(String(e)));
      };
    },
    close: () => new Promise<void>((res) => server.close(() => res())),
  };
  return state;
}

/**
 * A browser as far as login needs one: keeps cookies per host and follows redirects by hand, so that the test
 * sees each hop. Paths and expiry of cookies are ignored; extra cookies do not change these flows.
 */
export class TestBrowser {
  private readonly jar = new Map<string, Map<string, string>>();

  cookieFor(url: string): string {
    return [...(this.jar.get(new URL(url).host) ?? new Map<string, string>())].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private keep(url: string, res: Response): void {
    const host = new URL(url).host;
    const jar = this.jar.get(host) ?? new Map<string, string>();
    this.jar.set(host, jar);
    for (const c of res.headers.getSetCookie()) {
      const [pair = '', ...attrs] = c.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attrs.some((a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a) || /^\s*max-age=0\s*$/i.test(a));
      if (expired || value === '') jar.delete(name);
      else jar.set(name, value);
    }
  }

  /** One request as a page navigation: the browser's own cookies, no redirect followed. */
  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    const cookie = this.cookieFor(url);
    if (cookie) headers.set('cookie', cookie);
    if (!headers.has('accept')) headers.set('accept', 'text/html');
    const res = await fetch(url, { ...init, headers, redirect: 'manual' });
    this.keep(url, res);
    return res;
  }

  /** Follows redirects until the next hop is one `until` accepts (not requested) or a hop is no redirect. */
  async follow(url: string, until: (url: URL) => boolean, max = 20): Promise<URL> {
    let current = new URL(url);
    for (let i = 0; i < max; i++) {
      if (until(current)) return current;
      const res = await this.request(current.href);
      const location = res.headers.get('location');
      await res.arrayBuffer();
      if (res.status < 300 || res.status >= 400 || !location) throw new Error(`stopped at ${current.href} with ${res.status}`);
      current = new URL(location, current);
    }
    throw new Error(`more than ${max} redirects from ${url}`);
  }
}
