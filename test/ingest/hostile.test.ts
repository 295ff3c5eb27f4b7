import { describe, expect, it } from 'vitest';
import { AppError } from '../../server/errors';
import { extractText } from '../../server/ingest/extract';
import { docxBomb, docxHugeNumbering, pdfBomb, smallDocx } from '../fixtures/web/hostile';

const MB = 1024 * 1024;

async function refusal(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(() => undefined, (err: unknown) => err);
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

/** Bytes allocated outside the V8 heap (Buffers) grow by at most this much while a bomb is refused. */
const externalGrowth = async (run: () => Promise<unknown>) => {
  const before = process.memoryUsage().arrayBuffers;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().arrayBuffers)), 5);
  try {
    await run();
  } finally {
    clearInterval(timer);
  }
  return Math.max(peak, process.memoryUsage().arrayBuffers) - before;
};

describe('hostile uploads are refused before they are in memory', () => {
  it('still reads a small, valid DOCX', async () => {
    expect((await extractText(smallDocx(), 'entwurf.docx')).text).toContain('schriftlich zu stellen');
  });

  it('refuses a DOCX whose document.xml inflates to 300 MB (honest headers) with the German "zu groß oder zu komplex"', async () => {
    const bomb = await docxBomb(300 * MB);
    expect(bomb.length).toBeLessThan(2 * MB);
    let e!: AppError;
    const growth = await externalGrowth(async () => (e = await refusal(extractText(bomb, 'bombe.docx'))));
    expect(e.status).toBe(413);
    expect(e.code).toBe('too_large:upload_complex');
    expect(e.userMessage).toContain('zu groß oder zu komplex');
    expect(growth).toBeLessThan(100 * MB);
  });

  it('stops a DOCX whose headers under-state document.xml at the declared size (4xx, never the real 300 MB)', async () => {
    const bomb = await docxBomb(300 * MB, 64 * 1024);
    let e!: AppError;
    const growth = await externalGrowth(async () => (e = await refusal(extractText(bomb, 'luege.docx'))));
    expect(e.status).toBeGreaterThanOrEqual(400);
    expect(e.status).toBeLessThan(500);
    expect(e.userMessage).toMatch(/beschädigt|zu groß/);
    expect(growth).toBeLessThan(100 * MB);
  });

  it('refuses a huge numbering.xml, which is read with regular expressions', async () => {
    const e = await refusal(extractText(await docxHugeNumbering(40 * MB), 'nummern.docx'));
    expect(e.code).toBe('too_large:upload_complex');
  });

  it('refuses a PDF whose content stream is a 256 MB decompression bomb before pdf.js decodes it', async () => {
    const bomb = await pdfBomb(256 * MB);
    expect(bomb.length).toBeLessThan(MB);
    let e!: AppError;
    const growth = await externalGrowth(async () => (e = await refusal(extractText(bomb, 'bombe.pdf'))));
    expect(e.code).toBe('too_large:upload_complex');
    expect(e.userMessage).toContain('zu groß oder zu komplex');
    expect(growth).toBeLessThan(100 * MB);
  });

  it('still reads a PDF whose Flate content stream is within the limits', async () => {
    const r = await extractText(await pdfBomb(2000), 'klein.pdf');
    expect(r.text).toContain('Der Antrag ist schriftlich zu stellen.');
  });
});

describe('hostile plain text', () => {
  it('keeps no character that XML forbids (Word and Excel refuse such exports): controls, U+FFFE/U+FFFF, unpaired surrogates', async () => {
    // a few controls among ordinary text: more than 1 % would make it binary content
    const text = `§ 1 Antrag\u0001\n(1) Der Antrag ist schriftlich\u0008 \ud800zu stellen\ufffe\uffff.\u000b(2) Weiter.\n${'Begründung folgt. '.repeat(30)}`;
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    for (const buf of [Buffer.from(text.replace('\ud800', ''), 'utf8'), utf16]) {
      const { text: out } = await extractText(buf, 'entwurf.txt');
      expect(out).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udfff]/);
      expect(out).toContain('Der Antrag ist schriftlich');
      expect(out).toContain('\n(2) Weiter.');
    }
  });

  it('reads a line of a million spaces (trailing spaces are cut without a backtracking regular expression)', async () => {
    const { text } = await extractText(Buffer.from(`${' '.repeat(1_000_000)}x\n§ 1 Antrag   \n(1) Der Antrag ist schriftlich zu stellen.`), 'leer.txt');
    expect(text.endsWith('x\n§ 1 Antrag\n(1) Der Antrag ist schriftlich zu stellen.')).toBe(true);
  });
});

