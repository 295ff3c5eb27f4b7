/**
 * Footnotes of PDF pages. Word and LibreOffice print a page's footnotes below its text, and pdf.js reads them in that
 * order: an Absatz that runs across the page break gets the footnote text in its middle ("… aus persönlichen Gründen
 * / 2Zuletzt geändert durch … / vorzeitig zurücktreten"), and the superscript reference stays glued to the word it
 * follows ("(GVBl. S. 198)2,"). A footnote is recognised by both halves on one page: a block of lines at the foot of
 * the page, its footnotes opening with consecutive numbers ("2Zuletzt …", "3 Jetzt: …"), and at least one of these
 * numbers glued to a word, a closing bracket or a sentence end in the text above (some drafters set a reference
 * apart: "innewohnt, 5 gewinnt"). Without a reference a numbered line is law text (a wrapped "Artikel\n5 Absatz 2 …"),
 * and stays.
 */

/** A line that opens a footnote: its number, then its text (capital, opening bracket or quote, or a word). */
const NOTE_START = /^[ \t]*(\d{1,3})(?!\d)[ \t]?(?=[\p{Lu}„"(]|\p{Ll}{2})/u;
/** A footnote runs to a few lines; beyond that the block would take law text with it. */
const MAX_BLOCK_LINES = 12;

/** The reference mark `n` glued to what it annotates: a word, a closing bracket or quote, or a sentence end after a word. */
const reference = (n: string) => new RegExp(`(?:(?<=\\p{Ll})|(?<=[)“])|(?<=\\p{Ll}{3}[.;,]))${n}(?=[\\s,.;:)]|$)`, 'u');

/** The first line of the footnote block at the foot of `lines` and the numbers it holds, or undefined. */
function footnoteBlock(lines: readonly string[]): { start: number; numbers: string[] } | undefined {
  let end = lines.length;
  while (end > 0 && lines[end - 1]!.trim() === '') end--;
  for (let start = Math.max(0, end - MAX_BLOCK_LINES); start < end; start++) {
    const first = NOTE_START.exec(lines[start]!)?.[1];
    if (first === undefined) continue;
    const numbers = [first];
    let ordered = true;
    for (let i = start + 1; i < end && ordered; i++) {
      const n = NOTE_START.exec(lines[i]!)?.[1];
      if (n === undefined) continue;
      if (Number(n) === Number(numbers[numbers.length - 1]) + 1) numbers.push(n);
      else ordered = false;
    }
    const above = lines.slice(0, start).join('\n');
    if (ordered && numbers.some((n) => reference(n).test(above))) return { start, numbers };
  }
  return undefined;
}

/** Each page without its footnote block and without the reference marks of those footnotes. */
export function stripFootnotes(pages: readonly string[]): string[] {
  return pages.map((page) => {
    const lines = page.split('\n');
    const block = footnoteBlock(lines);
    if (!block) return page;
    let text = lines.slice(0, block.start).join('\n');
    for (const n of block.numbers) text = text.replace(reference(n), '');
    return text;
  });
}
