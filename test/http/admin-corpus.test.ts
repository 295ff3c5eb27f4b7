import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CorpusAdminResponse, LawListItem } from '../../server/contracts/api';
import { createLogger } from '../../server/logger';
import { largeDraft } from '../fixtures/web/hostile';
import { FISH_LAW, FISH_WORD, until } from '../support/corpus-admin';
import { connect, listen, makeApp, type TestApp } from './harness';

/**
 * Corpus administration over HTTP: upload → stored → index rebuilt in the background and swapped; list and delete;
 * an import hides the shipped law of the same abbreviation; bad files get German errors; who may do it per mode.
 */

const lines: Record<string, unknown>[] = [];
const log = createLogger('debug', { write: (s: string) => void lines.push(JSON.parse(s) as Record<string, unknown>) });

let t: TestApp;
let url: string;
beforeAll(async () => {
  t = await makeApp({}, { log });
  url = await listen(t);
});
afterAll(() => t.dispose());

const status = async (): Promise<CorpusAdminResponse> => (await request(t.app).get('/api/admin/corpus').expect(200)).body as CorpusAdminResponse;
const indexCurrent = () => until(async () => (await status()).index.current, 'index rebuilt');
const laws = async (): Promise<LawListItem[]> => (await request(t.app).get('/api/laws').expect(200)).body as LawListItem[];
const importLaw = (body: string | Buffer, name: string, fields: Record<string, string> = {}) => {
  let req = request(t.app).post('/api/admin/corpus');
  for (const [k, v] of Object.entries(fields)) req = req.field(k, v);
  return req.attach('file', Buffer.from(body), name);
};

describe('corpus import by the local user (no login)', () => {
  it('upload → stored, listed, searchable after the background rebuild; figures and sockets follow', async () => {
    const me = await request(t.app).get('/api/me').expect(200);
    expect(me.body).toMatchObject({ auth: 'open', corpusAdmin: true });
    const before = await status();
    expect(before).toMatchObject({ laws: [], index: { current: true } });
    expect((await t.storage.sql.get('SELECT COUNT(*) AS n FROM corpus_laws')) as { n: number }).toEqual({ n: 0 });
    const socket = await connect(url);
    const changed = new Promise<{ laws: number }>((res) => socket.once('corpus:changed', res));

    const res = await importLaw(FISH_LAW, 'fischbroetchen.txt', { jurisdiction: 'Niedersachsen' }).expect(201);
    expect(res.body).toMatchObject({
      replaced: false,
      law: { abbreviation: 'NFischAbgG', jurisdiction: 'Niedersachsen', fileName: 'fischbroetchen.txt', replacesShipped: false, importedBy: expect.stringMatching(/^lokal/) },
    });
    expect(lines.find((l) => l.audit === 'corpus.import')).toMatchObject({ actor: expect.stringMatching(/^lokal/), law: 'NFischAbgG' });

    await indexCurrent();
    expect((await changed).laws).toBe(before.corpus.laws + 1);
    socket.close();
    const after = await status();
    expect(after.laws.map((l) => l.abbreviation)).toEqual(['NFischAbgG']);
    expect(after.corpus.laws).toBe(before.corpus.laws + 1);
    expect((await request(t.app).get('/healthz').expect(200)).body.corpus.laws).toBe(before.corpus.laws + 1);
    expect((await laws()).find((l) => l.abbreviation === 'NFischAbgG')).toMatchObject({ jurisdiction: 'Niedersachsen', provisions: 2 });
    const p = await request(t.app).get('/api/provisions').query({ law: 'NFischAbgG', section: '1' }).expect(200);
    expect(p.body.paragraphs.map((x: { text: string }) => x.text).join(' ')).toContain(FISH_WORD);
  });

  it('an import with a shipped abbreviation replaces the shipped law until it is deleted', async () => {
    const shipped = (await laws()).find((l) => l.abbreviation === 'NDIG')!;
    expect(shipped.excerpt).toBe(true);
    const text = 'Niedersächsisches Gesetz über digitale Verwaltung (NDIG)\n\n§ 1 Zweck\nDie Verwaltungsleistungen werden durchgehend digital als Kaimauerdienst angeboten.\n';
    const res = await importLaw(text, 'ndig-voll.txt', { abbreviation: 'NDIG', jurisdiction: 'Niedersachsen' }).expect(201);
    expect(res.body.law).toMatchObject({ abbreviation: 'NDIG', replacesShipped: true });
    await indexCurrent();
    const ndig = (await laws()).filter((l) => l.abbreviation === 'NDIG');
    expect(ndig).toHaveLength(1);
    expect(ndig[0]!.stand).toMatch(/^importiert am/);
    expect((await request(t.app).get('/api/provisions').query({ law: 'NDIG', section: '1' }).expect(200)).body.paragraphs[0].text).toContain('Kaimauerdienst');

    await request(t.app).delete('/api/admin/corpus/ndig').expect(204);
    expect(lines.find((l) => l.audit === 'corpus.delete')).toMatchObject({ law: 'NDIG' });
    await indexCurrent();
    expect((await laws()).find((l) => l.abbreviation === 'NDIG')).toMatchObject({ excerpt: true, stand: shipped.stand });
    const gone = await request(t.app).delete('/api/admin/corpus/ndig').expect(404);
    expect(gone.body.error.message).toContain('nicht gefunden');
    expect((await status()).laws.map((l) => l.abbreviation)).toEqual(['NFischAbgG']);
  });

  it('bad files and fields get a German 400 and change nothing', async () => {
    const stored = (await status()).laws;
    const cases: [string | Buffer, string, Record<string, string>, RegExp][] = [
      [Buffer.from([0, 1, 2, 3, 0, 255, 254, 0, 7, 8]), 'gesetz.pdf', {}, /Dateityp wird nicht unterstützt/],
      ['', 'leer.txt', {}, /Gesetzesdatei aus/],
      ['Nur ein Satz ohne Paragrafen und ohne Gliederung.', 'notiz.txt', {}, /kein Gesetzestext/],
      [FISH_LAW, 'x.txt', { jurisdiction: 'Mond' }, /Ebene/],
      [FISH_LAW, 'x.txt', { abbreviation: 'x'.repeat(41) }, /Abkürzung/],
    ];
    for (const [body, name, fields, message] of cases) {
      const res = await importLaw(body, name, fields).expect(400);
      expect(res.body.error.message).toMatch(message);
    }
    const none = await request(t.app).post('/api/admin/corpus').field('title', 'ohne Datei').expect(400);
    expect(none.body.error.message).toContain('Gesetzesdatei');
    expect((await status()).laws).toEqual(stored);
  });
});

describe('hostile files', () => {
  it('a law file that exhausts the upload worker gets the German 413 of the draft upload; the server keeps serving', async () => {
    const small = await makeApp({ INGEST_HEAP_MB: '16' });
    try {
      const res = await request(small.app).post('/api/admin/corpus').attach('file', Buffer.from(largeDraft(1_000_000)), 'gross.txt');
      expect(res.status).toBe(413);
      expect(res.body.error).toMatchObject({ code: 'too_large:upload_complex', message: expect.stringContaining('zu groß oder zu komplex') });
      await request(small.app).get('/healthz').expect(200);
      expect(await small.storage.corpus.list()).toEqual([]);
    } finally {
      await small.dispose();
    }
  });
});

describe('who may manage the corpus', () => {
  it('without login, a browser that is not on this machine gets a German 403', async () => {
    const remote = await makeApp({ TRUST_PROXY: '1' });
    try {
      const agent = request.agent(remote.app);
      const me = await agent.get('/api/me').set('X-Forwarded-For', '10.1.2.3').expect(200);
      expect(me.body.corpusAdmin).toBe(false);
      const res = await agent.get('/api/admin/corpus').set('X-Forwarded-For', '10.1.2.3').expect(403);
      expect(res.body.error).toMatchObject({ code: 'forbidden:corpus_admin', message: expect.stringContaining('Rechtskorpus') });
      await agent.post('/api/admin/corpus').set('X-Forwarded-For', '10.1.2.3').attach('file', Buffer.from(FISH_LAW), 'f.txt').expect(403);
      expect((await remote.storage.corpus.list())).toEqual([]);
    } finally {
      await remote.dispose();
    }
  });

  it('with an access code, everybody who has it; nobody without', async () => {
    const token = 'zugang-1234567';
    const guarded = await makeApp({ ACCESS_TOKEN: token });
    try {
      await request(guarded.app).get('/api/admin/corpus').expect(401);
      const agent = request.agent(guarded.app);
      await agent.post('/api/login').send({ token }).expect(204);
      expect((await agent.get('/api/me').expect(200)).body.corpusAdmin).toBe(true);
      expect((await agent.get('/api/admin/corpus').expect(200)).body.laws).toEqual([]);
    } finally {
      await guarded.dispose();
    }
  });
});
