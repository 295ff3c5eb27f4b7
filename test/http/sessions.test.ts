import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import type { Clock } from '../../server/storage/clock';
import { connect, listen, makeApp, sessionCookie, tempDir, type TestApp } from './harness';

/** Issue 12 (4): sessions are issued by the server only, bound to the token generation, and expire. */

const TOKEN = 'geheim-1234567';
const HOUR = 3_600_000;

const apps: TestApp[] = [];
async function start(env: Record<string, string> = {}, deps: Parameters<typeof makeApp>[1] = {}): Promise<TestApp> {
  const t = await makeApp(env, deps);
  apps.push(t);
  return t;
}
afterEach(async () => {
  for (const t of apps.splice(0)) await t.dispose();
});

/** A clock the test moves forward. */
function movableClock(): Clock & { advance(ms: number): void } {
  let offset = 0;
  return { now: () => new Date(Date.now() + offset), id: () => randomUUID(), advance: (ms) => (offset += ms) };
}

const sessionRows = async (t: TestApp) => ((await t.storage.sql.get('SELECT COUNT(*) AS n FROM sessions')) as { n: number }).n;
const cookieValue = (pair: string) => pair.slice('dc_session='.length);

async function login(t: TestApp, token = TOKEN): Promise<string> {
  const res = await request(t.app).post('/api/login').send({ token }).expect(204);
  return sessionCookie(res.headers['set-cookie']);
}

describe('session fixation', () => {
  it('open mode never adopts a session id the client made up', async () => {
    const t = await start();
    const forged = 'A'.repeat(32);
    const res = await request(t.app).get('/api/me').set('Cookie', `dc_session=${forged}`).expect(200);
    const issued = cookieValue(sessionCookie(res.headers['set-cookie']));
    expect(issued).not.toBe(forged);
    expect(await t.storage.sessions.get(forged)).toBeUndefined();

    // whatever the victim does with the forged cookie lands in a session the attacker does not know
    await request(t.app).post('/api/feedback').set('Cookie', `dc_session=${forged}`).send({ targetType: 'message', targetId: 'm', contextId: 'c', rating: 'useful' });
    expect(await t.storage.sessions.get(forged)).toBeUndefined();
    const attacker = await request(t.app).get('/api/conversations').set('Cookie', `dc_session=${forged}`).expect(200);
    expect(attacker.body).toEqual([]);
    expect(cookieValue(sessionCookie(attacker.headers['set-cookie']))).not.toBe(forged);
  });

  it('/api/me does not hand the HttpOnly session id to scripts', async () => {
    const t = await start();
    const res = await request(t.app).get('/api/me').expect(200);
    const id = cookieValue(sessionCookie(res.headers['set-cookie']));
    expect(res.body).toEqual({ authenticated: true, authRequired: false, auth: 'open', admin: false, corpusAdmin: true, dataPolicy: { retentionDays: 90, sessionIdleHours: 8, sessionMaxHours: 168 } });
    expect(JSON.stringify(res.body)).not.toContain(id);
  });

  it('cookie-less reads do not create session rows; /api/me, writes and creation are bounded', async () => {
    const t = await start({}, { rateLimits: { session: 3 } });
    const before = (await sessionRows(t));
    for (let i = 0; i < 10; i++) await request(t.app).get('/api/conversations').expect(200);
    expect((await sessionRows(t))).toBe(before);

    await request(t.app).get('/api/me').expect(200);
    await request(t.app).post('/api/feedback').send({ targetType: 'message', targetId: 'm', contextId: 'c', rating: 'useful' }).expect(404);
    await request(t.app).get('/api/me').expect(200);
    expect((await sessionRows(t))).toBe(before + 3);
    const limited = await request(t.app).get('/api/me').expect(429);
    expect(limited.body.error.message).toContain('neue Sitzungen');
    expect((await sessionRows(t))).toBe(before + 3);
  });
});

describe('token generations', () => {
  it('switching ACCESS_TOKEN on or rotating it ends every older session, sockets included', async () => {
    const dataDir = tempDir();
    const open = await start({}, { dataDir });
    const openCookie = sessionCookie((await request(open.app).get('/api/me').expect(200)).headers['set-cookie']);
    await open.dispose({ keepData: true });
    apps.pop();

    const first = await start({ ACCESS_TOKEN: TOKEN }, { dataDir });
    await request(first.app).get('/api/laws').set('Cookie', openCookie).expect(401);
    const firstCookie = await login(first);
    await request(first.app).get('/api/laws').set('Cookie', firstCookie).expect(200);
    await first.dispose({ keepData: true });
    apps.pop();

    const rotated = await start({ ACCESS_TOKEN: 'neues-geheimnis-987' }, { dataDir });
    await request(rotated.app).get('/api/laws').set('Cookie', firstCookie).expect(401);
    const url = await listen(rotated);
    await expect(connect(url, firstCookie)).rejects.toThrow(/Zugangscode/);
    await request(rotated.app).post('/api/login').send({ token: TOKEN }).expect(401);
    const fresh = await login(rotated, 'neues-geheimnis-987');
    await request(rotated.app).get('/api/laws').set('Cookie', fresh).expect(200);
    // the stale rows are gone, not just ignored
    expect(await rotated.storage.sessions.get(cookieValue(firstCookie))).toBeUndefined();
  });

  it('the stored binding does not contain the token', async () => {
    const t = await start({ ACCESS_TOKEN: TOKEN });
    await login(t);
    const rows = (await t.storage.sql.all('SELECT binding FROM sessions')) as { binding: string }[];
    expect(rows).toHaveLength(1);
    expect(rows[0]!.binding).toMatch(/^token:[0-9a-f]{32}$/);
    expect(rows[0]!.binding).not.toContain(TOKEN);
  });
});

describe('expiry', () => {
  it('a session ends after 8 hours without use', async () => {
    const clock = movableClock();
    const t = await start({ ACCESS_TOKEN: TOKEN }, { clock });
    const cookie = await login(t);
    clock.advance(7 * HOUR);
    await request(t.app).get('/api/laws').set('Cookie', cookie).expect(200);
    clock.advance(7 * HOUR); // used 7 h ago: still valid
    await request(t.app).get('/api/laws').set('Cookie', cookie).expect(200);
    clock.advance(8 * HOUR + 60_000);
    const res = await request(t.app).get('/api/laws').set('Cookie', cookie).expect(401);
    expect(res.body.error.message).toContain('Zugangscode');
  });

  it('a session in daily use still ends after 7 days', async () => {
    const clock = movableClock();
    const t = await start({ ACCESS_TOKEN: TOKEN }, { clock });
    const cookie = await login(t);
    const statuses: [number, number][] = [];
    for (let h = 5; h <= 7 * 24 + 12; h += 5) {
      clock.advance(5 * HOUR);
      statuses.push([h, (await request(t.app).get('/api/laws').set('Cookie', cookie)).status]);
    }
    expect(statuses.filter(([h]) => h <= 7 * 24).every(([, s]) => s === 200)).toBe(true);
    expect(statuses.filter(([h]) => h > 7 * 24).every(([, s]) => s === 401)).toBe(true);
  });

  it('open mode gives a browser with an expired session a new, empty one', async () => {
    const clock = movableClock();
    const t = await start({ SESSION_IDLE_HOURS: '1' }, { clock });
    const agent = request.agent(t.app);
    await agent.get('/api/me').expect(200);
    const c = await agent.post('/api/feedback').send({ targetType: 'message', targetId: 'm', contextId: 'c', rating: 'useful' });
    expect(c.status).toBe(404);
    clock.advance(2 * HOUR);
    const again = await agent.get('/api/me').expect(200);
    expect(again.headers['set-cookie']).toBeDefined();
  });

  it('the housekeeping purge removes expired sessions', async () => {
    const clock = movableClock();
    const t = await start({ ACCESS_TOKEN: TOKEN }, { clock });
    await login(t);
    await login(t);
    expect((await sessionRows(t))).toBe(2);
    clock.advance(9 * HOUR);
    expect(await t.housekeeping()).toMatchObject({ sessions: 2 });
    expect((await sessionRows(t))).toBe(0);
  });
});

describe('logout and sockets', () => {
  it('logout disconnects the sockets of that session and the cookie stops working', async () => {
    const t = await start({ ACCESS_TOKEN: TOKEN });
    const url = await listen(t);
    const cookie = await login(t);
    const socket = await connect(url, cookie);
    const other = await connect(url, await login(t));
    const closed = new Promise<string>((res) => socket.once('disconnect', res));
    await request(t.app).post('/api/logout').set('Cookie', cookie).expect(204);
    expect(await closed).toBe('io server disconnect');
    expect(other.connected).toBe(true);
    await expect(connect(url, cookie)).rejects.toThrow(/Zugangscode/);
    other.close();
  });

  it('a connected socket whose session expired may not act any more', async () => {
    const clock = movableClock();
    const t = await start({ ACCESS_TOKEN: TOKEN }, { clock });
    const url = await listen(t);
    const socket = await connect(url, await login(t));
    clock.advance(9 * HOUR);
    const error = new Promise<string>((res) => socket.once('chat:error', (e) => res(e.message)));
    const closed = new Promise<void>((res) => socket.once('disconnect', () => res()));
    socket.emit('chat:message', { text: 'Was regelt § 3a VwVfG?' });
    expect(await error).toContain('Sitzung wurde beendet oder ist abgelaufen');
    await closed;
    expect((await t.storage.sql.get('SELECT COUNT(*) AS n FROM messages'))).toEqual({ n: 0 });
  });
});

describe('cookies and proxies', () => {
  const setCookie = (res: request.Response) => ([] as string[]).concat(res.headers['set-cookie'] ?? []).join(';');

  it('sets the Secure flag over HTTPS, also behind a trusted proxy', async () => {
    const forced = await start({ COOKIE_SECURE: 'true' });
    expect(setCookie(await request(forced.app).get('/api/me'))).toMatch(/;\s*Secure/i);

    const auto = await start({ TRUST_PROXY: '1' });
    expect(setCookie(await request(auto.app).get('/api/me').set('X-Forwarded-Proto', 'https'))).toMatch(/;\s*Secure/i);
    expect(setCookie(await request(auto.app).get('/api/me'))).not.toMatch(/Secure/i);

    // without TRUST_PROXY a client cannot claim HTTPS by header
    const untrusted = await start();
    expect(setCookie(await request(untrusted.app).get('/api/me').set('X-Forwarded-Proto', 'https'))).not.toMatch(/Secure/i);
  });

  it('behind a trusted proxy rate limits count per client address, not for everyone at once', async () => {
    const t = await start({ TRUST_PROXY: '1' }, { rateLimits: { api: 2 } });
    const from = (ip: string) => request(t.app).get('/api/laws').set('X-Forwarded-For', ip);
    await from('10.0.0.1').expect(200);
    await from('10.0.0.1').expect(200);
    await from('10.0.0.1').expect(429);
    await from('10.0.0.2').expect(200);

    // without trust proxy the forwarded address is ignored: one bucket for the proxy
    const direct = await start({}, { rateLimits: { api: 2 } });
    await request(direct.app).get('/api/laws').set('X-Forwarded-For', '10.0.0.1').expect(200);
    await request(direct.app).get('/api/laws').set('X-Forwarded-For', '10.0.0.2').expect(200);
    await request(direct.app).get('/api/laws').set('X-Forwarded-For', '10.0.0.3').expect(429);
  });
});
