import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ReviewResponseSchema, type ReviewResponse } from '../../server/contracts/api';
import type { Finding } from '../../server/contracts/finding';
import { extractText } from '../../server/ingest/extract';
import { makeApp, type TestApp } from './harness';

/**
 * The review as a drafter uses it, on amending drafts it has not been tuned on: upload (text, Word, PDF), findings
 * with place, code, legal basis and Änderungsbefehl, and the Word exports read back. What must be flagged and what must
 * stay quiet was written down before the first run (test/fixtures/drafts/landes/expectations.json); the five real
 * drafts in ../shared/data/drafts (outside the repository) are checked when present.
 */

const FIXTURES = join(import.meta.dirname, '../fixtures/drafts');
const REAL = join(import.meta.dirname, '../../../shared/data/drafts');

const Flag = z.object({
  article: z.string().optional(),
  number: z.string().optional(),
  letter: z.string().optional(),
  section: z.string(),
  paragraph: z.string().optional(),
  category: z.string(),
  match: z.string().optional(),
  basis: z.string().optional(),
  notBasis: z.string().optional(),
});
const Draft = z.object({
  file: z.string(),
  real: z.boolean().optional(),
  exports: z.array(z.enum(['docx', 'pdf'])).optional(),
  structure: z.array(z.string()),
  flags: z.array(Flag),
  allowed: z.array(Flag.omit({ match: true, basis: true, notBasis: true })),
  basis: z.string().optional(),
  notBasis: z.string().optional(),
  quiet: z.array(z.string()),
  /** Footnotes, running headers and reference marks that must not reach the reviewed text. */
  absent: z.array(z.string()).optional(),
});
type Draft = z.infer<typeof Draft>;
type Flag = z.infer<typeof Flag>;

const { drafts } = z.object({ drafts: z.array(Draft) }).parse(JSON.parse(readFileSync(join(FIXTURES, 'landes/expectations.json'), 'utf8')));
const pathOf = (d: Draft, file = d.file) => (d.real ? join(REAL, file) : join(FIXTURES, file));
const present = drafts.filter((d) => existsSync(pathOf(d)));
/** The draft's file in another format: its text's (or Word file's) Word or PDF export. */
const exported = (d: Draft, format: string) => d.file.replace(/\.\w+$/, `.${format}`);
/** Every file a user would upload: the text (or the Word file) and its Word and PDF exports. */
const uploads = present.flatMap((d) => [d.file, ...(d.exports ?? []).map((f) => exported(d, f))].map((file) => ({ d, file })));

/** Words as a regex that lets any whitespace (a PDF's line breaks) stand between them. */
const words = (s: string) => new RegExp(s.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'), 'g');
const spansOf = (text: string, s: string) => [...text.matchAll(words(s))].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
const overlaps = (f: Finding, s: { start: number; end: number }) => f.location.start < s.end && s.start < f.location.end;

/**
 * Where no finding may sit: the words themselves, or for a heading line (Vorblatt "A. Problem", "Begründung") the part
 * it opens, up to the Eingangsformel or the end of the document.
 */
function quietSpans(text: string, s: string): { start: number; end: number }[] {
  return spansOf(text, s).map((span) => {
    const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
    const lineEnd = text.indexOf('\n', span.end);
    const wholeLine = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd).trim() === text.slice(span.start, span.end);
    if (!wholeLine) return span;
    const formel = /beschlossen:\s*$/m.exec(text.slice(span.end));
    return { start: span.start, end: formel ? span.end + formel.index : text.length };
  });
}

const at = (f: Finding, e: Pick<Flag, 'section' | 'paragraph' | 'category'>) =>
  f.category === e.category && f.location.section === e.section && (e.paragraph === undefined || f.location.paragraph === e.paragraph);

let t: TestApp;
let agent: request.Agent;
const reviews = new Map<string, ReviewResponse>();
const binary = (res: request.Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

beforeAll(async () => {
  t = await makeApp({ MAX_UPLOAD_MB: '5' });
  agent = request.agent(t.app);
  await agent.get('/api/me');
  for (const { d, file } of uploads) {
    const res = await agent.post('/api/reviews').attach('file', readFileSync(pathOf(d, file)), file.split('/').pop()!);
    expect(res.status, `${file}: ${JSON.stringify(res.body).slice(0, 300)}`).toBe(201);
    reviews.set(file, ReviewResponseSchema.parse(res.body));
  }
}, 120_000);
afterAll(() => t?.dispose());

describe.each(uploads)('draft $file', ({ d, file }) => {
  const review = () => reviews.get(file)!;
  const hindrances = () => review().findings.filter((f) => f.severity !== 'hinweis');

  it('reads every Artikel and every amended § with new wording', () => {
    const labels = new Set(review().structure.map((s) => s.label));
    for (const l of d.structure) expect(labels, l).toContain(l);
  });

  it('flags each expected hindrance at its place, and nothing else', () => {
    for (const e of d.flags) {
      // the named words are in the sentence the finding quotes (the finding may sit on the verb: "… mitzuführen")
      const hit = hindrances().find((f) => at(f, e) && (!e.match || words(e.match).test(f.quote.sentence)));
      expect(hit, `${e.category} in ${e.article ?? ''} ${e.section} Abs. ${e.paragraph ?? '-'} („${e.match}“)`).toBeDefined();
    }
    for (const f of hindrances()) {
      const expected = [...d.flags, ...d.allowed].some((e) => at(f, e));
      expect(expected, `unexpected ${f.category} at ${f.location.article ?? ''} ${f.location.ref}: „${f.quote.match}“`).toBe(true);
    }
  });

  // defined only where it applies, so that no draft reports a skipped test
  const absent = d.absent;
  if (absent)
    it('leaves footnotes, running headers and reference marks out of the text', () => {
      const text = review().text;
      for (const a of absent) expect(text.replace(/\s+/g, ' ')).not.toContain(a);
    });

  it('keeps quiet on deleted old wording, anchors, Vorblatt and Begründung', () => {
    for (const q of d.quiet) {
      const spans = quietSpans(review().text, q);
      expect(spans.length, `„${q}“ is in the text`).toBeGreaterThan(0);
      for (const f of review().findings) expect(spans.some((s) => overlaps(f, s)), `${f.category} „${f.quote.match}“ inside „${q}“`).toBe(false);
    }
  });

  it('cites the enabling provisions of the amended law’s own field', () => {
    for (const f of hindrances()) {
      const basis = f.legalBasis.join('; ');
      expect(basis, f.location.ref).not.toBe('');
      const e = d.flags.find((x) => at(f, x));
      // a flag's own basis overrides the draft's: a public certification is notarial law in any field
      const wanted = e?.basis ?? d.basis;
      if (wanted) expect(basis, `${f.category} ${f.location.ref}`).toMatch(new RegExp(wanted));
      for (const re of [d.notBasis, e?.notBasis]) if (re) expect(basis, `${f.category} ${f.location.ref}`).not.toMatch(new RegExp(re));
    }
  });

  it('words each Änderungsbefehl for the draft: its Artikel and Nummer, balanced quotes, one sentence', () => {
    for (const f of hindrances()) {
      const e = d.flags.find((x) => at(f, x));
      const lead = e?.article ? [`In ${e.article}`, e.number && `Nummer ${e.number}`, e.letter && `Buchstabe ${e.letter}`].filter(Boolean).join(' ') : 'In Artikel \\d+(?: Nummer \\d+(?: Buchstabe [a-z]{1,2})?)?';
      expect(f.amendment, f.location.ref).toMatch(new RegExp(`^${lead} (?:wird|werden) `));
      expect(f.amendment).not.toMatch(/\s{2}|\s[,.;:]/);
      expect((f.amendment.match(/„/g) ?? []).length).toBe((f.amendment.match(/“/g) ?? []).length);
      expect(f.amendment).toMatch(/(?:eingefügt|ersetzt|gestrichen|angefügt|gefasst)(?:\.|: „[^]*“)$/);
    }
  });
});

describe.each(present.filter((d) => d.exports))('draft $file in every format', (d) => {
  it('gives the same findings from the Word and PDF exports as from the text', () => {
    const key = (r: ReviewResponse) => r.findings.map((f) => `${f.category} ${f.location.article ?? ''} ${f.location.ref}`).sort();
    const base = key(reviews.get(d.file)!);
    for (const f of d.exports!) expect(key(reviews.get(exported(d, f))!), f).toEqual(base);
  });

  if (d.exports?.includes('pdf'))
    it('shows the PDF’s text without its running header and page numbers', () => {
      const text = reviews.get(exported(d, 'pdf'))!.text;
      expect(text).not.toMatch(/\(Stand: |Seite \d+ von \d+/);
    });

  it('exports a Word report that opens and holds every finding, its legal basis and the Absatz commands', async () => {
    const r = reviews.get(d.file)!;
    const docx = await agent.get(`/api/reviews/${r.id}/export.docx`).buffer(true).parse(binary).expect(200);
    const { text } = await extractText(docx.body as Buffer, 'bericht.docx');
    const flat = text.replace(/\s+/g, ' ');
    for (const f of r.findings) {
      expect(flat).toContain(`„${f.quote.match}“`);
      expect(flat).toContain(`Rechtsgrundlage: ${f.legalBasis.join('; ')}`);
    }
    // one command per Absatz: the findings of an Absatz are resolved together
    expect(r.rewrites?.length).toBeGreaterThan(0);
    for (const w of r.rewrites ?? []) expect(flat).toContain(`Änderungsbefehl: ${w.command.replace(/\s+/g, ' ')}`);
  });

  if (d.exports?.includes('docx') || d.file.endsWith('.docx')) it('returns the uploaded Word draft with the changes, readable again', async () => {
    const r = reviews.get(exported(d, 'docx'))!;
    const docx = await agent.get(`/api/reviews/${r.id}/draft.docx`).buffer(true).parse(binary).expect(200);
    const { text } = await extractText(docx.body as Buffer, 'entwurf.docx');
    expect(text).toContain('Artikel 1');
    for (const s of d.structure.filter((l) => l.startsWith('Artikel'))) expect(text).toContain(s);
  });
});
