import { inflateSync, constants } from 'node:zlib';
import { INGEST_LIMITS, tooComplex } from './limits';

/**
 * pdf.js inflates every content, font and object stream it needs for the text, into memory outside the V8 heap
 * that a worker's resource limits cap. This inflates each Flate stream first under a byte budget, so a
 * decompression bomb is refused before pdf.js sees it. Image streams are skipped: text extraction never decodes
 * them. Streams with other filters (rare in text PDFs) are left to the worker's time budget.
 */

const STREAM = Buffer.from('stream');
const END = Buffer.from('endstream');
/** How far before the `stream` keyword its dictionary may start. */
const DICT_WINDOW = 4096;

function dictionaryBefore(buf: Buffer, at: number): string {
  const head = buf.subarray(Math.max(0, at - DICT_WINDOW), at).toString('latin1');
  const obj = head.lastIndexOf(' obj');
  return obj >= 0 ? head.slice(obj) : head;
}

/** How many times the stream is Flate-encoded (a bomb may nest it); 0 when it uses any other filter or is an image. */
function flateLayers(dict: string): number {
  if (/\/Subtype\s*\/Image\b/.test(dict)) return 0;
  const filter = /\/Filter\s*(\[[^\]]*\]|\/[A-Za-z0-9]+)/.exec(dict)?.[1];
  if (!filter) return 0;
  const names = filter.match(/\/[A-Za-z0-9]+/g) ?? [];
  return names.every((n) => n === '/FlateDecode' || n === '/Fl') ? names.length : 0;
}

export function checkPdfStreams(buf: Buffer, limits = INGEST_LIMITS): void {
  let left = limits.pdfDecodedBytes;
  for (let at = buf.indexOf(STREAM); at !== -1; at = buf.indexOf(STREAM, at + STREAM.length)) {
    if (at >= 3 && buf.toString('latin1', at - 3, at) === 'end') continue;
    let start = at + STREAM.length;
    if (buf[start] === 0x0d) start++;
    if (buf[start] !== 0x0a) continue;
    start++;
    const layers = flateLayers(dictionaryBefore(buf, at));
    if (layers === 0) continue;
    const end = buf.indexOf(END, start);
    let data: Buffer = buf.subarray(start, end === -1 ? buf.length : end);
    for (let i = 0; i < layers; i++) {
      const cap = Math.min(limits.pdfStreamBytes, left);
      try {
        // a truncated or slightly corrupt stream is pdf.js's business; only the size matters here
        data = inflateSync(data, { maxOutputLength: cap + 1, finishFlush: constants.Z_SYNC_FLUSH });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooComplex(`pdf stream at ${at} inflates beyond ${cap} bytes`, e);
        break;
      }
      if (data.length > cap) throw tooComplex(`pdf stream at ${at} inflates beyond ${cap} bytes`);
      left -= data.length;
    }
    if (end !== -1) at = end;
  }
}
