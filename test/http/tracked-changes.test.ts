import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import mammoth from 'mammoth';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReviewResponseSchema, type ReviewResponse } from '../../server/contracts/api';
import { minimalPdf, wrapLines } from '../fixtures/drafts/minimal-pdf';
import { readRevisions } from '../support/docx-revisions';
import { binary, makeApp, type TestApp } from './harness';

/**
 * "Entwurf mit Änderungsvorschlägen": the accepted findings as Word tracked changes. Read back as Word would: the
 * text after "reject all" must be the drafter's text, after "accept all" the text with the suggestions.
 */

const FIXTURES = join(import.meta.dirname, '../fixtures/drafts');
const ws = (s: string) => s.replace(/\s+/g, ' ').trim();

let t: TestApp;
let agent: request.Agent;
beforeAll(async () => {
  t = await makeApp({});
  agent = request.agent(t.app);
  await agent.get('/api/me');
});
afterAll(() => t.dispose());

async function reviewWithAll(buf: Buffer, name: string, decision: 'accepted' | 'open' = 'accepted'): Promise<ReviewResponse> {
  const review = ReviewResponseSchema.parse((await agent.post('/api/reviews').attach('file', buf, name).expect(201)).body);
  if (decision === 'accepted') for (const f of review.findings) await agent.patch(`/api/reviews/${review.id}/findings/${f.id}`).send({ decision }).expect(200);
  return review;
}

async function trackedDraft(review: ReviewResponse) {
  const res = await binary(agent.get(`/api/reviews/${review.id}/draft.docx`)).expect(200);
  expect(res.headers['content-type']).toContain('wordprocessingml');
  expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('Änderungsvorschläge-')}`);
  return readRevisions(res.body as Buffer);
}

/** A drafter's document: bold title, a word split over two italic runs (as Word's rsid runs do), a tab. */
async function formattedDocx(): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun({ text: 'Entwurf eines Gesetzes über Gaststätten', bold: true })] }),
          new Paragraph({ children: [new TextRun({ text: '§ 1', bold: true }), new TextRun({ text: '\tAnzeige', bold: true })] }),
          new Paragraph({
            children: [
              new TextRun('(1) Wer ein Gaststättengewerbe betreiben will, hat dies der Behörde '),
              new TextRun({ text: 'schrift', italics: true }),
              new TextRun({ text: 'lich', italics: true }),
              new TextRun(' anzuzeigen.'),
            ],
          }),
          new Paragraph({ children: [new TextRun('(2) Der Anzeige ist ein Führungszeugnis '), new TextRun({ text: 'im Original', underline: {} }), new TextRun(' beizufügen.')] }),
          new Paragraph('§ 2 Erscheinen'),
          new Paragraph('Die Behörde kann das persönliche Erscheinen der anzeigenden Person anordnen.'),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

describe('tracked-changes draft export', () => {
  it('marks accepted changes in the uploaded DOCX itself and keeps its formatting', async () => {
    const original = await formattedDocx();
    const review = await reviewWithAll(original, 'entwurf.docx');
    const before = await readRevisions(original);
    const out = await trackedDraft(review);

    // reject all = the drafter's document, paragraph by paragraph
    expect(out.rejected).toEqual(before.accepted);
    expect(out.revisions.length).toBeGreaterThan(0);
    for (const rev of out.revisions) {
      expect(rev.author).toBe('Digitalcheck-Assistent');
      expect(rev.date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    }
    // accept all = every suggestion in place
    const accepted = out.accepted.join('\n');
    expect(accepted).toContain('hat dies der Behörde schriftlich oder elektronisch anzuzeigen.');
    for (const f of review.findings.filter((x) => x.edit?.kind === 'appendSentence')) {
      expect(accepted).toContain((f.edit as { sentence: string }).sentence);
    }
    // untouched runs stay as they were; the inserted words take the formatting of the word they follow
    expect(out.xml).toContain('<w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">Entwurf eines Gesetzes über Gaststätten</w:t>');
    expect(out.xml).toMatch(/<w:ins [^>]*><w:r><w:rPr><w:i\/><w:iCs\/><\/w:rPr><w:t xml:space="preserve"> oder elektronisch<\/w:t><\/w:r><\/w:ins>/);
    expect(out.xml).toMatch(/<w:u w:val="single"\/><\/w:rPr><w:t xml:space="preserve">im Original<\/w:t>/);
    // the file still opens as a Word document
    expect((await mammoth.extractRawText({ buffer: (await binary(agent.get(`/api/reviews/${review.id}/draft.docx`))).body as Buffer })).value).toContain('§ 2 Erscheinen');
  });

  it('places changes in a DOCX whose Absatz and Nummer labels are Word list numbering', async () => {
    const original = readFileSync(join(FIXTURES, 'entwurf-nummerierung.docx'));
    const review = await reviewWithAll(original, 'entwurf-nummerierung.docx');
    expect(review.findings.length).toBeGreaterThan(0);
    const out = await trackedDraft(review);
    expect(out.rejected).toEqual((await readRevisions(original)).accepted);
    // every accepted change is in the text: no "not placed" note at the end
    expect(out.accepted.join('\n')).not.toContain('nicht als Änderung im Text markiert');
    expect(out.revisions.filter((r) => r.kind === 'ins').length).toBeGreaterThanOrEqual(1);
  });

  it.each([
    ['entwurf.txt', (s: string) => Buffer.from(s, 'utf8')],
    ['entwurf.pdf', (s: string) => minimalPdf({ pages: [s.split('\n').flatMap((l) => (l ? wrapLines(l, 80) : ['']))] })],
  ])('builds a DOCX of the text of %s with the changes tracked', async (name, make) => {
    const text = readFileSync(join(FIXTURES, 'entwurf-ehrenamtskarte.txt'), 'utf8');
    const review = await reviewWithAll(make(text), name);
    const out = await trackedDraft(review);
    expect(ws(out.rejected.join('\n'))).toBe(ws(review.text));
    const accepted = ws(out.accepted.join('\n'));
    expect(accepted).toContain('Der Antrag ist schriftlich oder elektronisch bei der Gemeinde zu stellen.');
    expect(out.revisions.every((r) => r.author === 'Digitalcheck-Assistent')).toBe(true);
  });

  it('offers every open finding as a tracked proposal while nothing is accepted, and says so', async () => {
    const review = await reviewWithAll(Buffer.from(readFileSync(join(FIXTURES, 'entwurf-ehrenamtskarte.txt'))), 'e.txt', 'open');
    const out = await trackedDraft(review);
    expect(out.revisions.filter((r) => r.kind === 'ins').length).toBeGreaterThanOrEqual(review.findings.length);
    expect(out.accepted.join('\n')).toContain('Noch kein Befund übernommen');
  });

  it('lists a change that cannot be marked instead of dropping it', async () => {
    // the drafter edited the Word file after the review: the sentence is no longer there
    const original = await formattedDocx();
    const review = await reviewWithAll(original, 'entwurf.docx');
    const other = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Ein ganz anderer Text ohne die geprüften Sätze.')] }] }));
    (await t.storage.sql.run('UPDATE review_sources SET docx = ? WHERE review_id = ?', [other, review.id]));
    const out = await trackedDraft(review);
    const text = out.accepted.join('\n');
    expect(text).toContain('Diese Vorschläge sind nicht als Änderung im Text markiert');
    expect(text).toContain('§ 1 Abs. 1 des Entwurfs: In § 1 Absatz 1 werden nach dem Wort „schriftlich“ die Wörter „oder elektronisch“ eingefügt.');
  });
});
