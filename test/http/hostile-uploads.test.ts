import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReviewResponseSchema } from '../../server/contracts/api';
import { minimalPdf, serializePdf } from '../fixtures/drafts/minimal-pdf';
import { docxOf } from '../fixtures/web/hostile';
import { makeApp, type TestApp } from './harness';

/**
 * Attack sweep through the real upload route: each hostile file ends in a review (201) or in a 4xx with a code and
 * a German message; never a 500, and the server answers /healthz afterwards. Fixtures are generated here.
 */

let t: TestApp;
let agent: request.Agent;
beforeAll(async () => {
  // a budget that real drafts keep on a loaded machine and that ends the costly files below
  t = await makeApp({ INGEST_TIMEOUT_S: '20' });
  agent = request.agent(t.app);
  await agent.get('/api/me');
});

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const para = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const doc = (body: string, prolog = '<?xml version="1.0" encoding="UTF-8"?>') => `${prolog}<w:document ${W}><w:body>${body}</w:body></w:document>`;
const DRAFT_PARAS = para('§ 1 Antrag') + para('(1) Der Antrag ist schriftlich zu stellen.');
const DRAFT_TEXT = '§ 1 Antrag\n(1) Der Antrag ist schriftlich zu stellen.\n';
const pdfPage = (lines: string[]) => minimalPdf({ pages: [lines] });

type Outcome = { status: number; body: { error?: { code: string; message: string }; text?: string } };

async function upload(data: Buffer | string, name: string, contentType?: string): Promise<Outcome> {
  const res = await agent.post('/api/reviews').attach('file', Buffer.isBuffer(data) ? data : Buffer.from(data), contentType ? { filename: name, contentType } : name);
  return { status: res.status, body: res.body as Outcome['body'] };
}

/** A German refusal: 4xx, an error code, a sentence with umlaut-capable words. */
function expectRefusal(r: Outcome, status?: number) {
  if (status) expect(r.status).toBe(status);
  expect(r.status).toBeGreaterThanOrEqual(400);
  expect(r.status).toBeLessThan(500);
  expect(r.body.error?.code).toMatch(/^[a-z_]+:[a-z_]+$/);
  expect(r.body.error?.message).toMatch(/^[A-ZÄÖÜ][^]*[.!?]$/);
}

function expectReview(r: Outcome, contains: string) {
  expect(r.status).toBe(201);
  expect(ReviewResponseSchema.parse(r.body).text).toContain(contains);
}

afterAll(async () => {
  // whatever the files did, the process still serves and no upload file is left behind
  await request(t.app).get('/healthz').expect(200);
  for (let i = 0; i < 100 && readdirSync(join(t.dataDir, 'incoming')).length > 0; i++) await new Promise((r) => setTimeout(r, 50));
  expect(readdirSync(join(t.dataDir, 'incoming'))).toEqual([]);
  await t.dispose();
});

describe('hostile DOCX', () => {
  it('an external entity (XXE) in document.xml is not resolved', async () => {
    const xxe = doc(para('§ 1 Antrag') + para('(1) Der Antrag ist schriftlich zu stellen. &xxe;'), '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>');
    const r = await upload(docxOf([{ name: 'word/document.xml', data: xxe, deflate: true }]), 'xxe.docx');
    if (r.status === 201) expect(r.body.text).not.toContain('root:');
    else expectRefusal(r);
  });

  it('entity expansion ("billion laughs") does not blow up', async () => {
    const levels = ['<!ENTITY l0 "hahahahahahahahahaha">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`)].join('');
    const bomb = doc(DRAFT_PARAS + para('&l9;'), `<?xml version="1.0"?><!DOCTYPE w:document [${levels}]>`);
    const r = await upload(docxOf([{ name: 'word/document.xml', data: bomb, deflate: true }]), 'lacher.docx');
    if (r.status === 201) expect(r.body.text!.length).toBeLessThan(10_000);
    else expectRefusal(r);
  });

  it('100,000 nested elements (deep XML) end in a review or a German refusal', async () => {
    const depth = 100_000;
    const deep = doc(DRAFT_PARAS + '<w:sdt><w:sdtContent>'.repeat(depth) + para('tief') + '</w:sdtContent></w:sdt>'.repeat(depth));
    const r = await upload(docxOf([{ name: 'word/document.xml', data: deep, deflate: true }]), 'tief.docx');
    if (r.status === 201) expect(r.body.text).toContain('schriftlich zu stellen');
    else expectRefusal(r);
  });

  it('6,000 ZIP entries are refused as too complex', async () => {
    const many = Array.from({ length: 6000 }, (_, i) => ({ name: `word/media/bild${i}.xml`, data: '<x/>' }));
    expectRefusal(await upload(docxOf([{ name: 'word/document.xml', data: doc(DRAFT_PARAS) }, ...many]), 'viele.docx'), 413);
  });

  it('an absurd numbering.xml (10,000 levels and list ids that point nowhere) still gives the text', async () => {
    const lvls = Array.from({ length: 10_000 }, (_, i) => `<w:lvl w:ilvl="${i}"><w:numFmt w:val="decimal"/><w:lvlText w:val="${'%1.'.repeat(20)}"/></w:lvl>`).join('');
    const numbering = `<?xml version="1.0"?><w:numbering ${W}><w:abstractNum w:abstractNumId="0">${lvls}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="77"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
    const numbered = (id: number, lvl: number, text: string) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="${lvl}"/><w:numId w:val="${id}"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const body = para('§ 1 Antrag') + numbered(1, 0, 'Der Antrag ist schriftlich zu stellen.') + numbered(2, 9999, 'Weiter.') + numbered(2, -5, 'Negativ.') + numbered(9, 3, 'Ohne Liste.');
    const r = await upload(
      docxOf([
        { name: 'word/document.xml', data: doc(body), deflate: true },
        { name: 'word/numbering.xml', data: numbering, deflate: true },
      ]),
      'nummern.docx',
    );
    expectReview(r, 'schriftlich zu stellen');
  });

  it('numbering and styles that point at each other in a loop still give the text', async () => {
    // a list whose definition links to a numbering style whose paragraph properties name the list again; paragraph styles based on each other
    const numbering = `<?xml version="1.0"?><w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:numStyleLink w:val="S1"/></w:abstractNum><w:abstractNum w:abstractNumId="1"><w:styleLink w:val="S1"/><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/><w:lvlText w:val="(%1)"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="2147483647"/></w:lvlOverride></w:num></w:numbering>`;
    const styles = `<?xml version="1.0"?><w:styles ${W}><w:style w:type="numbering" w:styleId="S1"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style><w:style w:type="paragraph" w:styleId="P1"><w:basedOn w:val="P2"/></w:style><w:style w:type="paragraph" w:styleId="P2"><w:basedOn w:val="P1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>`;
    const numbered = (id: number, text: string, style = '') => `<w:p><w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${id}"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const body = para('§ 1 Antrag') + numbered(1, 'Der Antrag ist schriftlich zu stellen.') + numbered(3, 'Weiter.', 'P1');
    const r = await upload(
      docxOf([
        { name: 'word/document.xml', data: doc(body), deflate: true },
        { name: 'word/numbering.xml', data: numbering, deflate: true },
        { name: 'word/styles.xml', data: styles, deflate: true },
      ]),
      'schleife.docx',
    );
    expectReview(r, 'schriftlich zu stellen');
  });

  it('5,000 tables nested in each other end in a review or a German refusal', async () => {
    const nested = '<w:tbl><w:tr><w:tc>'.repeat(5000) + para('(1) Der Antrag ist schriftlich zu stellen.') + '</w:tc></w:tr></w:tbl>'.repeat(5000);
    const r = await upload(docxOf([{ name: 'word/document.xml', data: doc(para('§ 1 Antrag') + nested), deflate: true }]), 'tabellen.docx');
    if (r.status === 201) expect(r.body.text).toContain('schriftlich zu stellen');
    else expectRefusal(r);
  });

  it('a DOCX without document.xml, and a .docx that is really a PDF', async () => {
    expectRefusal(await upload(docxOf([{ name: 'word/styles.xml', data: '<w:styles/>' }]), 'leer.docx'));
    expectReview(await upload(pdfPage(['§ 1 Antrag', '(1) Der Antrag ist schriftlich zu stellen.']), 'eigentlich-pdf.docx'), 'schriftlich zu stellen');
  });

  it('a truncated DOCX (half of the archive)', async () => {
    const whole = docxOf([{ name: 'word/document.xml', data: doc(DRAFT_PARAS.repeat(200)), deflate: true }]);
    expectRefusal(await upload(whole.subarray(0, Math.floor(whole.length / 2)), 'halb.docx'));
  });
});

describe('hostile PDF', () => {
  it('an encrypted PDF', async () => {
    expectRefusal(await upload(minimalPdf({ pages: [['Geheim']], encrypt: true }), 'geheim.pdf'));
  });

  it('a broken cross-reference table and a PDF cut in half', async () => {
    const pdf = pdfPage(['§ 1 Antrag', '(1) Der Antrag ist schriftlich zu stellen.']).toString('latin1');
    const broken = Buffer.from(pdf.replace(/xref\n0 (\d+)\n/, 'xref\n0 999\n').replace(/startxref\n\d+/, 'startxref\n999999'), 'latin1');
    const r = await upload(broken, 'xref.pdf');
    if (r.status === 201) expect(r.body.text).toContain('schriftlich zu stellen');
    else expectRefusal(r);
    expectRefusal(await upload(Buffer.from(pdf.slice(0, pdf.length / 2), 'latin1'), 'halb.pdf'));
  });

  it('10,000 empty pages are refused by the page limit', async () => {
    const r = await upload(minimalPdf({ pages: Array.from({ length: 10_000 }, () => []) }), 'seiten.pdf');
    expectRefusal(r, 413);
    expect(r.body.error!.message).toContain('10000 Seiten');
  });

  it('one page with megabytes of text is refused or read, never a 500', async () => {
    const lines = Array.from({ length: 60_000 }, (_, i) => `(${i}) Der Antrag ist schriftlich zu stellen und zu begründen.`);
    const r = await upload(pdfPage(lines), 'voll.pdf');
    if (r.status === 201) expect(r.body.text).toContain('schriftlich zu stellen');
    else expectRefusal(r);
  });

  it('a page tree that contains itself, and one that claims a billion pages', async () => {
    const stream = Buffer.from('BT /F1 10 Tf 56 790 Td (Der Antrag ist schriftlich zu stellen.) Tj ET\n', 'latin1');
    const withPages = (pages: string) =>
      serializePdf([
        Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
        Buffer.from(pages),
        Buffer.from('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>'),
        Buffer.concat([Buffer.from(`<< /Length ${stream.length} >>\nstream\n`), stream, Buffer.from('\nendstream')]),
        Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'),
      ]);
    const loop = await upload(withPages('<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >>'), 'schleife.pdf');
    if (loop.status === 201) expect(loop.body.text).toContain('schriftlich zu stellen');
    else expectRefusal(loop);
    expectReview(await upload(withPages('<< /Type /Pages /Kids [3 0 R] /Count 1000000000 >>'), 'milliarde.pdf'), 'schriftlich zu stellen');
  });

  it('deeply nested PDF objects (50,000 arrays) and a JavaScript action', async () => {
    const nested = `[${'['.repeat(50_000)}${']'.repeat(50_000)}]`;
    const stream = Buffer.from('BT /F1 10 Tf 56 790 Td (Der Antrag ist schriftlich zu stellen.) Tj ET\n', 'latin1');
    const objects = [
      Buffer.from('<< /Type /Catalog /Pages 2 0 R /OpenAction 6 0 R >>'),
      Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
      Buffer.from(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R /Tief ${nested} >>`),
      Buffer.concat([Buffer.from(`<< /Length ${stream.length} >>\nstream\n`), stream, Buffer.from('\nendstream')]),
      Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'),
      Buffer.from("<< /S /JavaScript /JS (app.alert('x'); while(true){}) >>"),
    ];
    const r = await upload(serializePdf(objects), 'skript.pdf');
    if (r.status === 201) expect(r.body.text).toContain('schriftlich zu stellen');
    else expectRefusal(r);
  });
});

describe('hostile text', () => {
  it('binary NULs are refused as an unsupported type', async () => {
    expectRefusal(await upload(Buffer.concat([Buffer.from(DRAFT_TEXT), Buffer.alloc(4096)]), 'nul.txt'), 400);
  });

  it('invalid UTF-8 is read as Windows-1252; UTF-16 with BOM is decoded', async () => {
    expectReview(await upload(Buffer.concat([Buffer.from(DRAFT_TEXT), Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0x80])]), 'kaputt.txt'), 'schriftlich zu stellen');
    expectReview(await upload(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(DRAFT_TEXT, 'utf16le')]), 'utf16.txt'), 'schriftlich zu stellen');
    expectReview(await upload(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(DRAFT_TEXT, 'utf16le').swap16()]), 'utf16be.txt'), 'schriftlich zu stellen');
  });

  it('one line of 5 MB', async () => {
    const r = await upload(`${DRAFT_TEXT}${'Wort '.repeat(1_000_000)}`, 'zeile.txt');
    if (r.status === 201) expect(r.body.text).toContain('schriftlich zu stellen');
    else expectRefusal(r);
  });

  it('200,000 short lines', async () => {
    const r = await upload(DRAFT_TEXT + Array.from({ length: 200_000 }, (_, i) => `z${i}`).join('\n'), 'zeilen.txt');
    if (r.status === 201) expect(r.body.text).toContain('schriftlich zu stellen');
    else expectRefusal(r);
  });

  it('100,000 "(1)" markers in one Absatz', async () => {
    expectReview(await upload(`${DRAFT_TEXT}${'(1) '.repeat(100_000)}`, 'marker.txt'), 'schriftlich zu stellen');
  });

  it('Markdown nested 10,000 levels deep (list markers and quotes on one line)', async () => {
    for (const [name, nesting] of [['liste.md', '- '], ['zitat.md', '> ']]) {
      const r = await upload(`${DRAFT_TEXT}${nesting!.repeat(10_000)}schriftlich\n`, name!);
      if (r.status === 201) expect(r.body.text).toContain('schriftlich zu stellen');
      else expectRefusal(r);
    }
  });

  it('right-to-left overrides and other format characters', async () => {
    const r = await upload(`§ 1 Antrag\n(1) Der Antrag ist \u202eschriftlich\u202c zu stellen.\u2066\u200f\u200b\ufeff\n`, 'rtl.md');
    expect(r.status).toBe(201);
  });

  it('a Markdown table of 2,000 rows × 200 columns', async () => {
    const row = `|${' x |'.repeat(200)}\n`;
    const table = `${DRAFT_TEXT}\n|${' Kopf |'.repeat(200)}\n|${' --- |'.repeat(200)}\n${row.repeat(2000)}`;
    const r = await upload(table, 'tabelle.md');
    if (r.status === 201) expect(r.body.text).toContain('schriftlich zu stellen');
    else expectRefusal(r);
  });
});

describe('lying names and content types', () => {
  it('path traversal, a very long name, markup and a lying content type change nothing but the title; a NUL is a malformed upload', async () => {
    for (const name of ['../../../etc/passwd.txt', '..\\..\\windows\\win.ini.txt', `${'ä'.repeat(2000)}.txt`, '<script>alert(1)</script>.md']) {
      const r = await upload(DRAFT_TEXT, name, 'application/x-msdownload');
      expectReview(r, 'schriftlich zu stellen');
    }
    // the multipart parser refuses a NUL in a part header: a malformed upload, in German
    const nul = await upload(DRAFT_TEXT, 'entwurf\u0000.exe.txt');
    expectRefusal(nul, 400);
    expect(nul.body.error!.code).toBe('bad_request:multipart');
  });

  it('a PDF named .txt is read as PDF; text named .pdf as text', async () => {
    expectReview(await upload(pdfPage(['§ 1 Antrag', '(1) Der Antrag ist schriftlich zu stellen.']), 'entwurf.txt', 'text/plain'), 'schriftlich zu stellen');
    expectReview(await upload(DRAFT_TEXT, 'entwurf.pdf', 'application/pdf'), 'schriftlich zu stellen');
  });

  it('an empty file and a file of blanks', async () => {
    expectRefusal(await upload(Buffer.alloc(0), 'leer.txt'), 400);
    expectRefusal(await upload(' \n\t '.repeat(100), 'leer.txt'), 400);
  });
});
