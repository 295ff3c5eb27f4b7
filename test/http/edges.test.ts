import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { io as ioClient } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, makeApp, sessionCookie, tempDir, type TestApp } from './harness';

/** Issue 12 (5, 7): writes only from the app's own origin; German answers at every edge, never a 500 or English HTML. */

const DRAFT = '§ 1\nDer Antrag ist schriftlich bei der Behörde einzureichen.\n';
const GERMAN = /[A-ZÄÖÜ][a-zäöüß]+ .*[a-zäöüß]/;

let t: TestApp;
let url: string;
let cookie: string;
let clientDir: string;
beforeAll(async () => {
  clientDir = tempDir('dc-client-');
  mkdirSync(join(clientDir, 'assets'));
  writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>Digitalcheck-Assistent</title>');
  writeFileSync(join(clientDir, 'assets', 'app.js'), 'console.log(1);');
  t = await makeApp({}, { clientDir });
  url = await listen(t);
  cookie = sessionCookie((await request(t.app).get('/api/me')).headers['set-cookie']);
});
afterAll(() => t.dispose());

/** Against the listening server, so that its Host is the origin a page of the app would send. */
const upload = (headers: Record<string, string>) => {
  const req = request(url).post('/api/reviews').set('Cookie', cookie);
  for (const [k, v] of Object.entries(headers)) req.set(k, v);
  return req.attach('file', Buffer.from(DRAFT), 'entwurf.txt');
};
const reviewCount = async () => ((await t.storage.sql.get('SELECT COUNT(*) AS n FROM reviews')) as { n: number }).n;

describe('CSRF', () => {
  it.each([
    ['a page of another site (Sec-Fetch-Site)', { 'Sec-Fetch-Site': 'cross-site', Origin: 'https://evil.example' }],
    ['a sibling subdomain (same-site is not same-origin)', { 'Sec-Fetch-Site': 'same-site', Origin: 'https://other.intranet.example' }],
    ['an older browser that only sends Origin', { Origin: 'https://evil.example' }],
    ['a sandboxed frame (Origin null)', { Origin: 'null' }],
  ])('a multipart upload from %s is refused with a German 403', async (_name, headers) => {
    const before = (await reviewCount());
    const res = await upload(headers).expect(403);
    expect(res.body.error.code).toBe('forbidden:origin');
    expect(res.body.error.message).toMatch(GERMAN);
    expect((await reviewCount())).toBe(before);
  });

  it('JSON writes and deletions from other origins are refused too', async () => {
    const id = (await t.storage.conversations.create('x', 'Titel')).id;
    await request(t.app).delete(`/api/conversations/${id}`).set('Cookie', cookie).set('Sec-Fetch-Site', 'cross-site').expect(403);
    await request(t.app).post('/api/logout').set('Cookie', cookie).set('Origin', 'http://evil.example').expect(403);
    await request(t.app).post('/api/login').set('Origin', 'http://evil.example').send({ token: 'x' }).expect(403);
  });

  it('accepts uploads from its own pages and from clients without browser headers (CLI, scripts)', async () => {
    const host = new URL(url).host;
    await upload({ 'Sec-Fetch-Site': 'same-origin', Origin: url }).expect(201);
    await upload({ Origin: `http://${host}` }).expect(201);
    await upload({}).expect(201);
    // reads are not restricted: links and bookmarks from elsewhere keep working
    await request(t.app).get('/api/reviews').set('Cookie', cookie).set('Sec-Fetch-Site', 'cross-site').expect(200);
  });

  it('refuses socket handshakes that a browser marks as cross-site', async () => {
    const evil = ioClient(url, { transports: ['websocket'], reconnection: false, forceNew: true, extraHeaders: { cookie, 'sec-fetch-site': 'cross-site' } });
    await expect(new Promise<void>((res, rej) => (evil.once('connect', () => res()), evil.once('connect_error', rej)))).rejects.toThrow();
    evil.close();
  });
});

describe('clean edges', () => {
  it.each([
    ['a truncated body', '--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\nDer Antrag'],
    ['a broken part header', '--xyz\r\nContent-Disposition\r\n\r\nx\r\n--xyz--\r\n'],
    ['no boundary at all', 'just text'],
  ])('malformed multipart (%s) is a German 400, not a 500', async (_name, body) => {
    const res = await request(t.app)
      .post('/api/reviews')
      .set('Cookie', cookie)
      .set('Content-Type', body === 'just text' ? 'multipart/form-data' : 'multipart/form-data; boundary=xyz')
      .send(body)
      .expect(400);
    expect(res.body.error.message).toMatch(GERMAN);
  });

  it('unknown API routes and writes to unknown paths are German JSON 404s', async () => {
    for (const res of [
      await request(t.app).get('/api/gibtsnicht').set('Cookie', cookie),
      await request(t.app).post('/api/gibtsnicht').set('Cookie', cookie).send({}),
      await request(t.app).post('/foo').send({ a: 1 }),
      await request(t.app).delete('/foo/bar'),
    ]) {
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toContain('application/json');
      expect(res.body.error).toEqual({ code: 'not_found:route', message: 'Diese Adresse gibt es nicht.' });
    }
  });

  it('a missing asset is a 404, page loads of client routes get the app', async () => {
    await request(t.app).get('/assets/app.js').expect(200);
    const missing = await request(t.app).get('/assets/fehlt.js').set('Accept', '*/*');
    expect(missing.status).toBe(404);
    expect(missing.text).not.toContain('<!doctype html>');
    // even when a browser asks for HTML, /assets is never the app
    await request(t.app).get('/assets/fehlt.js').set('Accept', 'text/html').expect(404);

    const page = await request(t.app).get('/chat/123').set('Accept', 'text/html,application/xhtml+xml,*/*;q=0.8').expect(200);
    expect(page.text).toContain('<title>Digitalcheck-Assistent</title>');
    // a script or fetch without text/html in Accept is not a navigation
    await request(t.app).get('/chat/123').set('Accept', '*/*').expect(404);
  });
});

/**
 * DNS rebinding: evil.example resolves to this server, so the attacker's page sends Host, Origin and Sec-Fetch-Site
 * that agree with each other. Only an origin named in the configuration tells it apart.
 */
describe('CSRF with a configured public origin', () => {
  const PUBLIC = 'https://digitalcheck.land.example';
  const rebinding = { Host: 'evil.example', Origin: 'http://evil.example', 'Sec-Fetch-Site': 'same-origin' };
  let p: TestApp;
  let pUrl: string;
  let pCookie: string;
  beforeAll(async () => {
    p = await makeApp({ PUBLIC_URL: `${PUBLIC}/` });
    pUrl = await listen(p);
    pCookie = sessionCookie((await request(p.app).get('/api/me')).headers['set-cookie']);
  });
  afterAll(() => p.dispose());

  const post = (app: TestApp['app'], c: string, headers: Record<string, string>) => {
    const req = request(app).post('/api/reviews').set('Cookie', c);
    for (const [k, v] of Object.entries(headers)) req.set(k, v);
    return req.attach('file', Buffer.from(DRAFT), 'entwurf.txt');
  };
  const handshake = (target: string, headers: Record<string, string>) => {
    const s = ioClient(target, { transports: ['websocket'], reconnection: false, forceNew: true, extraHeaders: headers });
    return new Promise<boolean>((res) => (s.once('connect', () => res(true)), s.once('connect_error', () => res(false)))).finally(() => s.close());
  };

  it('refuses a rebinding-style write with the German 403, which the Host check alone lets through', async () => {
    const res = await post(p.app, pCookie, rebinding).expect(403);
    expect(res.body.error.code).toBe('forbidden:origin');
    expect(res.body.error.message).toMatch(GERMAN);
    // today's behaviour without PUBLIC_URL: Host and Origin agree, so the request passes
    await post(t.app, cookie, rebinding).expect(201);
  });

  it('accepts writes from the configured origin whatever Host the proxy forwards, and from clients without browser headers', async () => {
    await post(p.app, pCookie, { Host: '10.0.0.7:3000', Origin: PUBLIC, 'Sec-Fetch-Site': 'same-origin' }).expect(201);
    await post(p.app, pCookie, {}).expect(201);
    // the scheme counts: the public origin is https
    await post(p.app, pCookie, { Origin: 'http://digitalcheck.land.example' }).expect(403);
  });

  it('takes the origin of OIDC_REDIRECT_URL when PUBLIC_URL is not set', async () => {
    const o = await makeApp({ OIDC_REDIRECT_URL: `${PUBLIC}/api/auth/callback` });
    try {
      const c = sessionCookie((await request(o.app).get('/api/me')).headers['set-cookie']);
      await post(o.app, c, rebinding).expect(403);
      await post(o.app, c, { Origin: PUBLIC }).expect(201);
    } finally {
      await o.dispose();
    }
  });

  it('refuses socket handshakes from any other origin, accepts the configured one', async () => {
    expect(await handshake(pUrl, { cookie: pCookie, origin: 'http://evil.example', 'sec-fetch-site': 'same-origin' })).toBe(false);
    expect(await handshake(pUrl, { cookie: pCookie, origin: PUBLIC, 'sec-fetch-site': 'same-origin' })).toBe(true);
  });
});
