import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io as ioClient } from 'socket.io-client';
import { connect, listen, makeApp, sessionCookie, type TestApp } from './harness';

const TOKEN = 'geheim-1234567';
let t: TestApp;
let url: string;
beforeAll(async () => {
  t = await makeApp({ ACCESS_TOKEN: TOKEN });
  url = await listen(t);
});
afterAll(() => t.dispose());

describe('ACCESS_TOKEN set', () => {
  it('every API route needs a session; health stays public', async () => {
    await request(t.app).get('/healthz').expect(200);
    for (const path of ['/api/me', '/api/laws', '/api/conversations', '/api/reviews', '/api/batch']) {
      const res = await request(t.app).get(path).expect(401);
      expect(res.body.error.code).toBe('unauthorized:session');
      expect(res.body.error.message).toContain('Zugangscode');
    }
    expect((await request(t.app).get('/api/me')).headers['set-cookie']).toBeUndefined();
  });

  it('a forged session cookie is not accepted', async () => {
    await request(t.app).get('/api/laws').set('Cookie', `dc_session=${'a'.repeat(32)}`).expect(401);
  });

  it('rejects a wrong token and logs in with the right one', async () => {
    const wrong = await request(t.app).post('/api/login').send({ token: 'falsch' }).expect(401);
    expect(wrong.body.error.message).toContain('falsch');
    await request(t.app).post('/api/login').send({}).expect(400);

    const agent = request.agent(t.app);
    const login = await agent.post('/api/login').send({ token: TOKEN }).expect(204);
    expect(([] as string[]).concat(login.headers['set-cookie'] ?? []).join(';')).toMatch(/HttpOnly.*SameSite=Strict|SameSite=Strict.*HttpOnly/i);
    const me = await agent.get('/api/me').expect(200);
    expect(me.body).toMatchObject({ authenticated: true, authRequired: true });
    await agent.get('/api/laws').expect(200);

    await agent.post('/api/logout').expect(204);
    await request(t.app).get('/api/laws').set('Cookie', sessionCookie(login.headers['set-cookie'])).expect(401);
  });

  it('socket handshake without a valid session is refused; with one it connects', async () => {
    await expect(connect(url)).rejects.toThrow(/Zugangscode/);
    await expect(connect(url, `dc_session=${'b'.repeat(32)}`)).rejects.toThrow(/Zugangscode/);
    const login = await request(t.app).post('/api/login').send({ token: TOKEN }).expect(204);
    const socket = await connect(url, sessionCookie(login.headers['set-cookie']));
    expect(socket.connected).toBe(true);
    socket.close();
  });

  it('refuses socket connections from pages of other origins', async () => {
    const login = await request(t.app).post('/api/login').send({ token: TOKEN }).expect(204);
    const cookie = sessionCookie(login.headers['set-cookie']);
    const evil = ioClient(url, { transports: ['polling'], reconnection: false, forceNew: true, extraHeaders: { cookie, origin: 'http://evil.example' } });
    await expect(new Promise<void>((res, rej) => (evil.once('connect', () => res()), evil.once('connect_error', rej)))).rejects.toThrow();
    evil.close();
    const same = ioClient(url, { transports: ['polling'], reconnection: false, forceNew: true, extraHeaders: { cookie, origin: url } });
    await new Promise<void>((res, rej) => (same.once('connect', () => res()), same.once('connect_error', rej)));
    same.close();
  });
});

describe('rate limiting', () => {
  it('limits login attempts with a German 429', async () => {
    const strict = await makeApp({ ACCESS_TOKEN: TOKEN }, { rateLimits: { login: 3 } });
    try {
      for (let i = 0; i < 3; i++) await request(strict.app).post('/api/login').send({ token: 'nein' }).expect(401);
      const res = await request(strict.app).post('/api/login').send({ token: TOKEN }).expect(429);
      expect(res.body.error.message).toContain('Anmeldeversuche');
    } finally {
      await strict.dispose();
    }
  });
});
