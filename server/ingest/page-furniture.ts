/**
 * Running page headers and footers of PDF pages (pdf-parse gives the text per page). Drucksachen alternate them
 * between odd and even pages ("Drucksache 19/30399 – 2 – Deutscher Bundestag – 19. Wahlperiode" on even pages,
 * the mirror image on odd ones) and some print the same line as a header on one page and a footer on another
 * ("Drucksache 683/21" / "Drucksache 683/21 - 2 -"). A line left in the text splits Artikel headings from their
 * bodies, so the lines at the page edges are compared by their shape without page numbers and digits, counted
 * over all pages and over odd and even pages separately.
 */

/** A lone page number: "7", "- 7 -", "– 7 –", "-7-", "Seite 7", "Seite 7 von 12", "7/12". */
const PAGE_NUMBER = /^(?:[-–]\s*)?(?:Seite\s+)?\d{1,4}(?:\s*(?:von|\/)\s*\d{1,4})?(?:\s*[-–])?$/i;
/** A page number inside a header line ("Drucksache 19/30399 – 2 – Deutscher Bundestag"). */
const INLINE_PAGE_NUMBER = /(?:^|\s)[-–]\s?\d{1,4}\s?[-–](?=\s|$)|\bSeite\s+\d{1,4}(?:\s+von\s+\d{1,4})?/gi;
/** Lines at the top and bottom of a page that can be running headers or footers. */
const EDGE_LINES = 3;
/** Structure lines may open many pages; they are law text, never furniture. */
const STRUCTURE = /^(?:§|Art\.?\s|Artikel\s|\(\d|\d+[a-z]?\.\s|[a-z]{1,2}\)\s)/;

/**
 * The words of a line without page numbers and digits, in sorted order: the mirrored headers of odd and even pages
 * ("Drucksache 20/1 – 2 – Deutscher Bundestag" / "Deutscher Bundestag – 3 – Drucksache 20/1") share one shape.
 */
const shape = (line: string) =>
  line
    .replace(INLINE_PAGE_NUMBER, ' ')
    .replace(/\d+/g, '#')
    .split(/[\s–-]+/)
    .filter(Boolean)
    .sort()
    .join(' ');

function edgeIndexes(lines: string[]): number[] {
  const filled = lines.flatMap((l, i) => (l.trim() !== '' ? [i] : []));
  return [...new Set([...filled.slice(0, EDGE_LINES), ...filled.slice(-EDGE_LINES)])];
}

/** A line that ends a sentence or a clause is text, even when two pages happen to open with it. */
const CLAUSE_END = /[.;:,]$/;

/**
 * Two pages are too few to count repetitions: there a line is furniture only when both pages open (or both end) with
 * it and it ends no sentence, as a running header "Entwurf – Gesetz zur … (Stand: …)" does.
 */
function twoPageFurniture(split: string[][]): Set<string> {
  const furniture = new Set<string>();
  if (split.length !== 2) return furniture;
  const filled = split.map((lines) => lines.map((l) => l.trim()).filter((l) => l !== ''));
  for (const pick of [(ls: string[]) => ls[0], (ls: string[]) => ls[ls.length - 1]]) {
    const [a, b] = filled.map((ls) => pick(ls) ?? '');
    if (a && b && shape(a) === shape(b) && !STRUCTURE.test(a) && !CLAUSE_END.test(a) && !CLAUSE_END.test(b)) furniture.add(shape(a));
  }
  return furniture;
}

/** Removes lines that repeat at the page edges (over all pages, or over the odd or the even pages) and lone page numbers there. */
export function stripPageFurniture(pages: string[]): string[] {
  const split = pages.map((p) => p.split('\n'));
  const all = new Map<string, number>();
  const byParity = [new Map<string, number>(), new Map<string, number>()];
  if (pages.length >= 3) {
    split.forEach((lines, page) => {
      for (const s of new Set(edgeIndexes(lines).map((i) => shape(lines[i]!)))) {
        if (s === '') continue;
        all.set(s, (all.get(s) ?? 0) + 1);
        byParity[page % 2]!.set(s, (byParity[page % 2]!.get(s) ?? 0) + 1);
      }
    });
  }
  const parityPages = [Math.ceil(pages.length / 2), Math.floor(pages.length / 2)];
  const twoPages = twoPageFurniture(split);
  const repeated = (l: string, page: number) => {
    if (STRUCTURE.test(l.trim())) return false;
    const s = shape(l);
    if (twoPages.has(s)) return true;
    const p = page % 2;
    return (all.get(s) ?? 0) >= Math.max(3, pages.length / 2) || (byParity[p]!.get(s) ?? 0) >= Math.max(2, parityPages[p]! / 2);
  };
  return split.map((lines, page) => {
    const edge = new Set(edgeIndexes(lines));
    return lines.filter((l, i) => !(edge.has(i) && (PAGE_NUMBER.test(l.trim()) || repeated(l, page)))).join('\n');
  });
}
