/**
 * Clean-up of text extracted from PDF/DOCX so that the parser sees the law text as written: one Unicode form,
 * words re-joined across soft line-break hyphens, running page headers/footers and page numbers removed,
 * line breaks kept (a "§ 5" heading must stay on its own line).
 */

/** "Schrift-\nform" → "Schriftform"; not "Bundes-\nund Landesrecht", where the hyphen stands for an elided word. */
const SOFT_BREAK = /([a-zäöüß])-[ \t]*\n[ \t]*(?!(?:und|oder|bzw|sowie|bis)\b)([a-zäöüß])/g;
const PAGE_NUMBER = /^(?:[-–]\s*)?(?:Seite\s+)?\d{1,4}(?:\s*(?:von|\/)\s*\d{1,4})?(?:\s*[-–])?$/i;
/** Lines at the top/bottom of a page that can be running headers or footers. */
const EDGE_LINES = 3;

const shape = (line: string) => line.trim().replace(/\d+/g, '#');
/** Structure lines may open many pages; they are law text, never furniture. */
const STRUCTURE = /^(?:§|Art\.?\s|Artikel\s|\(\d|\d+[a-z]?\.\s|[a-z]{1,2}\)\s)/;

/** Removes lines that repeat at the top or bottom of at least half of the pages, and lone page numbers there. */
export function stripPageFurniture(pages: string[]): string[] {
  const split = pages.map((p) => p.split('\n'));
  const counts = new Map<string, number>();
  if (pages.length >= 3) {
    for (const lines of split) {
      const seen = new Set<string>();
      const nonEmpty = lines.map((l, i) => [l, i] as const).filter(([l]) => l.trim() !== '');
      for (const [l] of [...nonEmpty.slice(0, EDGE_LINES), ...nonEmpty.slice(-EDGE_LINES)]) seen.add(shape(l));
      for (const s of seen) counts.set(s, (counts.get(s) ?? 0) + 1);
    }
  }
  const repeated = (l: string) => !STRUCTURE.test(l.trim()) && (counts.get(shape(l)) ?? 0) >= Math.max(3, pages.length / 2);
  return split.map((lines) => {
    const idx = lines.map((l, i) => (l.trim() !== '' ? i : -1)).filter((i) => i >= 0);
    const edge = new Set([...idx.slice(0, EDGE_LINES), ...idx.slice(-EDGE_LINES)]);
    return lines.filter((l, i) => !(edge.has(i) && (PAGE_NUMBER.test(l.trim()) || repeated(l)))).join('\n');
  });
}

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
