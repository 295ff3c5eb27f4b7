import type { Response } from 'express';

const ASCII_FOR: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss' };

/** "prüfung-änderung.docx" → "pruefung-aenderung.docx" for clients that do not read `filename*`. */
export const asciiFilename = (name: string) =>
  name
    .replace(/[äöüÄÖÜß]/g, (c) => ASCII_FOR[c]!)
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/["\\]/g, '');

/** RFC 5987 value: encodeURIComponent leaves ' ( ) * as they are, which the grammar does not allow. */
const rfc5987 = (s: string) => encodeURIComponent(s).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** Download headers: the UTF-8 name (RFC 6266/5987) keeps umlauts, the plain `filename` is its ASCII fallback. */
export function attachment(res: Response, filename: string, contentType: string): Response {
  const clean = filename.replace(/[\r\n"\\/]/g, '');
  return res.set({
    'Content-Type': contentType,
    'Content-Disposition': `attachment; filename="${asciiFilename(clean)}"; filename*=UTF-8''${rfc5987(clean)}`,
    'Cache-Control': 'no-store',
  });
}
