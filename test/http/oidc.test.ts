import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config';
import type { Clock } from '../../server/storage/clock';
import { CLIENT_ID, CLIENT_SECRET, startProvider, TestBrowser, type TestAccount, type TestProvider } from '../support/oidc-provider';
import { connect, freeLoopbackUrl, listen, makeApp, type TestApp } from './harness';

/** Issue 11 (5): single sign-on against a real OpenID Connect provider the test runs itself. */

const ANNA: TestAccount = { sub: 'anna-4711', name: 'Anna Berger', email: 'anna.berger@mi.niedersachsen.de', roles: ['referentin'] };
const BERND: TestAccount = { sub: 'bernd-0815', name: 'Bernd Kaiser', email: 'bernd.kaiser@mj.niedersachsen.de', roles: ['referent'] };
const CARLA: TestAccount = { sub: 'carla-1', name: 'Carla Admin', email: 'carla@it.niedersachsen.de', roles: ['digitalcheck-admin', 'referentin'] };
const HOUR = 3_600_000;

let provider: TestProvider;
let t: TestApp;
let url: string;
let offset = 0;
const clock: Clock = { now: () => new Date(Date.now() + offset), id: () => randomUUID() };

beforeAll(async () => {
  provider = await startProvider(ANNA);
  const address = await freeLoopbackUrl();
  t = await makeApp(
    { OIDC_ISSUER: provider.issuer, OIDC_CLIENT_ID: CLIENT_ID, OIDC_CLIENT_SECRET: CLIENT_SECRET, OIDC_ADMIN_ROLE: 'digitalcheck-admin', PUBLIC_URL: address.url },
    { clock },
  );
  url = await listen(t, address.port);
  provider.register(url);
});
afterAll(async () => {
  await t?.dispose();
  await provider?.close();
});

const isApp = (u: URL) => u.origin === url;

/** The whole browser round trip: app → provider (auto login and consent) → callback → app start page. */
async function signIn(account: TestAccount): Promise<TestBrowser> {
  provider.signInAs = account;
  const browser = new TestBrowser();
  const last = await browser.follow(`${url}/api/auth/login`, (u) => isApp(u) && u.pathname === '/');
  expect(last.pathname).toBe('/');
  return browser;
}

/** Follows the login until the provider sends the browser back, without calling the app's callback. */
async function untilCallback(account: TestAccount): Promise<{ browser: TestBrowser; callback: URL }> {
  provider.signInAs = account;
  const browser = new TestBrowser();
  const callback = await browser.follow(`${url}/api/auth/login`, (u) => isApp(u) && u.pathname === '/api/auth/callback');
  return { browser, callback };
}

const api = (b: TestBrowser, path: string, init: RequestInit = {}) =>
  b.request(`${url}${path}`, { ...init, headers: { accept: 'application/json', ...(init.headers as Record<string, string>) } });

async function upload(b: TestBrowser): Promise<string> {
  const form = new FormData();
  const draft = '§ 1 Antrag\nDer Antrag ist schriftlich bei der zuständigen Behörde einzureichen.\n§ 2 Nachweise\nDem Antrag sind die Originale der Zeugnisse beizufügen.\n';
  form.append('file', new Blob([draft], { type: 'text/plain' }), 'entwurf-gebuehren.txt');
  const res = await api(b, '/api/reviews', { method: 'POST', body: form });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

async function ask(b: TestBrowser, text: string): Promise<string> {
  const socket = await connect(url, b.cookieFor(url));
  try {
    const done = new Promise<string>((res) => socket.once('chat:done', (p) => res(p.conversationId)));
    socket.emit('chat:message', { text });
    return await done;
  } finally {
    socket.close();
  }
}

describe('login', () => {
  it('an unauthenticated browser is told to use the Landes-Login, and /api/auth/login sends it to the provider with PKCE', async () => {
    const browser = new TestBrowser();
    const me = await api(browser, '/api/me');
    expect(me.status).toBe(401);
    expect(await me.json()).toEqual({ error: { code: 'unauthorized:oidc', message: 'Bitte melden Sie sich mit dem Landes-Login an.' } });
    await expect(connect(url, 'dc_session=' + 'A'.repeat(32))).rejects.toThrow(/Landes-Login/);

    const res = await browser.request(`${url}/api/auth/login`);
    expect(res.status).toBe(302);
    const to = new URL(res.headers.get('location')!);
    expect(to.origin).toBe(provider.issuer);
    expect(to.searchParams.get('code_challenge_method')).toBe('S256');
    expect(to.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(to.searchParams.get('state')).toBeTruthy();
    expect(to.searchParams.get('nonce')).toBeTruthy();
    expect(to.searchParams.get('redirect_uri')).toBe(`${url}/api/auth/callback`);
    // the verifier never leaves the server; the login cookie is Lax so that the provider's redirect carries it
    expect(to.search).not.toContain('code_verifier');
    expect(res.headers.getSetCookie().join()).toMatch(/dc_login=[\w-]+;.*SameSite=Lax/i);
    expect(browser.cookieFor(url)).not.toContain('dc_session');
  });

  it('after the provider round trip /api/me shows the user, never the session id; the session is bound to the issuer', async () => {
    const pending = async () => (await t.storage.sql.get('SELECT COUNT(*) AS n FROM oidc_logins'));
    const before = (await pending());
    const browser = await signIn(ANNA);
    // the login in progress is used up, and its cookie is gone
    expect((await pending())).toEqual(before);
    expect(browser.cookieFor(url)).not.toContain('dc_login');
    const res = await api(browser, '/api/me');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ auth: 'oidc', authRequired: true, admin: false, user: { name: 'Anna Berger', email: 'anna.berger@mi.niedersachsen.de' } });
    const sessionId = /dc_session=([\w-]+)/.exec(browser.cookieFor(url))![1]!;
    expect(JSON.stringify(body)).not.toContain(sessionId);
    const row = (await t.storage.sql.get('SELECT binding, owner FROM sessions WHERE id = ?', [sessionId]));
    expect(row).toEqual({ binding: `oidc:${provider.issuer}`, owner: 'sub:anna-4711' });
  });

  it('refuses the access code login of the simple mode', async () => {
    const res = await api(new TestBrowser(), '/api/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token: 'irgendein-code' }) });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain('Landes-Login');
  });
});

describe('bad callbacks are German 400s, never a session', () => {
  it('a wrong state', async () => {
    const { browser, callback } = await untilCallback(ANNA);
    callback.searchParams.set('state', 'von-einer-anderen-seite');
    const res = await browser.request(callback.href);
    expect(res.status).toBe(400);
    const page = await res.text();
    expect(page).toContain('Die Anmeldung über den Landes-Login konnte nicht abgeschlossen werden');
    expect(page).toContain('href="/api/auth/login"');
    expect(browser.cookieFor(url)).not.toContain('dc_session');
  });

  it('a missing code, answered as JSON to a script', async () => {
    const { browser, callback } = await untilCallback(ANNA);
    callback.searchParams.delete('code');
    const res = await api(browser, callback.pathname + callback.search);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: { code: 'bad_request:oidc_callback', message: 'Die Anmeldung über den Landes-Login konnte nicht abgeschlossen werden. Bitte melden Sie sich erneut an.' },
    });
  });

  it('a replayed callback', async () => {
    const { browser, callback } = await untilCallback(ANNA);
    const login = browser.cookieFor(url);
    expect((await browser.request(callback.href)).status).toBe(303);
    // an attacker who saw the callback URL and the login cookie gets nothing
    const res = await fetch(callback, { headers: { cookie: login, accept: 'application/json' }, redirect: 'manual' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('bad_request:oidc_expired');
    expect(res.headers.getSetCookie().join()).not.toContain('dc_session=');
  });

  it('the user refused at the provider (error=access_denied)', async () => {
    const browser = new TestBrowser();
    await browser.request(`${url}/api/auth/login`);
    const res = await browser.request(`${url}/api/auth/callback?error=access_denied&state=x`);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Die Anmeldung wurde beim Landes-Login abgebrochen oder abgelehnt.');
  });
});

describe('data belongs to the user, not to the browser', () => {
  it('the same subject sees its conversation and review from a second browser; another subject does not', async () => {
    const first = await signIn(ANNA);
    const conversationId = await ask(first, 'Muss ein Antrag auf Baugenehmigung schriftlich gestellt werden?');
    const reviewId = await upload(first);

    const second = await signIn(ANNA);
    expect(second.cookieFor(url)).not.toBe(first.cookieFor(url));
    const conversations = (await (await api(second, '/api/conversations')).json()) as { id: string }[];
    expect(conversations.map((c) => c.id)).toContain(conversationId);
    expect((await api(second, `/api/reviews/${reviewId}`)).status).toBe(200);

    const other = await signIn(BERND);
    expect(await (await api(other, '/api/conversations')).json()).toEqual([]);
    const foreign = await api(other, `/api/reviews/${reviewId}`);
    expect(foreign.status).toBe(404);
  });
});

describe('sockets', () => {
  it("a job's progress reaches every browser of the user; logout closes only that browser's sockets", async () => {
    const office = await signIn(ANNA);
    const laptop = await signIn(ANNA);
    const officeSocket = await connect(url, office.cookieFor(url));
    const laptopSocket = await connect(url, laptop.cookieFor(url));
    try {
      const law = ((await (await api(office, '/api/laws')).json()) as { abbreviation: string; kind: string }[]).find((l) => l.kind === 'law')!;
      const finished = new Promise<string>((res) => laptopSocket.on('batch:status', (p) => p.status === 'done' && res(p.jobId)));
      const created = await api(office, '/api/batch', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ laws: [law.abbreviation] }) });
      const { jobId } = (await created.json()) as { jobId: string };
      expect(await finished).toBe(jobId);

      const closed = new Promise<string>((res) => officeSocket.once('disconnect', res));
      await api(office, '/api/logout', { method: 'POST' });
      expect(await closed).toBe('io server disconnect');
      expect(laptopSocket.connected).toBe(true);
    } finally {
      officeSocket.close();
      laptopSocket.close();
    }
  });
});

describe('administrators', () => {
  it('only the admin role lists and opens every batch job', async () => {
    const anna = await signIn(ANNA);
    const law = ((await (await api(anna, '/api/laws')).json()) as { abbreviation: string; kind: string }[]).find((l) => l.kind === 'law')!;
    const created = await api(anna, '/api/batch', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ laws: [law.abbreviation] }) });
    expect(created.status).toBe(202);
    const { jobId } = (await created.json()) as { jobId: string };

    const bernd = await signIn(BERND);
    const refused = await api(bernd, '/api/batch?alle=1');
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toContain('Nur Administratorinnen und Administratoren');
    expect((await api(bernd, `/api/batch/${jobId}`)).status).toBe(404);
    expect(await (await api(bernd, '/api/batch')).json()).toEqual([]);

    const carla = await signIn(CARLA);
    expect(await (await api(carla, '/api/me')).json()).toMatchObject({ admin: true, user: { name: 'Carla Admin' } });
    const all = (await (await api(carla, '/api/batch?alle=1')).json()) as { id: string }[];
    expect(all.map((j) => j.id)).toContain(jobId);
    expect((await api(carla, `/api/batch/${jobId}`)).status).toBe(200);
    // her own list stays her own
    expect(await (await api(carla, '/api/batch')).json()).toEqual([]);
  });

  it('only the admin role manages the corpus', async () => {
    const bernd = await signIn(BERND);
    expect(await (await api(bernd, '/api/me')).json()).toMatchObject({ corpusAdmin: false });
    const refused = await api(bernd, '/api/admin/corpus');
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toContain('Administratorinnen und Administratoren');
    const form = new FormData();
    form.append('file', new Blob(['Testgesetz (TestG)\n§ 1 Zweck\nText.\n'], { type: 'text/plain' }), 'testg.txt');
    expect((await api(bernd, '/api/admin/corpus', { method: 'POST', body: form })).status).toBe(403);

    const carla = await signIn(CARLA);
    expect(await (await api(carla, '/api/me')).json()).toMatchObject({ corpusAdmin: true });
    const listed = await api(carla, '/api/admin/corpus');
    expect(listed.status).toBe(200);
    expect(((await listed.json()) as { laws: unknown[] }).laws).toEqual([]);
  });
});

describe('session rules still apply', () => {
  it('logout ends the local session and offers the provider logout', async () => {
    const browser = await signIn(ANNA);
    const cookie = browser.cookieFor(url);
    const res = await api(browser, '/api/logout', { method: 'POST' });
    expect(res.status).toBe(200);
    const { endSessionUrl } = (await res.json()) as { endSessionUrl: string };
    expect(new URL(endSessionUrl).origin).toBe(provider.issuer);
    expect(new URL(endSessionUrl).searchParams.get('post_logout_redirect_uri')).toBe(`${url}/`);
    const after = await fetch(`${url}/api/conversations`, { headers: { cookie } });
    expect(after.status).toBe(401);
  });

  it('a POST from another origin is refused', async () => {
    const browser = await signIn(ANNA);
    const res = await api(browser, '/api/logout', { method: 'POST', headers: { origin: 'https://boese.example', 'sec-fetch-site': 'cross-site' } });
    expect(res.status).toBe(403);
    expect((await api(browser, '/api/me')).status).toBe(200);
  });

  it('a session ends after SESSION_IDLE_HOURS without use', async () => {
    const browser = await signIn(ANNA);
    offset += 9 * HOUR;
    const res = await api(browser, '/api/conversations');
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unauthorized:oidc');
  });
});

describe('configuration', () => {
  it('a provider that cannot be reached gives a German 503 page, not a 500, and the app still starts', async () => {
    const down = await makeApp({ OIDC_ISSUER: 'http://127.0.0.1:9/realms/nds', OIDC_CLIENT_ID: CLIENT_ID, PUBLIC_URL: 'http://127.0.0.1:1' });
    try {
      const downUrl = await listen(down);
      const res = await new TestBrowser().request(`${downUrl}/api/auth/login`);
      expect(res.status).toBe(503);
      expect(await res.text()).toContain('Der Landes-Login ist gerade nicht erreichbar.');
      expect((await fetch(`${downUrl}/healthz`)).status).toBe(200);
    } finally {
      await down.dispose();
    }
  });

  it('ACCESS_TOKEN and OIDC_ISSUER together are refused in German', () => {
    expect(() => loadConfig({ ACCESS_TOKEN: 'geheim-1234567', OIDC_ISSUER: 'https://login.niedersachsen.de/realms/nds', OIDC_CLIENT_ID: 'dc' })).toThrow(
      /schließen sich aus/,
    );
    expect(() => loadConfig({ OIDC_ISSUER: 'https://login.niedersachsen.de/realms/nds' })).toThrow(/OIDC_CLIENT_ID/);
    expect(loadConfig({ OIDC_ISSUER: 'https://login.niedersachsen.de/realms/nds', OIDC_CLIENT_ID: 'dc', PUBLIC_URL: 'https://dc.niedersachsen.de' }).OIDC_SCOPES).toBe(
      'openid profile email',
    );
  });

  it('OIDC mode without OIDC_REDIRECT_URL or PUBLIC_URL is refused at start, in German and English', () => {
    const sso = { OIDC_ISSUER: 'https://login.niedersachsen.de/realms/nds', OIDC_CLIENT_ID: 'dc' };
    expect(() => loadConfig(sso)).toThrow(/OIDC_REDIRECT_URL oder PUBLIC_URL nötig.*OIDC mode needs OIDC_REDIRECT_URL or PUBLIC_URL/s);
    expect(() => loadConfig({ ...sso, PUBLIC_URL: 'javascript:alert(1)' })).toThrow(/PUBLIC_URL: must be an http\(s\) URL/);
    expect(loadConfig({ ...sso, OIDC_REDIRECT_URL: 'https://dc.niedersachsen.de/api/auth/callback' }).OIDC_REDIRECT_URL).toBe('https://dc.niedersachsen.de/api/auth/callback');
  });
});

describe('the callback address comes from the configuration, never from the request', () => {
  /** node:http, not fetch: fetch may rewrite a Host header, and the point is to send a forged one. */
  const forgedHost = (method: string, path: string, cookie = '') =>
    new Promise<{ status: number; location?: string; body: string }>((resolve, reject) => {
      const headers = { host: 'angreifer.example', 'x-forwarded-host': 'angreifer.example', 'x-forwarded-proto': 'https', accept: 'application/json', cookie };
      const req = httpRequest(`${url}${path}`, { method, headers }, (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode!, body, ...(res.headers.location ? { location: res.headers.location } : {}) }));
      });
      req.on('error', reject);
      req.end();
    });

  it('a forged Host or X-Forwarded-Host header does not move redirect_uri or the logout return address', async () => {
    const login = await forgedHost('GET', '/api/auth/login');
    expect(login.status).toBe(302);
    expect(new URL(login.location!).searchParams.get('redirect_uri')).toBe(`${url}/api/auth/callback`);
    const browser = await signIn(ANNA);
    const out = await forgedHost('POST', '/api/logout', browser.cookieFor(url));
    expect(out.status).toBe(200);
    const { endSessionUrl } = JSON.parse(out.body) as { endSessionUrl: string };
    expect(new URL(endSessionUrl).searchParams.get('post_logout_redirect_uri')).toBe(`${url}/`);
  });
});
