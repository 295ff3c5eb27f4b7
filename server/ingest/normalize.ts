/**
 * Clean-up of text extracted from PDF/DOCX so that the parser sees the law text as written: one Unicode form,
 * words re-joined across soft line-break hyphens, line breaks kept (a "§ 5" heading must stay on its own line).
 * Page headers and footers are removed per page before (page-furniture.ts).
 */

/** "Schrift-\nform" → "Schriftform"; not "Bundes-\nund Landesrecht", where the hyphen stands for an elided word. */
const SOFT_BREAK = /([a-zäöüß])-[ \t]*\n[ \t]*(?!(?:und|oder|bzw|sowie|bis)\b)([a-zäöüß])/g;

export function normalizeExtracted(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/\u00ad/g, '')
    .replace(/[\f\v\u2028\u2029]/g, '\n')
    .replace(/\u00a0/g, ' ')
    .replace(SOFT_BREAK, '$1$2')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
