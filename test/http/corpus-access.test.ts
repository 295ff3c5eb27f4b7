import type { Request, Response } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusAccess } from '../../server/http/corpus-access';
import { makeApp, type TestApp } from './harness';

/**
 * The "local user" rule of the open mode (no login: only a browser on this machine may manage the corpus) must not
 * be met by a request that merely claims to be local, nor by one a reverse proxy forwarded from elsewhere.
 */

const fakeRequest = (ip: string, peer: string, headers: Record<string, string> = {}) =>
  ({ ip, socket: { remoteAddress: peer }, headers: { host: '127.0.0.1:3000', ...headers } }) as unknown as Request;
const noUser = { locals: {} } as unknown as Response;
const { allowed } = corpusAccess('open');

describe('who counts as local without login', () => {
  it('a browser on this machine, over IPv4, IPv6 or IPv4-mapped IPv6', () => {
    expect(allowed(fakeRequest('127.0.0.1', '127.0.0.1'), noUser)).toBe(true);
    expect(allowed(fakeRequest('::1', '::1'), noUser)).toBe(true);
    expect(allowed(fakeRequest('::ffff:127.0.0.1', '::ffff:127.0.0.1'), noUser)).toBe(true);
  });

  it('a local proxy that forwards a local browser (TRUST_PROXY set)', () => {
    expect(allowed(fakeRequest('127.0.0.1', '127.0.0.1', { 'x-forwarded-for': '127.0.0.1' }), noUser)).toBe(true);
    expect(allowed(fakeRequest('::1', '127.0.0.1', { forwarded: 'for="[::1]:51234";proto=https' }), noUser)).toBe(true);
  });

  it('not a remote client that forges X-Forwarded-For while TRUST_PROXY trusts one hop', () => {
    // req.ip honours the forged header; the connection itself comes from elsewhere
    expect(allowed(fakeRequest('127.0.0.1', '192.0.2.9', { 'x-forwarded-for': '127.0.0.1' }), noUser)).toBe(false);
    expect(allowed(fakeRequest('127.0.0.1', '::ffff:192.0.2.9', { 'x-forwarded-for': '127.0.0.1' }), noUser)).toBe(false);
  });

  it('not a remote client forwarded by a proxy on this machine, with or without TRUST_PROXY', () => {
    // without TRUST_PROXY req.ip is the proxy's loopback address; the headers say whom it forwards
    expect(allowed(fakeRequest('127.0.0.1', '127.0.0.1', { 'x-forwarded-for': '203.0.113.7' }), noUser)).toBe(false);
    expect(allowed(fakeRequest('127.0.0.1', '127.0.0.1', { 'x-forwarded-for': '127.0.0.1, 203.0.113.7' }), noUser)).toBe(false);
    expect(allowed(fakeRequest('127.0.0.1', '127.0.0.1', { 'x-real-ip': '203.0.113.7' }), noUser)).toBe(false);
    expect(allowed(fakeRequest('127.0.0.1', '127.0.0.1', { forwarded: 'for=203.0.113.7;proto=https' }), noUser)).toBe(false);
    expect(allowed(fakeRequest('127.0.0.1', '127.0.0.1', { forwarded: 'for=unknown' }), noUser)).toBe(false);
  });
});

describe('DNS rebinding: a remote page whose name points at 127.0.0.1', () => {
  it('is not the local user, although its requests come from loopback', () => {
    for (const host of ['localhost:3000', 'LOCALHOST', '127.0.0.1', '[::1]:3000', '[::ffff:127.0.0.1]:3000']) {
      expect(allowed(fakeRequest('127.0.0.1', '127.0.0.1', { host }), noUser), host).toBe(true);
    }
    for (const host of ['angreifer.example:3000', 'localhost.angreifer.example', '127.0.0.1.nip.io', '', '127.0.0.1:3000 evil']) {
      expect(allowed(fakeRequest('127.0.0.1', '127.0.0.1', { host }), noUser), host).toBe(false);
    }
    expect(allowed(fakeRequest('127.0.0.1', '127.0.0.1', { 'x-forwarded-host': 'angreifer.example' }), noUser)).toBe(false);
  });

  it('through the app: the page gets the German 403 for the corpus and /api/me says it may not manage it', async () => {
    const t = await makeApp();
    try {
      const page = request.agent(t.app);
      // what the browser sends after the rebinding: its own name as Host and Origin, so the CSRF check passes
      const me = await page.get('/api/me').set('Host', 'angreifer.example:3000').expect(200);
      expect(me.body.corpusAdmin).toBe(false);
      const res = await page
        .post('/api/admin/corpus')
        .set('Host', 'angreifer.example:3000')
        .set('Origin', 'http://angreifer.example:3000')
        .attach('file', Buffer.from('# Gefälschtes Gesetz\n\n§ 1 Alles ist schriftlich zu stellen.'), 'falsch.md')
        .expect(403);
      expect(res.body.error.code).toBe('forbidden:corpus_admin');
      expect((await request(t.app).get('/api/me').expect(200)).body.corpusAdmin).toBe(true);
    } finally {
      await t.dispose();
    }
  });
});

describe('corpus administration behind a reverse proxy on the same machine, without TRUST_PROXY', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeApp();
  });
  afterAll(() => t.dispose());

  it('a remote browser gets the German 403, nothing is stored, the server still answers', async () => {
    const agent = request.agent(t.app);
    const me = await agent.get('/api/me').set('X-Forwarded-For', '203.0.113.7').expect(200);
    expect(me.body.corpusAdmin).toBe(false);
    const list = await agent.get('/api/admin/corpus').set('X-Forwarded-For', '203.0.113.7').expect(403);
    expect(list.body.error).toMatchObject({ code: 'forbidden:corpus_admin', message: expect.stringContaining('Rechtskorpus') });
    await agent
      .post('/api/admin/corpus')
      .set('X-Forwarded-For', '203.0.113.7')
      .attach('file', Buffer.from('Fischereigesetz (FiG)\n\n§ 1 Antrag\n\nDer Antrag ist schriftlich zu stellen.\n'), 'f.txt')
      .expect(403);
    expect(await t.storage.corpus.list()).toEqual([]);
    // the local user still may
    expect((await request(t.app).get('/api/me').expect(200)).body.corpusAdmin).toBe(true);
    await request(t.app).get('/healthz').expect(200);
  });
});
