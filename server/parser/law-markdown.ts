import { readFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import type { LawDocument, Provision, Span } from '../contracts/document';
import { parseFrontMatter } from './front-matter';
import { classifyHeading, MISSING_TITLE, OUTLINE_HEADING } from './headings';
import { canonicalAbbreviation, landStand, titleWithoutAbbreviation } from './law-identity';
import { parseParagraphs, withPlainSpaces } from './structure';

/**
 * Parses the two Markdown statute formats of the corpus:
 * - federal (bundestag/gesetze): front matter `Title`, `jurabk`, `slug`; a definition list with Ausfertigungsdatum,
 *   "Zuletzt geändert durch" …; headings of any level; Teil/Abschnitt headings are structure, not provisions;
 * - Niedersachsen excerpts: front matter `title`, `abbreviation`, `version_note`, `complete`; marker lines
 *   ("TEXT NICHT GEFUNDEN", "[…]") that must never be analysed as law.
 */

/** A Markdown heading, tried only where a line starts with "#" (found by indexOf, far faster than a /^…/gm scan). */
const HEADING = /(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/my;
/** Federal metadata entry: "Zuletzt geändert durch\n:   Art. 15 …" (value may continue on indented lines). */
const META_ENTRY = /^([^\n:#][^\n]*)\n:[ \t]+([^\n]*(?:\n[ \t]+\S[^\n]*)*)/gm;
const STAND_KEYS = ['Zuletzt geändert durch', 'Neugefasst durch', 'Neufassung durch', 'Geändert durch', 'Ausfertigungsdatum'];
/** Excerpt markers of the Niedersachsen files: whole marker lines (also "2. TEXT NICHT GEFUNDEN") and "[…]". */
const MARKERS = /^[ \t]*\d+[a-z]?\.[ \t]+\[(?:…|\.\.\.)\][ \t]*$|^[ \t]*(?:\d+[a-z]?\.(?:[ \t]+bis[ \t]+\d+[a-z]?\.)?[ \t]+)?TEXT NICHT GEFUNDEN\b[^\n]*|(?<![ \t])[ \t]*\[(?:…|\.\.\.)\]/gm;

export interface LawMarkdownOptions {
  /** Source path; its file stem (or folder name for ".../slug/index.md") is the last-resort id. */
  path?: string;
}

function fileStem(path: string | undefined): string | undefined {
  if (!path) return undefined;
  const base = basename(path).replace(/\.[^.]+$/, '');
  return base === 'index' ? basename(dirname(path)) : base;
}

/**
 * Footnote definitions of the federal Markdown ("[^BJNR…]:   Amtlicher Hinweis: …", continued on indented lines)
 * are editorial notes, not law text; so are reference marks that stand alone on a line.
 */
const FOOTNOTE = /\[\^[^\]\n]+\]:[^\n]*(?:\n[ \t]+\S[^\n]*)*|[ \t]*\[\^[^\]\n]+\][ \t]*$/my;

/** Tried only at lines whose first non-blank characters are "[^" (indexOf instead of a /^…/gm scan). */
function footnoteSpans(md: string): Span[] {
  const spans: Span[] = [];
  let done = 0;
  for (let q = md.indexOf('[^'); q >= 0; q = md.indexOf('[^', q + 2)) {
    if (q < done) continue;
    const lineStart = md.lastIndexOf('\n', q - 1) + 1;
    if (!onlyBlanks(md, lineStart, q)) continue;
    FOOTNOTE.lastIndex = lineStart;
    const m = FOOTNOTE.exec(md);
    if (!m) continue;
    spans.push({ start: lineStart, end: lineStart + m[0].length });
    done = lineStart + m[0].length;
  }
  return spans;
}

function onlyBlanks(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (s.charCodeAt(i) !== 32 && s.charCodeAt(i) !== 9) return false;
  return true;
}

interface Heading {
  level: number;
  text: string;
  start: number;
  bodyStart: number;
}

/** Markdown headings from `from` on (a line start): level, text, start and end of the heading line. */
function headings(md: string, from: number): Heading[] {
  const heads: Heading[] = [];
  const nextLine = (i: number) => {
    const nl = md.indexOf('\n#', i);
    return nl < 0 ? -1 : nl + 1;
  };
  for (let at = md.startsWith('#', from) ? from : nextLine(from); at >= 0; at = nextLine(at)) {
    HEADING.lastIndex = at;
    const m = HEADING.exec(md);
    if (m) heads.push({ level: m[1]!.length, text: m[2] ?? '', start: at, bodyStart: at + m[0].length });
  }
  return heads;
}

/** Only excerpt files carry markers; in federal text "[…]" is an omission the law itself quotes. */
function markerSpans(md: string, excerpt: boolean): Span[] {
  if (!md.includes('NICHT GEFUNDEN') && !(excerpt && (md.includes('[…]') || md.includes('[...]')))) return [];
  return [...md.matchAll(MARKERS)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
}

function federalStand(md: string, from: number, to: number): string | undefined {
  const meta = new Map<string, string>();
  for (const m of md.slice(from, to).matchAll(META_ENTRY)) meta.set(m[1]!.trim(), m[2]!.replace(/\s+/g, ' ').trim());
  for (const key of STAND_KEYS) {
    const v = meta.get(key);
    if (v) return `${key} ${v.replace(/;$/, '')}`;
  }
  return undefined;
}

const ANNEX_LABEL = /^(?:Anlage|Anhang)\b/;

interface Section {
  label: string;
  title: string;
  start: number;
  bodyStart: number;
  end: number;
}

function toProvision(md: string, s: Section, i: number, excluded: readonly Span[]): Provision {
  const paragraphs = parseParagraphs(md, s.bodyStart, s.end, excluded);
  // the provision ends with its last law text so that trailing marker lines and blank lines stay outside
  const end = paragraphs.length > 0 ? paragraphs[paragraphs.length - 1]!.end : Math.min(s.bodyStart, s.end);
  return {
    id: `p-${s.label.replace(/\W+/g, '') || 'x'}-${i}`,
    label: s.label,
    title: s.title,
    start: s.start,
    end: Math.max(end, s.start),
    paragraphs,
  };
}

export function parseLawMarkdown(source: string, opts: LawMarkdownOptions = {}): LawDocument {
  // offsets refer to the returned text, so Windows line ends are normalised once up front
  const md = withPlainSpaces(source.includes('\r') ? source.replace(/\r\n?/g, '\n') : source);
  const fm = parseFrontMatter(md);
  const d = fm.data;
  // the Land collection format (Niedersachsen and the other Länder): front matter with `abbreviation`
  const niedersachsen = 'abbreviation' in d || d.jurisdiction === 'Niedersachsen';
  const markers = markerSpans(md, niedersachsen || d.complete === 'false');
  const footnotes = footnoteSpans(md);
  const excluded = footnotes.length === 0 ? markers : [...markers, ...footnotes].sort((a, b) => a.start - b.start);

  const heads = headings(md, fm.end);
  // the first level-1 heading is the document title, not a provision
  const titleIdx = heads.findIndex((h) => h.level === 1);
  const h1 = titleIdx >= 0 ? heads[titleIdx] : undefined;
  const sectionHeads = titleIdx >= 0 ? heads.filter((_, i) => i !== titleIdx) : heads;
  const firstSection = sectionHeads.find((h) => h.start > (h1?.start ?? -1));

  const provisions: Provision[] = [];
  // parts of an Anlage under headings of their own ("A Anwendungsbereich") are cited as that Anlage
  let annex: string | undefined;
  sectionHeads.forEach((h, i) => {
    if (h1 && h.start < h1.start) return;
    const parts = classifyHeading(h.text);
    if (!parts) return;
    if (ANNEX_LABEL.test(parts.label)) annex = parts.label;
    else if (parts.label !== '' || OUTLINE_HEADING.test(parts.title)) annex = undefined;
    else if (annex) parts.label = annex;
    const end = i + 1 < sectionHeads.length ? sectionHeads[i + 1]!.start : md.length;
    // no object spread here: "{ ...parts, start, … }" takes V8's slow path and cost a tenth of the parse time
    const s: Section = { label: parts.label, title: parts.title, start: h.start, bodyStart: Math.min(h.bodyStart + 1, end), end };
    const p = toProvision(md, s, provisions.length, excluded);
    // unlabelled headings (Teil, Abschnitt, "I.") are structure unless law text follows them directly
    if (parts.label !== '' || p.paragraphs.length > 0) provisions.push(p);
  });

  const bodyStart = h1 ? Math.min(h1.bodyStart + 1, md.length) : fm.end;
  if (provisions.length === 0) {
    // a law without any heading (or only structure headings): its whole text is one unlabelled provision
    const metaEnd = lastMetaEnd(md, bodyStart, firstSection?.start ?? md.length);
    provisions.push(toProvision(md, { label: '', title: '', start: metaEnd, bodyStart: metaEnd, end: md.length }, 0, excluded));
  }

  const h1Title = h1?.text.replace(/(?<!\s)\s*\([^()]*\)\s*$/, '').trim();
  const h1Abbr = /\(([^()]+)\)\s*$/.exec(h1?.text ?? '')?.[1];
  const slug = d.slug ?? undefined;
  const abbreviation = canonicalAbbreviation(d.jurabk || d.abbreviation || h1Abbr || slug?.toUpperCase() || fileStem(opts.path) || 'Gesetz');
  const rawTitle = d.Title || d.title || h1Title || abbreviation;
  const title = rawTitle === MISSING_TITLE ? abbreviation : titleWithoutAbbreviation(rawTitle, abbreviation);

  const doc: LawDocument = {
    id: slug || d.abbreviation || d.jurabk || fileStem(opts.path) || abbreviation,
    title,
    abbreviation,
    // a statute of another Land keeps its own name out of the Niedersachsen views
    jurisdiction: !niedersachsen ? 'Bund' : !d.jurisdiction || d.jurisdiction === 'Niedersachsen' ? 'Niedersachsen' : 'Sonstige',
    text: md,
    provisions,
  };
  const stand = niedersachsen ? landStand(d) : federalStand(md, bodyStart, firstSection?.start ?? md.length);
  if (niedersachsen && d.jurisdiction && d.jurisdiction !== 'Niedersachsen') doc.land = d.jurisdiction;
  if (stand) doc.stand = stand;
  if (d.complete === 'false' || (niedersachsen && markers.length > 0)) doc.excerpt = true;
  return doc;
}

/** End of the federal metadata definition list (or `from` when there is none). */
function lastMetaEnd(md: string, from: number, to: number): number {
  let end = from;
  for (const m of md.slice(from, to).matchAll(META_ENTRY)) end = from + m.index! + m[0].length;
  return end;
}

export async function parseLawFile(path: string): Promise<LawDocument> {
  return parseLawMarkdown(await readFile(path, 'utf8'), { path });
}
