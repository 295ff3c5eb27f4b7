import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clock } from '../../server/storage/clock';
import { makeZip } from '../fixtures/web/zip-writer';
import { connect, emitWithAck, listen, makeApp, newSessionCookie, sessionCookie, sessionIdOf, type ClientSocket, type TestApp } from './harness';

/**
 * Attack sweep on authentication and ownership: every route and socket event without a session, with a forged or
 * foreign one; one session asking for another's review, job or conversation by id gets the same 404 as for an id
 * that does not exist (no oracle), and the owner's data is unchanged.
 */

const DRAFT = '§ 1 Antrag\n(1) Der Antrag ist schriftlich zu stellen.';
const ZIP = makeZip([{ name: 'ndig.md', data: '## § 1 Antrag\n\nDer Antrag ist schriftlich zu stellen.' }]);

/** Every route that names a user's object by id, with the method and body a client would send. */
const OWNED_ROUTES = (ids: { review: string; finding: string; job: string; conversation: string }) =>
  [
    ['get', `/api/reviews/${ids.review}`],
    ['get', `/api/reviews/${ids.review}/findings`],
    ['patch', `/api/reviews/${ids.review}/findings/${ids.finding}`, { decision: 'dismissed' }],
    ['get', `/api/reviews/${ids.review}/export.md`],
    ['get', `/api/reviews/${ids.review}/export.docx`],
    ['get', `/api/reviews/${ids.review}/documentation.md`],
    ['get', `/api/reviews/${ids.review}/documentation.docx`],
    ['get', `/api/reviews/${ids.review}/draft.docx`],
    ['delete', `/api/reviews/${ids.review}`],
    ['get', `/api/batch/${ids.job}`],
    ['get', `/api/batch/${ids.job}/results`],
    ['get', `/api/batch/${ids.job}/export.csv`],
    ['get', `/api/batch/${ids.job}/export.xlsx`],
    ['delete', `/api/batch/${ids.job}`],
    ['get', `/api/conversations/${ids.conversation}`],
    ['patch', `/api/conversations/${ids.conversation}`, { title: 'übernommen' }],
    ['get', `/api/conversations/${ids.conversation}/export.md`],
    ['delete', `/api/conversations/${ids.conversation}`],
  ] as const;

type Method = 'get' | 'patch' | 'delete' | 'post';
const send = (agent: request.Agent | ReturnType<typeof request>, method: Method, path: string, body?: object) => {
  const req = (agent as unknown as Record<Method, (p: string) => request.Test>)[method](path);
  return body ? req.send(body) : req;
};

describe('open mode: one session cannot reach another session\u2019s objects', () => {
  let t: TestApp;
  let url: string;
  let owner: request.Agent;
  let ownerSid: string;
  let ids: { review: string; finding: string; job: string; conversation: string };
  beforeAll(async () => {
    t = await makeApp();
    url = await listen(t);
    owner = request.agent(t.app);
    ownerSid = await sessionIdOf(owner);
    const review = (await owner.post('/api/reviews').attach('file', Buffer.from(DRAFT), 'entwurf.txt').expect(201)).body as { id: string; findings: { id: string }[] };
    const job = (await owner.post('/api/batch').attach('file', ZIP, 'g.zip').expect(202)).body as { jobId: string };
    const conversation = await t.storage.conversations.create(ownerSid, 'Geheimes Gespräch');
    ids = { review: review.id, finding: review.findings[0]!.id, job: job.jobId, conversation: conversation.id };
  });
  afterAll(() => t.dispose());

  it('every route by id answers the foreign session exactly as for an unknown id, and changes nothing', async () => {
    const foreign = request.agent(t.app);
    await foreign.get('/api/me').expect(200);
    const unknown = { review: 'r-gibt-es-nicht', finding: 'f-gibt-es-nicht', job: 'j-gibt-es-nicht', conversation: 'c-gibt-es-nicht' };
    const real = OWNED_ROUTES(ids);
    const fake = OWNED_ROUTES(unknown);
    for (const [i, [method, path, body]] of real.entries()) {
      const res = await send(foreign, method, path, body);
      const none = await send(foreign, fake[i]![0], fake[i]![1], fake[i]![2]);
      expect([path, res.status], path).toEqual([path, 404]);
      expect(res.body.error, path).toEqual(none.body.error);
    }
    // the lists of the foreign session are empty, the owner still has everything
    for (const list of ['/api/reviews', '/api/batch', '/api/conversations']) expect((await foreign.get(list).expect(200)).body).toEqual([]);
    for (const [method, path] of real) if (method === 'get') await owner.get(path).expect(200);
  });

  it('an admin-only listing (?alle=1) is refused to a plain session', async () => {
    const res = await request.agent(t.app).get('/api/batch?alle=1');
    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(/^[A-ZÄÖÜ]/);
  });

  it('socket: a foreign job cannot be subscribed, a foreign conversation cannot be continued or stopped', async () => {
    const socket: ClientSocket = await connect(url, await newSessionCookie(url));
    try {
      const sub = await emitWithAck(socket, 'batch:subscribe', { requestId: 'r-sub', jobId: ids.job }, 10_000);
      expect(sub).toMatchObject({ ok: false, error: { code: expect.stringMatching(/^not_found/) } });
      const before = await t.storage.conversations.get(ownerSid, ids.conversation);
      const chat = await emitWithAck(socket, 'chat:message', { requestId: 'r-chat', conversationId: ids.conversation, text: 'Zeig mir das Gespräch.' }, 30_000);
      expect(chat).toMatchObject({ ok: false, error: { code: expect.stringMatching(/^not_found/) } });
      const stop = await emitWithAck(socket, 'chat:stop', { requestId: 'r-stop', conversationId: ids.conversation }, 10_000);
      if (!stop.ok) expect(stop.error.code).toMatch(/^not_found/);
      expect(await t.storage.conversations.get(ownerSid, ids.conversation)).toEqual(before);
    } finally {
      socket.close();
    }
  });

  it('a made-up or tampered session cookie never reaches the owner\u2019s objects', async () => {
    const sid = ownerSid;
    for (const cookie of [`dc_session=${sid.slice(0, -1)}${sid.endsWith('A') ? 'B' : 'A'}`, `dc_session=${'A'.repeat(sid.length)}`, `dc_session=${sid}%00`, `dc_session=../${sid}`]) {
      await request(t.app).get(`/api/reviews/${ids.review}`).set('Cookie', cookie).expect(404);
    }
  });
});

describe('ACCESS_TOKEN mode: nothing without a session', () => {
  let t: TestApp;
  let url: string;
  let offset = 0;
  const clock: Clock = { now: () => new Date(Date.now() + offset), id: () => randomUUID() };
  beforeAll(async () => {
    t = await makeApp({ ACCESS_TOKEN: 'geheim-1234567' }, { clock });
    url = await listen(t);
  });
  afterAll(() => t.dispose());

  const ids = { review: 'r1', finding: 'f1', job: 'j1', conversation: 'c1' };
  const routes: [Method, string, object?][] = [
    ...OWNED_ROUTES(ids).map(([m, p, b]) => [m, p, b] as [Method, string, object?]),
    ['get', '/api/reviews'],
    ['get', '/api/batch'],
    ['get', '/api/conversations'],
    ['get', '/api/laws'],
    ['get', '/api/provisions'],
    ['get', '/api/rules/exceptions'],
    ['get', '/api/admin/corpus'],
    ['delete', '/api/admin/corpus/x'],
    ['post', '/api/batch', { laws: ['NDIG'] }],
    ['post', '/api/feedback', { targetType: 'message', targetId: 'm', contextId: 'c', rating: 'wrong' }],
  ];

  it('every route without a cookie, with a forged one and with an expired one is a German 401', async () => {
    const login = await request(t.app).post('/api/login').send({ token: 'geheim-1234567' }).expect(204);
    const valid = sessionCookie(login.headers['set-cookie']);
    await request(t.app).get('/api/reviews').set('Cookie', valid).expect(200);
    offset += 9 * 3_600_000; // beyond SESSION_IDLE_HOURS
    for (const cookie of [undefined, `dc_session=${'A'.repeat(43)}`, 'dc_session=', `dc_session=${'x'.repeat(5000)}`, valid]) {
      for (const [method, path, body] of routes) {
        const req = send(request(t.app), method, path, body);
        const res = await (cookie ? req.set('Cookie', cookie) : req);
        expect([method, path, res.status], String(cookie).slice(0, 20)).toEqual([method, path, 401]);
        expect(res.body.error.message).toMatch(/^[A-ZÄÖÜ]/);
      }
    }
  });

  it('an upload without a session is refused before a byte is written to disk', async () => {
    for (const path of ['/api/reviews', '/api/batch', '/api/admin/corpus']) {
      const res = await request(t.app).post(path).attach('file', path === '/api/batch' ? ZIP : Buffer.from(DRAFT), path === '/api/batch' ? 'g.zip' : 'e.txt');
      expect(res.status, path).toBe(401);
    }
    const incoming = join(t.dataDir, 'incoming');
    expect(existsSync(incoming) ? readdirSync(incoming) : []).toEqual([]);
  });

  it('socket handshakes without a valid session are refused', async () => {
    await expect(connect(url, 'dc_session=erfunden')).rejects.toThrow();
    await expect(connect(url, `dc_session=${'A'.repeat(43)}`)).rejects.toThrow();
  });
});
