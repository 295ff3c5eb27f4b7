import { readFileSync } from 'node:fs';
import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../server/errors';
import { extractText } from '../../server/ingest/extract';
import { normalizeExtracted } from '../../server/ingest/normalize';
import { minimalPdf } from '../fixtures/drafts/minimal-pdf';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/drafts/${name}`, import.meta.url));

async function rejection(buf: Buffer, name: string): Promise<AppError> {
  const err = await extractText(buf, name).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

describe('extractText by content', () => {
  it('reads a PDF with page count and without running headers, footers and page numbers', async () => {
    const r = await extractText(fixture('artikelgesetz-maerkte.pdf'), 'entwurf.bin');
    expect(r.format).toBe('pdf');
    expect(r.pages).toBe(3);
    expect(r.text).toMatch(/^Entwurf\nGesetz zur Vereinfachung des Marktwesens/);
    expect(r.text).not.toMatch(/Seite \d von \d|Stand: 3\. Februar 2025/);
    expect(r.text).toContain('„§ 5a\nBekanntmachung der Marktzeiten\n(1) Die Gemeinde');
  });

  it('reads a DOCX even when it is named .pdf', async () => {
    const r = await extractText(fixture('artikelgesetz-maerkte.docx'), 'entwurf.pdf');
    expect(r.format).toBe('docx');
    expect(r.text).toContain('Artikel 1\n\nÄnderung des Niedersächsischen Gesetzes über Märkte und Volksfeste (NMarktG)');
  });

  it('tells Markdown from plain text by the file name only', async () => {
    const md = await extractText(fixture('entwurf-fischereierlaubnis.md'), 'entwurf.md');
    expect(md.format).toBe('md');
    expect(md.text.startsWith('# Entwurf eines')).toBe(true);
    expect((await extractText(Buffer.from('§ 1 Test\nText.'), 'entwurf')).format).toBe('txt');
  });

  it('strips a UTF-8 BOM and falls back to Windows-1252', async () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('§ 1 Größe', 'utf8')]);
    expect((await extractText(bom, 'a.txt')).text).toBe('§ 1 Größe');
    const cp1252 = Buffer.from([0xa7, 0x20, 0x31, 0x20, 0x84, 0x47, 0x72, 0xf6, 0xdf, 0x65, 0x93, 0x20, 0x96, 0x20, 0x80]);
    expect((await extractText(cp1252, 'a.txt')).text).toBe('§ 1 „Größe“ – €');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('§ 1 „Größe“', 'utf16le')]);
    expect((await extractText(utf16, 'a.txt')).text).toBe('§ 1 „Größe“');
  });
});

describe('extractText rejects bad uploads with German messages', () => {
  it.each([
    ['empty', Buffer.alloc(0), 'a.txt', 'bad_request:upload_empty', /leer/],
    ['whitespace only', Buffer.from('  \n\n '), 'a.txt', 'bad_request:upload_empty', /leer/],
    ['PNG', Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex'), 'scan.pdf', 'bad_request:upload_type', /nicht unterstützt/],
    ['executable', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]), 'entwurf.docx', 'bad_request:upload_type', /nicht unterstützt/],
    ['ZIP without Word content', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('....bilder/foto.png....')]), 'a.docx', 'bad_request:upload_type', /nicht unterstützt/],
    ['RTF', Buffer.from('{\\rtf1\\ansi Der Antrag}'), 'a.rtf', 'bad_request:upload_type', /RTF/],
    ['old Word .doc', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(100)]), 'a.doc', 'bad_request:upload_type', /\.doc/],
    ['corrupt DOCX', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('[Content_Types].xml word/document.xml garbage')]), 'a.docx', 'bad_request:upload_docx_corrupt', /beschädigt/],
    ['corrupt PDF', Buffer.from('%PDF-1.4\nthis is not a pdf body'), 'a.pdf', 'bad_request:upload_pdf_corrupt', /beschädigt/],
  ])('%s', async (_name, buf, filename, code, message) => {
    const err = await rejection(buf, filename);
    expect(err.code).toBe(code);
    expect(err.status).toBe(400);
    expect(err.userMessage).toMatch(message);
  });

  it('rejects a truncated PDF', async () => {
    const pdf = fixture('artikelgesetz-maerkte.pdf');
    const err = await rejection(pdf.subarray(0, 300), 'a.pdf');
    expect(err.code).toBe('bad_request:upload_pdf_corrupt');
  });

  it('rejects an encrypted PDF', async () => {
    const err = await rejection(minimalPdf({ pages: [['Geheimer Entwurf']], encrypt: true }), 'a.pdf');
    expect(err.code).toBe('bad_request:upload_pdf_encrypted');
    expect(err.userMessage).toMatch(/passwortgeschützt/);
  });

  it('rejects a scanned PDF without text layer and mentions OCR', async () => {
    const err = await rejection(minimalPdf({ pages: [[], []], noText: true }), 'scan.pdf');
    expect(err.code).toBe('bad_request:upload_pdf_no_text');
    expect(err.userMessage).toMatch(/enthält keinen Text.*OCR/);
  });

  it('rejects a DOCX without text', async () => {
    const empty = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('')] }] }));
    expect((await rejection(empty, 'a.docx')).code).toBe('bad_request:upload_empty');
  });
});

describe('large PDFs', () => {
  it('refuses more pages or characters than the limits, with a German message', async () => {
    const pages = await extractText(fixture('artikelgesetz-maerkte.pdf'), 'a.pdf', { maxPages: 2 }).catch((e: unknown) => e as AppError);
    expect(pages).toMatchObject({ code: 'too_large:upload_pages', status: 413 });
    expect((pages as AppError).userMessage).toMatch(/3 Seiten; verarbeitet werden höchstens 2/);
    const chars = await extractText(fixture('entwurf-fischereierlaubnis.md'), 'a.md', { maxChars: 100 }).catch((e: unknown) => e as AppError);
    expect(chars).toMatchObject({ code: 'too_large:upload_text', status: 413 });
  });

  it('extracts a 300-page PDF', async () => {
    const pages = Array.from({ length: 300 }, (_, i) => ['Landtag Niedersachsen – Drucksache 19/1234', `§ ${i + 1} Vorschrift ${i + 1}`, 'Der Antrag ist schriftlich zu stellen.', String(i + 1)]);
    const r = await extractText(minimalPdf({ pages }), 'gross.pdf');
    expect(r.pages).toBe(300);
    expect(r.text.match(/^§ \d+ Vorschrift/gm)).toHaveLength(300);
    expect(r.text).not.toMatch(/Drucksache|^\d+$/m);
  });
});

describe('normalizeExtracted', () => {
  it('joins soft line-break hyphens but keeps elision hyphens and line breaks', () => {
    expect(normalizeExtracted('Die Schrift-\nform ist\nzu wahren.')).toBe('Die Schriftform ist\nzu wahren.');
    expect(normalizeExtracted('Bundes-\nund Landesrecht')).toBe('Bundes-\nund Landesrecht');
    expect(normalizeExtracted('De-\nMail')).toBe('De-\nMail');
    expect(normalizeExtracted('Gro\u0308ße\u00ad\r\n\n\n\n§ 1')).toBe('Größe\n\n§ 1');
  });
});
