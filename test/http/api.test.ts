import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConversationResponseSchema, HealthResponseSchema, LawListResponseSchema, ProvisionResponseSchema } from '../../server/contracts/api';
import { makeApp, sessionCookie, sessionIdOf, type TestApp } from './harness';

let t: TestApp;
beforeAll(async () => {
  t = await makeApp();
});
afterAll(() => t.dispose());


describe('health and corpus', () => {
  it('GET /healthz reports offline mode and corpus size', async () => {
    const res = await request(t.app).get('/healthz').expect(200);
    const body = HealthResponseSchema.parse(res.body);
    expect(body.llm).toBe('none');
    expect(body.corpus.laws).toBeGreaterThan(20);
    expect(body.corpus.provisions).toBeGreaterThan(1000);
  });

  it('sends a strict CSP and no x-powered-by', async () => {
    const res = await request(t.app).get('/healthz');
    const csp = res.headers['content-security-policy'] as string;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toMatch(/connect-src 'self' ws: wss:/);
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('GET /api/laws lists the corpus without file paths', async () => {
    const res = await request(t.app).get('/api/laws').expect(200);
    const laws = LawListResponseSchema.parse(res.body);
    expect(laws.map((l) => l.abbreviation)).toEqual(expect.arrayContaining(['VwVfG', 'NDIG']));
    expect(JSON.stringify(res.body)).not.toContain('"path"');
    expect(laws.find((l) => l.abbreviation === 'NDIG')!.excerpt).toBe(true);
  });

  it('counts laws and guides apart, the same in the header figure and in the screening list', async () => {
    const health = HealthResponseSchema.parse((await request(t.app).get('/healthz').expect(200)).body);
    const laws = LawListResponseSchema.parse((await request(t.app).get('/api/laws').expect(200)).body);
    expect(health.corpus.laws).toBe(laws.filter((l) => l.kind === 'law').length);
    expect(health.corpus.guidance).toBe(laws.filter((l) => l.kind === 'guidance').length);
    expect(health.corpus.guidance).toBeGreaterThan(0);
    // one abbreviation per law, as drafters cite it
    const abbrs = laws.map((l) => l.abbreviation);
    expect(abbrs).toEqual(expect.arrayContaining(['AO', 'SGB X', 'SGB I', 'BDSG']));
    expect(abbrs.filter((a) => /\d{4}$|^SGB \d/.test(a))).toEqual([]);
  });

  it('GET /api/provisions returns a whole provision with Stand', async () => {
    const res = await request(t.app).get('/api/provisions').query({ law: 'VwVfG', section: '§ 3a' }).expect(200);
    const p = ProvisionResponseSchema.parse(res.body);
    expect(p.title).toBe('Elektronische Kommunikation');
    expect(p.paragraphs.map((x) => x.number)).toEqual(['1', '2', '3']);
    expect(p.stand).toBeTruthy();
  });

  it.each([
    [{ law: 'VwVfG', section: '§ 999' }, 404, 'not_found:provision'],
    [{ law: 'Gibtsnicht', section: '§ 1' }, 404, 'not_found:provision'],
    [{ law: 'VwVfG' }, 400, 'bad_request:input'],
  ])('GET /api/provisions %o → %i', async (query, status, code) => {
    const res = await request(t.app).get('/api/provisions').query(query).expect(status);
    expect(res.body.error.code).toBe(code);
    expect(res.body.error.message).toMatch(/[äöüÄÖÜß]|Vorschrift|Eingabe/);
  });

  it('unknown API routes are a German 404, not the SPA', async () => {
    const res = await request(t.app).get('/api/nope').expect(404);
    expect(res.body.error.code).toBe('not_found:route');
  });

  it('health checks do not create sessions', async () => {
    const res = await request(t.app).get('/healthz').expect(200);
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('serves a German hint page when the client is not built', async () => {
    const res = await request(t.app).get('/chat/123').set('Accept', 'text/html').expect(503);
    expect(res.text).toContain('npm run build:client');
  });
});

describe('conversations', () => {
  it('lists, reads, renames, exports and deletes own conversations', async () => {
    const agent = request.agent(t.app);
    const sid = await sessionIdOf(agent);
    const c = await t.storage.conversations.create(sid, 'Schriftform');
    await t.storage.conversations.addMessage(sid, c.id, { role: 'user', text: 'Wie ersetze ich die Schriftform?' });
    await t.storage.conversations.addMessage(sid, c.id, {
      role: 'assistant',
      text: 'Am einschlägigsten ist § 3a Abs. 2 VwVfG [1].',
      model: 'offline',
      citations: [{ law: 'VwVfG', ref: '§ 3a Abs. 2', title: 'Elektronische Kommunikation', text: 'Eine durch …', stand: '2022' }],
    });

    const list = await agent.get('/api/conversations').expect(200);
    expect(list.body.map((x: { id: string }) => x.id)).toContain(c.id);

    const full = ConversationResponseSchema.parse((await agent.get(`/api/conversations/${c.id}`).expect(200)).body);
    expect(full.messages.map((m) => m.role)).toEqual(['user', 'assistant']);
    expect(full.messages[1]!.citations[0]!.law).toBe('VwVfG');

    const renamed = await agent.patch(`/api/conversations/${c.id}`).send({ title: 'Neuer Titel' }).expect(200);
    expect(renamed.body.title).toBe('Neuer Titel');
    await agent.patch(`/api/conversations/${c.id}`).send({ title: '' }).expect(400);

    const md = await agent.get(`/api/conversations/${c.id}/export.md`).expect(200);
    expect(md.headers['content-type']).toContain('text/markdown');
    expect(md.headers['content-disposition']).toContain('attachment');
    // named after the conversation, so that several exports can be told apart in the download folder
    expect(md.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('Gespräch-Neuer-Titel.md')}`);
    expect(md.text).toContain('# Neuer Titel');
    expect(md.text).toMatch(/^Erstellt: \d{2}\.\d{2}\.\d{4} · Zuletzt geändert: \d{2}\.\d{2}\.\d{4}$/m);
    expect(md.text).toContain('[^2-1]');
    expect(md.text).toMatch(/\[\^2-1\]: § 3a Abs\. 2 VwVfG, Elektronische Kommunikation, Stand: 2022/);

    await agent.delete(`/api/conversations/${c.id}`).expect(204);
    await agent.get(`/api/conversations/${c.id}`).expect(404);
    await agent.delete(`/api/conversations/${c.id}`).expect(404);
  });

  it('rejects malformed JSON with a German 400', async () => {
    const res = await request(t.app)
      .patch('/api/conversations/x')
      .set('Content-Type', 'application/json')
      .send('{"title": ')
      .expect(400);
    expect(res.body.error.message).toContain('gültiges JSON');
  });
});

describe('feedback', () => {
  it('stores feedback on own answers and refuses foreign contexts', async () => {
    const agent = request.agent(t.app);
    const sid = await sessionIdOf(agent);
    const c = await t.storage.conversations.create(sid, 'x');
    const res = await agent
      .post('/api/feedback')
      .send({ targetType: 'message', targetId: 'm1', contextId: c.id, rating: 'wrong', reason: 'falsche Norm' })
      .expect(201);
    expect(res.body.id).toBeTruthy();
    expect(await t.storage.feedback.count(sid)).toBe(1);

    const other = request.agent(t.app);
    await other.post('/api/feedback').send({ targetType: 'message', targetId: 'm1', contextId: c.id, rating: 'useful' }).expect(404);
    const bad = await agent.post('/api/feedback').send({ targetType: 'message', targetId: 'm1', contextId: c.id, rating: 'super' }).expect(400);
    expect(bad.body.error.message).toContain('Bewertung');
  });
});

describe('sessions', () => {
  it('issues an httpOnly SameSite=Strict session cookie without ACCESS_TOKEN', async () => {
    const res = await request(t.app).get('/api/me').expect(200);
    expect(res.body.authRequired).toBe(false);
    const raw = ([] as string[]).concat(res.headers['set-cookie'] ?? []).join(';');
    expect(raw).toMatch(/HttpOnly/i);
    expect(raw).toMatch(/SameSite=Strict/i);
    expect(sessionCookie(res.headers['set-cookie'])).toMatch(/^dc_session=/);
  });

  it('session B cannot read, rename or delete the conversation of session A', async () => {
    const a = request.agent(t.app);
    const b = request.agent(t.app);
    const c = await t.storage.conversations.create(await sessionIdOf(a), 'geheim');
    await sessionIdOf(b);
    await b.get(`/api/conversations/${c.id}`).expect(404);
    await b.patch(`/api/conversations/${c.id}`).send({ title: 'x' }).expect(404);
    await b.delete(`/api/conversations/${c.id}`).expect(404);
    await b.get(`/api/conversations/${c.id}/export.md`).expect(404);
    expect((await b.get('/api/conversations').expect(200)).body).toEqual([]);
    await a.get(`/api/conversations/${c.id}`).expect(200);
  });
});
