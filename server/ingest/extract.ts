import { AppError } from '../errors';
import { decodeText } from './decode';
import { labelDocxParts } from './docx-numbering';
import { packDocx, readDocxParts } from './docx-parts';
import { checkPdfStreams } from './pdf-guard';
import { closeSpacedPdfBreaks, normalizeExtracted } from './normalize';
import { stripFootnotes } from './pdf-footnotes';
import { stripPageFurniture } from './page-furniture';

/**
 * Text of an uploaded draft (PDF, DOCX, plain text or Markdown). The type is taken from the content (magic
 * bytes), never from the file name alone, which only tells Markdown from plain text.
 */

export type ExtractedFormat = 'pdf' | 'docx' | 'txt' | 'md';
export interface ExtractedText {
  text: string;
  format: ExtractedFormat;
  pages?: number;
}

/** A long Mantelgesetz with Begründung runs to a few hundred pages; far beyond that it is no draft. */
export const MAX_PDF_PAGES = 1500;
export const MAX_TEXT_CHARS = 8_000_000;

const bad = (code: string, message: string, log?: string, cause?: unknown) =>
  new AppError('bad_request', `bad_request:upload_${code}`, message, log ?? `upload rejected: ${code}`, { cause });

const startsWith = (buf: Buffer, sig: number[]) => sig.every((b, i) => buf[i] === b);

function sniff(buf: Buffer): 'pdf' | 'zip' | 'binary' | 'doc' | 'rtf' | 'text' {
  if (buf.subarray(0, 1024).includes('%PDF-')) return 'pdf';
  if (buf.subarray(0, 8).toString('latin1').startsWith('{\\rtf')) return 'rtf';
  if (startsWith(buf, [0x50, 0x4b, 0x03, 0x04])) return 'zip';
  if (startsWith(buf, [0xd0, 0xcf, 0x11, 0xe0])) return 'doc';
  // UTF-16 text with BOM legitimately contains NUL bytes
  if (startsWith(buf, [0xff, 0xfe]) || startsWith(buf, [0xfe, 0xff])) return 'text';
  const head = buf.subarray(0, 8192);
  if (head.includes(0)) return 'binary';
  let control = 0;
  for (const b of head) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  return control > head.length * 0.01 ? 'binary' : 'text';
}

export interface ExtractLimits {
  maxPages?: number;
  maxChars?: number;
}

function checkChars(chars: number, maxChars: number): void {
  if (chars > maxChars) {
    throw new AppError('too_large', 'too_large:upload_text', `Das Dokument ist zu umfangreich (mehr als ${maxChars.toLocaleString('de-DE')} Zeichen). Bitte laden Sie den Entwurf in Teilen hoch.`, `extracted text of ${chars} chars`);
  }
}

function capped(text: string, maxChars: number): string {
  checkChars(text.length, maxChars);
  return text;
}

/** What to do about an empty upload: usually the wrong file was picked. */
const PICK_AGAIN = 'Bitte prüfen Sie, ob Sie die richtige Datei gewählt haben.';

/** Pages read per pdf.js call, so that the character cap ends a huge text early. */
const PAGE_BATCH = 50;

async function extractPdf(buf: Buffer, maxPages: number, maxChars: number): Promise<ExtractedText> {
  checkPdfStreams(buf);
  // loaded on first use: pdf.js is large, and a fresh draft worker should not pay for it before a text upload
  const { PDFParse } = await import('pdf-parse');
  const parser = new PDFParse({ data: new Uint8Array(buf), verbosity: 0 });
  try {
    const info = await parser.getInfo();
    if (info.total > maxPages) {
      throw new AppError('too_large', 'too_large:upload_pages', `Die PDF-Datei hat ${info.total} Seiten; verarbeitet werden höchstens ${maxPages}. Bitte laden Sie den Entwurf in Teilen hoch.`, `pdf with ${info.total} pages`);
    }
    const texts: string[] = [];
    let chars = 0;
    for (let first = 1; first <= info.total; first += PAGE_BATCH) {
      const batch = await parser.getText({ cellSeparator: ' ', pageJoiner: '', first, last: Math.min(info.total, first + PAGE_BATCH - 1) });
      for (const p of batch.pages) texts.push(p.text);
      chars += batch.pages.reduce((n, p) => n + p.text.length, 0);
      checkChars(chars, maxChars);
    }
    // footnotes are found at the foot of a page once its footer is gone
    const pages = stripFootnotes(stripPageFurniture(texts));
    // pages are joined by a plain line break: a blank line would split sentences that run across pages
    const text = normalizeExtracted(closeSpacedPdfBreaks(pages.join('\n')));
    if (text.replace(/\s/g, '').length < 20) {
      throw bad('pdf_no_text', 'Die PDF-Datei enthält keinen Text (vermutlich ein eingescanntes Dokument). Bitte laden Sie eine PDF-Datei mit Textebene hoch oder lassen Sie das Dokument vorher per Texterkennung (OCR) verarbeiten.');
    }
    return { text: capped(text, maxChars), format: 'pdf', pages: info.total };
  } catch (e) {
    if (e instanceof AppError) throw e;
    const name = e instanceof Error ? e.name : '';
    if (name === 'PasswordException') {
      throw bad('pdf_encrypted', 'Die PDF-Datei ist passwortgeschützt oder verschlüsselt. Bitte heben Sie den Schutz auf und laden Sie die Datei erneut hoch.', 'encrypted pdf', e);
    }
    throw bad('pdf_corrupt', 'Die PDF-Datei ist beschädigt oder kann nicht gelesen werden. Bitte exportieren Sie den Entwurf erneut als PDF oder laden Sie ihn als DOCX hoch.', `pdf parse failed: ${name} ${e instanceof Error ? e.message : String(e)}`, e);
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

async function extractDocx(buf: Buffer, maxChars: number): Promise<ExtractedText> {
  let raw: string;
  try {
    const parts = await readDocxParts(buf, (cause) => (cause instanceof Error ? cause : new Error(String(cause))));
    labelDocxParts(parts);
    const { default: mammoth } = await import('mammoth');
    raw = (await mammoth.extractRawText({ buffer: await packDocx(parts) })).value;
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw bad('docx_corrupt', 'Die Word-Datei (DOCX) ist beschädigt oder kann nicht gelesen werden. Bitte speichern Sie den Entwurf in Word erneut als DOCX oder laden Sie ihn als PDF hoch.', `docx extraction failed: ${e instanceof Error ? e.message : String(e)}`, e);
  }
  const text = normalizeExtracted(raw);
  if (text === '') throw bad('empty', `Die Word-Datei enthält keinen Text. ${PICK_AGAIN}`);
  return { text: capped(text, maxChars), format: 'docx' };
}

const UNSUPPORTED =
  'Dieser Dateityp wird nicht unterstützt. Bitte laden Sie den Entwurf als PDF, Word-Datei (DOCX), Text- oder Markdown-Datei hoch.';

export async function extractText(buf: Buffer, filename: string, limits: ExtractLimits = {}): Promise<ExtractedText> {
  const maxPages = limits.maxPages ?? MAX_PDF_PAGES;
  const maxChars = limits.maxChars ?? MAX_TEXT_CHARS;
  if (buf.length === 0 || (buf.length < 4096 && buf.toString('utf8').trim() === '')) throw bad('empty', `Die hochgeladene Datei ist leer. ${PICK_AGAIN}`);
  switch (sniff(buf)) {
    case 'pdf':
      return extractPdf(buf, maxPages, maxChars);
    case 'zip':
      // a DOCX is a ZIP whose directory names [Content_Types].xml and a word/ part (names are stored uncompressed)
      if (!buf.includes('[Content_Types].xml') || !buf.includes('word/')) throw bad('type', UNSUPPORTED, 'zip without Word parts');
      return extractDocx(buf, maxChars);
    case 'doc':
      throw bad('type', 'Das alte Word-Format (.doc) wird nicht unterstützt. Bitte speichern Sie den Entwurf als DOCX oder PDF.', 'ole2 compound file');
    case 'rtf':
      throw bad('type', 'Das RTF-Format wird nicht unterstützt. Bitte speichern Sie den Entwurf als DOCX oder PDF.', 'rtf');
    case 'binary':
      throw bad('type', UNSUPPORTED, 'binary content');
    case 'text': {
      const text = normalizeExtracted(decodeText(buf));
      if (text === '') throw bad('empty', `Die hochgeladene Datei ist leer. ${PICK_AGAIN}`);
      return { text: capped(text, maxChars), format: /\.(?:md|markdown)$/i.test(filename) ? 'md' : 'txt' };
    }
  }
}
