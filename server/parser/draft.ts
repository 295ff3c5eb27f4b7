import type { LawDocument, Provision, Span } from '../contracts/document';
import { lawNameTable } from '../retrieval/law-names';
import { AMENDING, parseAmendments } from './amendments';
import { parseFrontMatter } from './front-matter';
import { findArticleHeadings, findSectionHeadings, type DraftHeading } from './draft-headings';
import { looksLikeTitle } from './headings';
import { findQuotes } from './quotes';
import { parseParagraphs } from './structure';

/**
 * Parses a draft (plain text, Markdown, or text extracted from PDF/DOCX) into provisions:
 * - stand-alone drafts: "§ 1 Titel" / "§ 1\nTitel" sections with Absätze and enumerations;
 * - Artikelgesetze: each Artikel either enacts its own §§ (provisions with `article`), amends a law
 *   (instruction text as one provision with the quotations left out, plus the quoted new wording as
 *   provisions with `amendedWording`), or is plain text such as "Inkrafttreten".
 * Everything after a "Begründung" heading is explanatory memorandum, not law text, and is not analysed.
 */

export interface DraftOptions {
  title?: string;
}

const STRONG_AMENDING = /wird\s+wie\s+folgt\s+(?:geändert|gefasst)|erh(?:ält|alten)\s+folgende\s+Fassung/;
const BEGRUENDUNG = /^[ \t]*(?:#{1,6}[ \t]+)?(?:\*\*)?(?:[A-Z]\.[ \t]+)?Begründung(?:\*\*)?[ \t]*:?[ \t\r]*$/m;
const ABBREVIATION = /\(([A-ZÄÖÜ][A-Za-zÄÖÜäöüß0-9-]*)\)/;

function trimmedEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end;
}

/** Abbreviations of the laws drafters amend most (NVwVfG, NDIG, NKomVG, …), looked up by their titles. */
const KNOWN_LAWS = lawNameTable([]);
/** Longer law titles are cut at a word boundary: the citation must stay readable in reports and tables. */
const MAX_LAW_NAME = 90;

/**
 * The amended law: abbreviation in parentheses in the Artikel title or the intro sentence, else the abbreviation
 * of a known law of that title, else the title in the nominative, without date and gazette citation.
 */
function targetLawOf(title: string, intro: string): string | undefined {
  const fromTitle = ABBREVIATION.exec(title)?.[1];
  if (fromTitle) return fromTitle;
  const fromIntro = /^[^\n]{0,300}?\(([A-ZÄÖÜ][A-Za-zÄÖÜäöüß0-9-]*)\)[^\n]{0,80}?\bvom\b/.exec(intro.trimStart())?.[1];
  if (fromIntro) return fromIntro;
  const name = title
    .replace(/^(?:Entwurf\s+(?:eines|einer)\s+)?(?:(?:Gesetz|Gesetzes|Verordnung)\s+zur\s+)?(?:Änderung|Neufassung)\s+(?:des|der|von)\s+/, '')
    .replace(/\s+(?:vom|in der Fassung)\s+\d[\s\S]*$/, '')
    .trim();
  if (!name) return undefined;
  const t = nominative(name);
  const known = KNOWN_LAWS.resolve(t) ?? KNOWN_LAWS.resolve(name);
  if (known) return known;
  if (t.length <= MAX_LAW_NAME) return t;
  return `${t.slice(0, t.lastIndexOf(' ', MAX_LAW_NAME - 1)).replace(/[\s,;–-]+(?:und|oder|sowie|des|der|zur|zum|über)?$/, '')} …`;
}

/**
 * "Niedersächsischen Gesetzes über …" (genitive, as in "Änderung des …") → "Niedersächsisches Gesetz über …",
 * the form in which laws are listed; "-(e)s" nouns are neuter, the others (Bauordnung, Verfassung) feminine.
 */
function nominative(title: string): string {
  const m = /^(\p{Lu}\p{Ll}+)en\s+(\p{Lu}[\p{L}-]*?)(es|s)?(\s|$)/u.exec(title);
  if (!m) return title;
  const neuter = m[3] !== undefined && /(?:gesetz|recht|statut|abkommen)$/i.test(m[2]!);
  const noun = neuter ? m[2]! : m[2]! + (m[3] ?? '');
  return `${m[1]}${neuter ? 'es' : 'e'} ${noun}${m[4]}${title.slice(m[0].length)}`;
}

/** Structure lines between §§ ("Zweiter Teil", "Abschnitt 2 – Verfahren", a Markdown heading that is not a §). */
const STRUCTURE_LINE =
  /^[ \t]*(?:#{1,6}[ \t]+(?!(?:\*\*)?§)[^\n]*|(?:(?:Erster|Zweiter|Dritter|Vierter|Fünfter|Sechster|Siebter|Achter|Neunter|Zehnter|\d+\.)[ \t]+)?(?:Teil|Abschnitt|Unterabschnitt|Kapitel)(?:[ \t]+[\dIVX]+[a-z]?)?(?:[ \t]*[-–:][^\n]*)?)[ \t]*$/gm;

function sectionProvisions(text: string, heads: DraftHeading[], end: number, idPrefix: string, extra: Partial<Provision>): Provision[] {
  const from = heads[0]?.start ?? end;
  const breaks = [...text.slice(from, end).matchAll(STRUCTURE_LINE)].map((m) => from + m.index!);
  let b = 0;
  return heads.map((h, i) => {
    const next = i + 1 < heads.length ? heads[i + 1]!.start : end;
    // a structure heading ends the § before it; its own text belongs to no provision
    while (b < breaks.length && breaks[b]! < h.bodyStart) b++;
    const stop = b < breaks.length && breaks[b]! < next ? breaks[b]! : next;
    const paragraphs = parseParagraphs(text, h.bodyStart, stop);
    return {
      id: `${idPrefix}p-${h.num}-${i}`,
      label: `§ ${h.num}`,
      title: h.title,
      start: h.start,
      end: Math.max(h.start, paragraphs.length > 0 ? paragraphs[paragraphs.length - 1]!.end : trimmedEnd(text, h.start, h.bodyStart)),
      ...extra,
      paragraphs,
    };
  });
}

interface ArticleRange {
  heading?: DraftHeading;
  start: number;
  bodyStart: number;
  end: number;
}

function parseArticle(text: string, a: ArticleRange, quotes: readonly Span[], docTitle: string): Provision[] {
  const article = a.heading ? `Artikel ${a.heading.num}` : undefined;
  const idPrefix = a.heading ? `a${a.heading.num}-` : '';
  const articleTitle = a.heading?.title ?? '';
  const end = trimmedEnd(text, a.bodyStart, a.end);
  const inside = quotes.filter((q) => q.start >= a.bodyStart && q.end <= end);
  const outsideText = (() => {
    let s = '';
    let cur = a.bodyStart;
    for (const q of inside) {
      s += text.slice(cur, q.start) + ' ';
      cur = q.end;
    }
    return s + text.slice(cur, end);
  })();

  const heads = findSectionHeadings(text, a.bodyStart, end, quotes);
  // an enacting Artikel may quote terms and say "… ersetzt."; only an explicit instruction overrides its §§
  const amending = inside.length > 0 && (heads.length === 0 ? AMENDING.test(outsideText) : STRONG_AMENDING.test(outsideText));
  if (amending) {
    const targetLaw = targetLawOf(a.heading ? articleTitle : docTitle, text.slice(a.bodyStart, Math.min(end, a.bodyStart + 600)));
    const ctx = { idPrefix, ...(article ? { article } : {}), ...(targetLaw ? { targetLaw } : {}) };
    const amended = parseAmendments(text, a.bodyStart, end, quotes, ctx);
    const instruction: Provision = {
      id: `${idPrefix}p-instr`,
      label: article ?? '',
      title: articleTitle,
      start: a.start,
      end: Math.max(a.start, end),
      ...(article ? { article } : {}),
      paragraphs: parseParagraphs(text, a.bodyStart, end, amended.quotes),
    };
    return [instruction, ...amended.provisions];
  }

  if (heads.length > 0) {
    // an Artikel that enacts a law of its own ("Artikel 1 Niedersächsisches Gesetz über … (NXG)  § 1 …")
    const targetLaw = a.heading ? ABBREVIATION.exec(articleTitle)?.[1] ?? (articleTitle || undefined) : undefined;
    return sectionProvisions(text, heads, end, idPrefix, { ...(article ? { article } : {}), ...(targetLaw ? { targetLaw } : {}) });
  }
  if (!a.heading) {
    return [{ id: 'p-0', label: '', title: '', start: a.bodyStart, end: Math.max(a.bodyStart, end), paragraphs: parseParagraphs(text, a.bodyStart, end) }];
  }
  return [{ id: `${idPrefix}p-0`, label: article!, title: articleTitle, start: a.start, end: Math.max(a.start, end), article: article!, paragraphs: parseParagraphs(text, a.bodyStart, end) }];
}

/**
 * Start of the explanatory memorandum: a "Begründung" heading line after the first Artikel or § heading
 * (a cover sheet before the law text may mention it too).
 */
function begruendungAt(text: string): number {
  const first = /^[ \t]*(?:#{1,6}[ \t]+)?(?:\*\*)?(?:Artikel[ \t]+\d|§[ \t]*\d)/m.exec(text)?.index ?? 0;
  const re = new RegExp(BEGRUENDUNG.source, 'gm');
  re.lastIndex = first;
  return re.exec(text)?.index ?? text.length;
}

/**
 * The draft's own title: its first line, if that reads like one (a Markdown heading, or a line such as
 * "Entwurf eines Gesetzes über …" followed by more text). A pasted provision or sentence is no title.
 */
function titleLine(text: string): string | undefined {
  const m = /^[ \t]*(#{1,6}[ \t]+)?(\S[^\n]*)$/m.exec(text);
  if (!m) return undefined;
  const line = m[2]!.replace(/\*\*/g, '').trim();
  if (m[1]) return line || undefined;
  const rest = text.slice(m.index + m[0].length).trimStart();
  const opensBody = /^(?:§|Art(?:ikel|\.)\s*\d|\(\d|\d+[a-z]?\.\s|[a-z]{1,2}\)\s|[„"])/;
  if (rest === '' || /^[a-zäöüß]/.test(rest) || opensBody.test(line) || /[.,;:!?]$/.test(line) || !looksLikeTitle(line)) return undefined;
  // a cover word above the title ("Entwurf", "Referentenentwurf") names no law; the line below it does
  if (/^(?:Referenten|Gesetz|Verordnungs)?[Ee]ntwurf$/.test(line)) return titleLine(rest) ?? line;
  return line;
}

export function parseDraft(source: string, opts: DraftOptions = {}): LawDocument {
  // offsets refer to the returned text, so Windows line ends are normalised once up front
  const text = source.includes('\r') ? source.replace(/\r\n?/g, '\n') : source;
  const fm = parseFrontMatter(text);
  const lawEnd = begruendungAt(text);
  const quotes = findQuotes(text, 0, lawEnd);
  const articles = findArticleHeadings(text, 0, lawEnd, quotes);
  const docTitle = opts.title ?? (fm.data.title || fm.data.Title || titleLine(text.slice(fm.end)) || '');

  const ranges: ArticleRange[] =
    articles.length === 0
      ? [{ start: fm.end, bodyStart: fm.end, end: lawEnd }]
      : articles.map((h, i) => ({ heading: h, start: h.start, bodyStart: h.bodyStart, end: i + 1 < articles.length ? articles[i + 1]!.start : lawEnd }));
  const provisions = ranges.flatMap((r) => parseArticle(text, r, quotes, docTitle));

  const abbreviation = opts.title ?? 'Entwurf';
  return {
    id: abbreviation.toLowerCase().replace(/[^a-z0-9äöüß]+/g, '-').replace(/^-|-$/g, '') || 'entwurf',
    title: docTitle || abbreviation,
    abbreviation,
    jurisdiction: 'Entwurf',
    text,
    provisions,
  };
}
