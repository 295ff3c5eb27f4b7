import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import mammoth from 'mammoth';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReviewResponseSchema, type ReviewStage } from '../../server/contracts/api';
import { asPdf } from '../../bench/lib/layout-variants';
import { seededRandom } from '../../bench/lib/random';
import { minimalPdf, wrapLines } from '../fixtures/drafts/minimal-pdf';
import { connect, listen, makeApp, sessionCookie, type TestApp } from './harness';

const DRAFT = [
  'Entwurf eines Gesetzes zur Änderung des Niedersächsischen Gaststättengesetzes',
  '',
  'Der Landtag hat das folgende Gesetz beschlossen:',
  '',
  '§ 1 Anzeige',
  '(1) Wer ein Gaststättengewerbe betreiben will, hat dies der zuständigen Behörde schriftlich anzuzeigen.',
  '(2) Der Anzeige ist ein Führungszeugnis im Original beizufügen.',
  '',
  '§ 2 Erscheinen',
  'Die Behörde kann das persönliche Erscheinen der anzeigenden Person anordnen.',
].join('\n');

async function docxOf(lines: string[]): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children: lines.map((l) => new Paragraph(l)) }] }));
}

const FIXTURES = join(import.meta.dirname, '../fixtures/drafts');
/** Offsets must cover the quoted words; line breaks inside a match are normalised in the quote. */
const ws = (s: string) => s.replace(/\s+/g, ' ');

let t: TestApp;
let agent: request.Agent;
beforeAll(async () => {
  t = await makeApp({ MAX_UPLOAD_MB: '1' });
  agent = request.agent(t.app);
  await agent.get('/api/me');
});
afterAll(() => t.dispose());

const upload = (buf: Buffer, name: string, a: request.Agent = agent) => a.post('/api/reviews').attach('file', buf, name);

describe('draft review upload', () => {
  it.each([
    ['entwurf.txt', async () => Buffer.from(DRAFT, 'utf8'), 'txt'],
    ['entwurf.md', async () => Buffer.from(DRAFT.replace(/^§/gm, '## §'), 'utf8'), 'md'],
    ['entwurf.docx', () => docxOf(DRAFT.split('\n')), 'docx'],
    ['entwurf.pdf', async () => minimalPdf({ pages: [DRAFT.split('\n').flatMap((l) => (l ? wrapLines(l, 80) : ['']))] }), 'pdf'],
  ])('%s → 201 with structure and findings', async (name, make, format) => {
    const res = await upload(await make(), name).expect(201);
    const review = ReviewResponseSchema.parse(res.body);
    expect(review.format).toBe(format);
    expect(review.provisions).toBe(2);
    expect(review.structure.map((s) => s.label)).toEqual(['§ 1', '§ 2']);
    const cats = review.findings.map((f) => f.category);
    expect(cats).toEqual(expect.arrayContaining(['schriftform', 'original_beglaubigung', 'persoenliches_erscheinen']));
    for (const f of review.findings) expect(ws(review.text.slice(f.location.start, f.location.end))).toBe(ws(f.quote.match));
    const again = await agent.get(`/api/reviews/${review.id}`).expect(200);
    expect(again.body).toEqual(res.body);
  });

  it.each(['artikelgesetz-maerkte.pdf', 'artikelgesetz-maerkte.docx', 'artikelgesetz-maerkte.txt', 'entwurf-fischereierlaubnis.md', 'aenderung-nkomvg.md'])(
    'fixture draft %s → 201 with located findings',
    async (name) => {
      const res = await upload(readFileSync(join(FIXTURES, name)), name).expect(201);
      const review = ReviewResponseSchema.parse(res.body);
      expect(review.provisions).toBeGreaterThan(0);
      expect(review.findings.length).toBeGreaterThan(0);
      for (const f of review.findings) expect(ws(review.text.slice(f.location.start, f.location.end))).toBe(ws(f.quote.match));
    },
  );

  it('gives each finding of an amending draft the command that addresses the draft', async () => {
    const res = await upload(readFileSync(join(FIXTURES, 'aenderung-nkomvg.md')), 'aenderung-nkomvg.md').expect(201);
    const review = ReviewResponseSchema.parse(res.body);
    const aushang = review.findings.find((f) => f.location.section === '§ 11')!;
    expect(aushang.amendment).toMatch(/^In Artikel 1 Nummer 1 Buchstabe a wird dem § 11 Absatz 1 folgender Satz angefügt: „/);
  });

  it.each([
    ['leer.txt', Buffer.alloc(0), 400],
    ['bild.png', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), 400],
    ['kaputt.pdf', Buffer.from('%PDF-1.4 kaputt'), 400],
    ['verschluesselt.pdf', minimalPdf({ pages: [['Geheim']], encrypt: true }), 400],
    ['gross.txt', Buffer.alloc(1_200_000, 'a'), 413],
  ])('%s → %s with a German message, never 500', async (name, buf, status) => {
    const res = await upload(buf, name);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    if (status === 413) expect(res.status).toBe(413);
    expect(res.body.error.message).toMatch(/[a-zäöü]/);
    expect(res.body.error.message).not.toMatch(/Error|undefined|ENOENT/);
  });

  it('returns the Gliederung of a Drucksache: parts not checked, every Artikel, finding counts per provision', async () => {
    const text = readFileSync(join(FIXTURES, 'drucksache-verfahrensdigitalisierung.txt'), 'utf8');
    const res = await upload(asPdf(text, seededRandom(5)), 'drucksache.pdf').expect(201);
    const review = ReviewResponseSchema.parse(res.body);
    expect(review.title).toMatch(/^Entwurf eines Gesetzes zur Digitalisierung von Verfahren/);
    const artikel = review.outline.filter((e) => e.kind === 'law' && e.ref.startsWith('Artikel')).map((e) => e.ref);
    expect(artikel).toEqual(['Artikel 1', 'Artikel 2', 'Artikel 3', 'Artikel 4', 'Artikel 5']);
    expect(review.outline.find((e) => e.kind === 'vorblatt')).toMatchObject({ checked: false, findings: 0 });
    expect(review.outline.filter((e) => e.kind === 'begruendung').length).toBeGreaterThan(1);
    expect(review.outline.reduce((n, e) => n + e.findings, 0)).toBe(review.findings.length);
    expect(review.outline.find((e) => e.section === '§ 14e')).toMatchObject({ kind: 'amendment', article: 'Artikel 2', number: '2', checked: true, findings: 1 });
    const again = ReviewResponseSchema.parse((await agent.get(`/api/reviews/${review.id}`).expect(200)).body);
    expect(again.outline).toEqual(review.outline);
  });

  it('carries one rewrite per Absatz; a dismissed finding changes no wording', async () => {
    const res = await upload(Buffer.from(DRAFT), 'entwurf.txt').expect(201);
    const review = ReviewResponseSchema.parse(res.body);
    const rewrites = review.rewrites ?? [];
    expect(rewrites.flatMap((r) => r.findingIds).sort()).toEqual(review.findings.map((f) => f.id).sort());
    const written = review.findings.find((f) => f.category === 'schriftform')!;
    const mine = rewrites.find((r) => r.findingIds.includes(written.id))!;
    expect(mine.text).toContain('oder elektronisch');
    await agent.patch(`/api/reviews/${review.id}/findings/${encodeURIComponent(written.id)}`).send({ decision: 'dismissed' }).expect(200);
    const after = ReviewResponseSchema.parse((await agent.get(`/api/reviews/${review.id}`).expect(200)).body);
    expect(after.rewrites!.flatMap((r) => r.findingIds)).not.toContain(written.id);
  });

  it('rejects a request without file with 400', async () => {
    const res = await agent.post('/api/reviews').field('uploadId', 'x').expect(400);
    expect(res.body.error.message).toContain('Datei');
  });

  it('emits review:stage events to the uploading session', async () => {
    const url = await listen(t);
    const me = await request(t.app).get('/api/me');
    const cookie = sessionCookie(me.headers['set-cookie']);
    const socket = await connect(url, cookie);
    const stages: ReviewStage[] = [];
    socket.on('review:stage', (s) => stages.push(s));
    await request(t.app).post('/api/reviews').set('Cookie', cookie).field('uploadId', 'u1').attach('file', Buffer.from(DRAFT), 'e.txt').expect(201);
    await request(t.app).post('/api/reviews').set('Cookie', cookie).field('uploadId', 'u2').attach('file', Buffer.alloc(0), 'e.txt').expect(400);
    await new Promise((r) => setTimeout(r, 50));
    socket.close();
    expect(stages.filter((s) => s.uploadId === 'u1').map((s) => s.stage)).toEqual(['upload', 'extract', 'structure', 'checks', 'done']);
    expect(stages.filter((s) => s.uploadId === 'u2').map((s) => s.stage)).toEqual(['upload', 'failed']);
    expect(stages.find((s) => s.stage === 'failed')!.message).toContain('leer');
  });
});

describe('decisions and exports', () => {
  it('accepted amendment instructions are exported in document order (Markdown and DOCX)', async () => {
    const review = ReviewResponseSchema.parse((await upload(Buffer.from(DRAFT), 'entwurf.txt').expect(201)).body);
    expect(review.title).toBe('Entwurf eines Gesetzes zur Änderung des Niedersächsischen Gaststättengesetzes');
    const [first, second, third] = review.findings;
    const mdBefore = (await agent.get(`/api/reviews/${review.id}/export.md`).expect(200)).text;
    // nothing accepted yet: every open command is offered, visibly as a proposal
    expect(mdBefore).toContain('**Vorschlag:** In § 1 Absatz 1');

    await agent.patch(`/api/reviews/${review.id}/findings/${third!.id}`).send({ decision: 'accepted' }).expect(200);
    await agent.patch(`/api/reviews/${review.id}/findings/${first!.id}`).send({ decision: 'accepted' }).expect(200);
    await agent.patch(`/api/reviews/${review.id}/findings/${second!.id}`).send({ decision: 'dismissed' }).expect(200);
    await agent.patch(`/api/reviews/${review.id}/findings/${first!.id}`).send({ decision: 'vielleicht' }).expect(400);
    await agent.patch(`/api/reviews/${review.id}/findings/nope`).send({ decision: 'accepted' }).expect(404);
    expect((await agent.get(`/api/reviews/${review.id}`)).body.decisions).toEqual({
      [first!.id]: 'accepted',
      [second!.id]: 'dismissed',
      [third!.id]: 'accepted',
    });

    const md = await agent.get(`/api/reviews/${review.id}/export.md`).expect(200);
    // the name keeps its umlauts (RFC 5987) with an ASCII fallback for old clients
    expect(md.headers['content-disposition']).toBe(
      `attachment; filename="Digitalcheck-Entwurf-eines-Gesetzes-zur-Aenderung-des-Niedersaechsischen-Gaststaettengesetzes.md"; filename*=UTF-8''${encodeURIComponent('Digitalcheck-Entwurf-eines-Gesetzes-zur-Änderung-des-Niedersächsischen-Gaststättengesetzes.md')}`,
    );
    const section = md.text.split('## Befunde')[0]!;
    expect(section).not.toContain('Vorschlag:');
    const firstLine = (s: string) => s.split('\n')[0]!;
    const i1 = section.indexOf(firstLine(first!.amendment));
    const i3 = section.indexOf(firstLine(third!.amendment));
    expect(i1).toBeGreaterThan(0);
    expect(i3).toBeGreaterThan(i1);
    expect(section).not.toContain(firstLine(second!.amendment));
    expect(md.text).toContain('verworfen');

    const docx = await agent.get(`/api/reviews/${review.id}/export.docx`).buffer(true).parse((res, cb) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => cb(null, Buffer.concat(chunks)));
    }).expect(200);
    const text = (await mammoth.extractRawText({ buffer: docx.body as Buffer })).value;
    expect(text).toContain('Änderungsbefehle');
    expect(text.indexOf(firstLine(first!.amendment))).toBeLessThan(text.indexOf(firstLine(third!.amendment)));
    expect(text).not.toContain(firstLine(second!.amendment));
    expect(text).toContain('Befunde');
  });

  it('documentation draft has the six pre-check questions and a status per principle', async () => {
    const review = (await upload(Buffer.from(DRAFT), 'entwurf.txt').expect(201)).body;
    const md = (await agent.get(`/api/reviews/${review.id}/documentation.md`).expect(200)).text;
    expect(md).toContain('Vorprüfung');
    // six questions, each answer visibly a proposal to confirm
    expect(md.match(/Vorgeschlagene Antwort: (?:Ja|Nein|Unklar) \(bitte bestätigen\)/g)).toHaveLength(6);
    expect(md.match(/^### Prinzip [1-5]:/gm)).toHaveLength(5);
    expect(md).toMatch(/### Prinzip 1:[^\n]*\n\n\*\*Nicht erfüllt\.\*\*/);
    expect(md).toContain('§ 1 Abs. 1 des Entwurfs');
    // nothing checks data protection: never "erfüllt", but the guiding questions
    expect(md).toMatch(/### Prinzip 5:[^\n]*\n\n\*\*Nicht automatisch geprüft\.\*\*/);
    expect(md).not.toMatch(/\*\*Erfüllt\.\*\*/);
    const docx = await agent.get(`/api/reviews/${review.id}/documentation.docx`).expect(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
  });

  it('lists own reviews, deletes them, and hides them from other sessions', async () => {
    const review = (await upload(Buffer.from(DRAFT), 'geheim.txt').expect(201)).body;
    expect((await agent.get('/api/reviews').expect(200)).body.map((r: { id: string }) => r.id)).toContain(review.id);
    const other = request.agent(t.app);
    await other.get(`/api/reviews/${review.id}`).expect(404);
    await other.get(`/api/reviews/${review.id}/export.md`).expect(404);
    await other.patch(`/api/reviews/${review.id}/findings/${review.findings[0].id}`).send({ decision: 'accepted' }).expect(404);
    await other.delete(`/api/reviews/${review.id}`).expect(404);
    expect((await other.get('/api/reviews').expect(200)).body).toEqual([]);
    await agent.delete(`/api/reviews/${review.id}`).expect(204);
    await agent.get(`/api/reviews/${review.id}`).expect(404);
  });
});

describe('LLM layer seam', () => {
  it('merges AI findings with notices on upload and uses the refined documentation draft', async () => {
    const app = await makeApp(
      {},
      {
        llm: {
          model: 'test-model',
          answerer: { answer: () => Promise.reject(new Error('unused')) },
          review: async (_doc, rule) => ({
            findings: [...rule, { ...rule[0]!, id: 'ki-1', ruleId: 'ki', source: 'KI' as const }],
            notices: ['Teil 2 wurde nicht vom Sprachmodell geprüft.'],
          }),
          documentation: async (_review, draft) => ({
            draft: { ...draft, principles: draft.principles.map((p) => ({ ...p, reason: `KI: ${p.reason}` })) },
            notices: ['Vom Sprachmodell überarbeitet.'],
          }),
        },
      },
    );
    try {
      const a = request.agent(app.app);
      const res = await a.post('/api/reviews').attach('file', Buffer.from(DRAFT), 'e.txt').expect(201);
      const review = ReviewResponseSchema.parse(res.body);
      expect(review.findings.filter((f) => f.source === 'KI').map((f) => f.id)).toEqual(['ki-1']);
      expect(review.notices).toEqual(['Teil 2 wurde nicht vom Sprachmodell geprüft.']);
      const reopened = (await a.get(`/api/reviews/${review.id}`)).body;
      expect(reopened.findings).toHaveLength(review.findings.length);
      // a reopened review still says what the model skipped
      expect(reopened.notices).toEqual(review.notices);
      const md = (await a.get(`/api/reviews/${review.id}/documentation.md`).expect(200)).text;
      expect(md).toContain('**Hinweis:** Vom Sprachmodell überarbeitet.');
      expect(md).toMatch(/\*\*Nicht erfüllt\.\*\* KI: /);
    } finally {
      await app.dispose();
    }
  });
});
