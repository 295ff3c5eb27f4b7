import type { Span } from '../contracts/document';
import { looksLikeTitle, OPEN_TITLE_END } from './headings';
import { quoteAt } from './quotes';

/**
 * Headings of plain-text and Markdown drafts: "§ 5 Titel", "§ 5" with the title on the next line (as PDF
 * extraction yields), "## § 5 Titel", and "Artikel 1" with its title on the same or the following line(s).
 * A line starting with "§ 5" can also be wrapped running text; only lines that read like headings count.
 */

export interface DraftHeading {
  /** "5a" for "§ 5a", "1" for "Artikel 1". */
  num: string;
  title: string;
  /** Start of the heading line, end of the heading (after the title line, if on its own line). */
  start: number;
  bodyStart: number;
}

const SECTION_LINE = /^[ \t]*(#{1,6}[ \t]+)?(?:\*\*)?§[ \t]*(\d+[a-z]?)\.?(?:\*\*)?(?:[ \t]+(.*?))?[ \t\r]*$/gm;
const ARTICLE_LINE = /^[ \t]*(#{1,6}[ \t]+)?(?:\*\*)?Artikel[ \t]+(\d+[a-z]?)(?:\*\*)?(?:[ \t]*[-–:]?[ \t]+(.*?))?[ \t\r]*$/gm;
/** Lines that begin a body rather than continue a heading. */
const BODY_START = /^(?:(?:Das|Die|Der|Dem|Den|Des|In|Im|Nach|Dieses|Diese|Dieser|Es|Für|Soweit|Wer)\b|§|„|»|"|\(|\d+[a-z]?\.|[a-z]{1,2}\))/;

interface Line {
  text: string;
  start: number;
  end: number;
}

/** The line starting at `from` (or the next one), skipping nothing. */
function lineAt(text: string, from: number, end: number): Line | undefined {
  if (from >= end) return undefined;
  const nl = text.indexOf('\n', from);
  const stop = nl < 0 || nl > end ? end : nl;
  return { text: text.slice(from, stop).replace(/\r$/, ''), start: from, end: stop };
}

/** Next non-blank line after offset `from` (which points at a line end), and whether a blank line came first. */
function nextLine(text: string, from: number, end: number): { line: Line; afterBlank: boolean } | undefined {
  let pos = from;
  let blank = false;
  for (;;) {
    if (pos < end && text[pos] === '\n') pos++;
    const line = lineAt(text, pos, end);
    if (!line) return undefined;
    if (line.text.trim() !== '') return { line, afterBlank: blank };
    blank = true;
    pos = line.end;
    if (pos >= end) return undefined;
  }
}

/**
 * True when the line before `at` is blank or missing, ends a sentence or heading, or is itself a heading line
 * ("Artikel 2", a one-word title such as "Inkrafttreten"). Wrapped prose ends mid-sentence instead.
 */
export function afterBreak(text: string, at: number, from: number): boolean {
  let k = at - 1;
  if (k >= from && text[k] === '\n') k--;
  while (k >= from && (text[k] === ' ' || text[k] === '\t' || text[k] === '\r')) k--;
  if (k < from || text[k] === '\n') return true;
  if (/[.:;!?“”"»)\]*#]/.test(text[k]!)) return true;
  const prevStart = Math.max(from, text.lastIndexOf('\n', k) + 1);
  const prev = text.slice(prevStart, k + 1).trim();
  return /^(?:#{1,6}\s+)?(?:\*\*)?Artikel\s+\d+[a-z]?$/.test(prev) || /^[A-ZÄÖÜ][\wäöüß-]*$/.test(prev) || STRUCTURE_HEADING.test(prev) || titleBlock(text, prevStart, prev, from);
}

/** "Kapitel 11", "Abschnitt 2", "Zweiter Teil": a heading that groups §§; the line below it may be its title. */
const STRUCTURE_HEADING =
  /^(?:#{1,6}\s+)?(?:(?:Erster|Zweiter|Dritter|Vierter|Fünfter|Sechster|Siebter|Achter|Neunter|Zehnter|\d+\.)\s+)?(?:Buch|Teil|Kapitel|Abschnitt|Unterabschnitt|Titel)(?:\s+[\dIVX]+[a-z]?)?$/;

/**
 * The draft's title line directly above "§ 1" ("Gesetz über die Fischerei"): a line of its own after a blank
 * line or the start, beginning upper-case and ending in a noun or ")". Wrapped prose ends in "nach", "des" ….
 */
function titleBlock(text: string, lineStart: number, line: string, from: number): boolean {
  if (line.length > 200 || !/^[A-ZÄÖÜ]/.test(line) || !/(?:\s[A-ZÄÖÜ][\wäöüß-]*|\))$/.test(line)) return false;
  let k = lineStart - 1;
  if (k < from) return true;
  k--;
  while (k >= from && (text[k] === ' ' || text[k] === '\t' || text[k] === '\r')) k--;
  if (k < from || text[k] === '\n') return true;
  // the title of a structure heading: "Kapitel 11\nDigitale Verfahren\n§ 110"
  return STRUCTURE_HEADING.test(text.slice(Math.max(from, text.lastIndexOf('\n', k) + 1), k + 1).trim());
}

const cleanLine = (s: string) => s.trim().replace(/^#{1,6}\s+/, '').replace(/\*\*/g, '').trim();

/**
 * A stand-alone title line below a bare "§ 5" / "Artikel 1" line, or the rest of a title wrapped after an open
 * word (`continues`: "Änderung des Gesetzes über das Verfahren in Familiensachen und in den" / "Angelegenheiten …").
 */
function titleLine(text: string, line: Line, end: number, maxLength: number, continues = false): boolean {
  const t = cleanLine(line.text);
  // "(NMarktG)" wrapped onto a line of its own still belongs to the title
  if (/^\([A-ZÄÖÜ][\wÄÖÜäöüß-]*\)$/.test(t)) return true;
  if (t.length > maxLength || /[.,;:]$/.test(t)) return false;
  if (!(continues && /^[a-zäöüß]/.test(t)) && (BODY_START.test(t) || !looksLikeTitle(t))) return false;
  // prose wraps onto a line that starts in lower case; a title line does so only after an open word, or as the
  // long title of an amending Artikel ("Änderung des Gesetzes über … in den Angelegenheiten" / "der freiwilligen …")
  const following = nextLine(text, line.end, end);
  const wraps = OPEN_TITLE_END.test(t) || (maxLength > 120 && ARTICLE_TITLE.test(t));
  return !(following && !following.afterBlank && /^[a-zäöüß]/.test(following.line.text.trim()) && !wraps);
}

/** How the title of an Artikel of a Mantelgesetz begins. */
const ARTICLE_TITLE = /^(?:Änderung|Aufhebung|Neufassung|Folgeänderung|Einschränkung|Außerkrafttreten|Inkrafttreten)\b/;

/** True when only white space separates `at` from the end of a skipped span (an Inhaltsübersicht, a quotation). */
function afterSkipped(text: string, skip: readonly Span[], at: number): boolean {
  const i = quoteAt(skip, at - 1);
  const before = i >= 0 ? skip[i]! : skip.findLast((s) => s.end <= at);
  return before !== undefined && text.slice(before.end, at).trim() === '';
}

function headings(re: RegExp, text: string, start: number, end: number, skip: readonly { start: number; end: number }[], multiLineTitle: boolean): DraftHeading[] {
  const out: DraftHeading[] = [];
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(re)) {
    const at = start + m.index!;
    if (quoteAt(skip, at) >= 0) continue;
    const markdown = Boolean(m[1]);
    const rest = (m[3] ?? '').replace(/\*\*/g, '').trim();
    if (!markdown && !afterBreak(text, at, start) && !afterSkipped(text, skip, at)) continue;
    if (rest !== '' && !looksLikeTitle(rest)) continue;
    let title = rest;
    let bodyStart = at + m[0].length;
    // an Artikel title on the heading line continues where it was wrapped ("Änderung des Niedersächsischen")
    if (rest === '' || (multiLineTitle && OPEN_TITLE_END.test(rest))) {
      const continues = () => multiLineTitle && title !== '' && (OPEN_TITLE_END.test(title) || ARTICLE_TITLE.test(title));
      for (let next = nextLine(text, bodyStart, end); next && titleLine(text, next.line, end, multiLineTitle ? 250 : 120, continues()); next = nextLine(text, bodyStart, end)) {
        // further lines continue only an Artikel title, without a blank line, until it is closed by ")" or "."
        if (title !== '' && (!multiLineTitle || next.afterBlank || /[).]$/.test(title) || title.length >= 250)) break;
        title = title ? `${title} ${cleanLine(next.line.text)}` : cleanLine(next.line.text);
        bodyStart = next.line.end;
      }
    }
    out.push({ num: m[2]!, title, start: at, bodyStart: Math.min(bodyStart + (text[bodyStart] === '\n' ? 1 : 0), end) });
  }
  return out;
}

/** "§ N" headings in [start, end), outside the `skip` spans (sorted quotes). */
export function findSectionHeadings(text: string, start: number, end: number, skip: readonly Span[] = []): DraftHeading[] {
  return headings(SECTION_LINE, text, start, end, skip, false);
}

/** "Artikel N" headings in [start, end), outside the `skip` spans; titles may wrap over several lines. */
export function findArticleHeadings(text: string, start: number, end: number, skip: readonly Span[] = []): DraftHeading[] {
  return headings(ARTICLE_LINE, text, start, end, skip, true);
}
