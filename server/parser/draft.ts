import type { LawDocument, ParseWarning, Provision, Span } from '../contracts/document';
import { lawNameTable } from '../retrieval/law-names';
import { AMENDING, parseAmendments } from './amendments';
import { parseFrontMatter } from './front-matter';
import { findArticleHeadings, findSectionHeadings, type DraftHeading } from './draft-headings';
import { looksLikeTitle, OPEN_TITLE_END } from './headings';
import { findDraftParts } from './draft-parts';
import { provisionRef } from './outline';
import { findQuotes, unbalancedQuoteMarks } from './quotes';
import { parseParagraphs } from './structure';

/**
 * Parses a draft (plain text, Markdown, or text extracted from PDF/DOCX) into provisions:
 * - stand-alone drafts: "§ 1 Titel" / "§ 1\nTitel" sections with Absätze and enumerations;
 * - Artikelgesetze: each Artikel either enacts its own §§ (provisions with `article`), amends a law
 *   (instruction text as one provision with the quotations left out, plus the quoted new wording as
 *   provisions with `amendedWording`), or is plain text such as "Inkrafttreten".
 * Only the law text is parsed: cover, Vorblatt, Inhaltsübersicht, Begründung and Stellungnahmen are parts of
 * their own (draft-parts.ts), shown but not analysed.
 */

export interface DraftOptions {
  title?: string;
}

const STRONG_AMENDING = /wird\s+wie\s+folgt\s+(?:geändert|gefasst)|erh(?:ält|alten)\s+folgende\s+Fassung/;
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
    .replace(/(?<!\s)\s+(?:vom|in der Fassung)\s+\d[\s\S]*$/, '')
    .trim();
  return name ? lawName(name) : lawNamedIn(intro);
}

/**
 * The law an instruction names: "In § 7a Abs. 1 des Niedersächsischen Architektengesetzes in der Fassung vom …"
 * → "Niedersächsisches Architektengesetz" (or its abbreviation, when known).
 */
const NAMED_LAW =
  /\b(?:des|der)\s+((?:(?:\p{Lu}[\p{L}-]*|über|zum|zur|für|und|die|den|das|der|des|dem)\s+){0,8}?\p{Lu}[\p{L}-]*(?:gesetz(?:es)?|gesetzbuch(?:es|s)?|ordnung|verordnung|vertrag(?:es|s)?|statut(?:es|s)?))\s*(?:in\s+der\s+Fassung|vom\b|\(|,)/u;
export function lawNamedIn(instruction: string): string | undefined {
  const m = NAMED_LAW.exec(instruction.slice(0, 600));
  return m ? lawName(m[1]!) : undefined;
}

function lawName(name: string): string {
  const t = nominative(name);
  const known = KNOWN_LAWS.resolve(t) ?? KNOWN_LAWS.resolve(name);
  if (known) return known;
  if (t.length <= MAX_LAW_NAME) return t;
  return `${t.slice(0, t.lastIndexOf(' ', MAX_LAW_NAME - 1)).replace(/(?<![\s,;–-])[\s,;–-]+(?:und|oder|sowie|des|der|zur|zum|über)?$/, '')} …`;
}

/** Nouns of law titles that are neuter and take "-(e)s" in the genitive: Gesetz, Gesetzbuch, Buch, Recht … */
const NEUTER_LAW_NOUN = /(?:gesetz|gesetzbuch|buch|recht|statut|abkommen)$/i;

/**
 * The title in the nominative, the form in which laws are listed: "Niedersächsischen Gesetzes über …" (genitive,
 * as in "Änderung des …") → "Niedersächsisches Gesetz über …", "Achten Buches Sozialgesetzbuch" → "Achtes Buch
 * Sozialgesetzbuch", "Wettbewerbsregistergesetzes" → "Wettbewerbsregistergesetz"; feminine titles (Bauordnung,
 * Verfassung) keep their form.
 */
export function nominative(title: string): string {
  const m = /^(\p{Lu}\p{Ll}+)en\s+(\p{Lu}[\p{L}-]*?)(es|s)?(\s|$)/u.exec(title);
  if (m) {
    const neuter = m[3] !== undefined && NEUTER_LAW_NOUN.test(m[2]!);
    const noun = neuter ? m[2]! : m[2]! + (m[3] ?? '');
    return `${m[1]}${neuter ? 'es' : 'e'} ${noun}${m[4]}${title.slice(m[0].length)}`;
  }
  // "Akteneinsichts- und Informationszugangsgesetzes": the noun after the elided first part carries the case
  const n = /^((?:\p{Lu}[\p{L}-]*-\s+(?:und|oder|sowie)\s+)?\p{Lu}[\p{L}-]*?)(es|s)(\s|$)/u.exec(title);
  if (n && NEUTER_LAW_NOUN.test(n[1]!)) return `${n[1]}${n[3]}${title.slice(n[0].length)}`;
  return title;
}

/** Structure lines between §§ ("Zweiter Teil", "Abschnitt 2 – Verfahren", a Markdown heading that is not a §). */
const STRUCTURE_LINE =
  /^[ \t]*(?:#{1,6}[ \t]+(?!(?:\*\*)?§)[^\n]*|(?:(?:Erster|Zweiter|Dritter|Vierter|Fünfter|Sechster|Siebter|Achter|Neunter|Zehnter|\d+\.)[ \t]+)?(?:Teil|Abschnitt|Unterabschnitt|Kapitel)(?:[ \t]+[\dIVX]+[a-z]?)?(?:[ \t]*[-–:][^\n]*)?)[ \t]*$/gm;

/** Text of [start, end) with the quotations blanked: the instruction wording around old and new text. */
function outside(text: string, start: number, end: number, quotes: readonly Span[]): string {
  let s = '';
  let cur = start;
  for (const q of quotes) {
    if (q.start < start || q.end > end) continue;
    s += text.slice(cur, q.start) + ' ';
    cur = q.end;
  }
  return s + text.slice(cur, end);
}

/**
 * A § of a statute that amends other laws ("§ 87 Änderung von Rechtsvorschriften", the last § of a Bauordnung):
 * the § stays law text of this statute, only its quoted wording is new text of the law each Absatz names.
 * In an amending law written in §§ instead of Artikel (Bavarian style: "§ 1 Änderung des Bayerischen
 * Feuerwehrgesetzes", "§ 2 Inkrafttreten"), `asArticle` makes the § the draft's address of its changes, as an Artikel
 * is ("In § 1 Nummer 1 werden in Artikel 6 Absatz 2 …").
 */
function amendingSection(text: string, p: Provision, bodyStart: number, quotes: readonly Span[], extra: Partial<Provision>, asArticle: boolean): Provision[] {
  const inside = quotes.filter((q) => q.start >= bodyStart && q.end <= p.end);
  if (inside.length === 0 || !AMENDING.test(outside(text, bodyStart, p.end, inside))) return [p];
  const article = extra.article ?? (asArticle ? p.label : undefined);
  // the § is named like an Artikel ("Änderung des Bayerischen Feuerwehrgesetzes"); its intro names the law
  const ownLaw = asArticle ? targetLawOf(p.title, text.slice(bodyStart, Math.min(p.end, bodyStart + 600))) : undefined;
  const amended = p.paragraphs.flatMap((para, i) => {
    const targetLaw = lawNamedIn(text.slice(para.start, para.end)) ?? extra.targetLaw ?? ownLaw;
    const ctx = { idPrefix: `${p.id}-${i}-`, ...(article ? { article } : {}), ...(targetLaw ? { targetLaw } : {}) };
    return parseAmendments(text, para.start, para.end, quotes, ctx).provisions;
  });
  return [{ ...p, paragraphs: parseParagraphs(text, bodyStart, p.end, inside) }, ...amended];
}

function sectionProvisions(
  text: string,
  heads: DraftHeading[],
  end: number,
  idPrefix: string,
  extra: Partial<Provision>,
  quotes: readonly Span[],
  sectionsAsArticles = false,
): Provision[] {
  const from = heads[0]?.start ?? end;
  const breaks = [...text.slice(from, end).matchAll(STRUCTURE_LINE)].map((m) => from + m.index!);
  let b = 0;
  return heads.flatMap((h, i) => {
    const next = i + 1 < heads.length ? heads[i + 1]!.start : end;
    // a structure heading ends the § before it; its own text belongs to no provision
    while (b < breaks.length && breaks[b]! < h.bodyStart) b++;
    const stop = b < breaks.length && breaks[b]! < next ? breaks[b]! : next;
    const paragraphs = parseParagraphs(text, h.bodyStart, stop);
    const p: Provision = {
      id: `${idPrefix}p-${h.num}-${i}`,
      label: `§ ${h.num}`,
      title: h.title,
      start: h.start,
      end: Math.max(h.start, paragraphs.length > 0 ? paragraphs[paragraphs.length - 1]!.end : trimmedEnd(text, h.start, h.bodyStart)),
      ...extra,
      paragraphs,
    };
    return amendingSection(text, p, h.bodyStart, quotes, extra, sectionsAsArticles);
  });
}

interface ArticleRange {
  heading?: DraftHeading;
  start: number;
  bodyStart: number;
  end: number;
}

function parseArticle(text: string, a: ArticleRange, quotes: readonly Span[], skip: readonly Span[], docTitle: string): Provision[] {
  const article = a.heading ? `Artikel ${a.heading.num}` : undefined;
  const idPrefix = a.heading ? `a${a.heading.num}-` : '';
  const articleTitle = a.heading?.title ?? '';
  const end = trimmedEnd(text, a.bodyStart, a.end);
  const inside = quotes.filter((q) => q.start >= a.bodyStart && q.end <= end);
  const heads = findSectionHeadings(text, a.bodyStart, end, skip);
  // an enacting Artikel or a statute may quote terms and say "… ersetzt."; only an explicit instruction before its
  // first § makes it an amending Artikel (a statute whose last § amends other laws stays a statute)
  const amending =
    inside.length > 0 &&
    (heads.length === 0 ? AMENDING.test(outside(text, a.bodyStart, end, inside)) : STRONG_AMENDING.test(outside(text, a.bodyStart, heads[0]!.start, inside)));
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
    // a law without Artikel whose first § amends a law is an amending law written in §§ (Bavarian style)
    const sectionsAsArticles = !a.heading && /^Änderung\s+(?:des|der)\b/.test(heads[0]!.title);
    return sectionProvisions(text, heads, end, idPrefix, { ...(article ? { article } : {}), ...(targetLaw ? { targetLaw } : {}) }, quotes, sectionsAsArticles);
  }
  if (!a.heading) {
    return [{ id: 'p-0', label: '', title: '', start: a.bodyStart, end: Math.max(a.bodyStart, end), paragraphs: parseParagraphs(text, a.bodyStart, end) }];
  }
  return [{ id: `${idPrefix}p-0`, label: article!, title: articleTitle, start: a.start, end: Math.max(a.start, end), article: article!, paragraphs: parseParagraphs(text, a.bodyStart, end) }];
}

/** Unbalanced quotation marks in the law text, each with the provision and line where it stands. */
function quoteWarnings(text: string, law: Span, quotes: readonly Span[], provisions: readonly Provision[]): ParseWarning[] {
  return unbalancedQuoteMarks(text, quotes, law.start, law.end).map((at) => {
    const holder = provisions.filter((p) => at >= p.start && at < p.end).sort((a, b) => a.end - a.start - (b.end - b.start))[0];
    const line = text.slice(0, at).split('\n').length;
    const context = text.slice(Math.max(0, at - 30), at + 30).replace(/\s+/g, ' ').trim();
    const place = holder ? `${provisionRef(holder)}, Zeile ${line}` : `Zeile ${line}`;
    return {
      code: 'unbalanced_quote' as const,
      message: `Anführungszeichen ${text[at]} ohne Gegenstück (${place}): „…${context}…“. Der Text danach wurde möglicherweise nicht als neue Fassung erkannt; bitte prüfen Sie die Stelle.`,
      start: at,
      end: at + 1,
    };
  });
}

/** The first line plus the lines a wrapped title runs on to: after an open word (OPEN_TITLE_END) or an unclosed "(". */
function wrappedTitle(first: string, rest: string): string {
  let title = first;
  const lines = rest.split('\n');
  for (let i = 0; i < lines.length && i < 4; i++) {
    const next = lines[i]!.replace(/\*\*/g, '').trim();
    const open = (title.match(/\(/g) ?? []).length > (title.match(/\)/g) ?? []).length;
    if (next === '' || !(open || OPEN_TITLE_END.test(title) || /^\([A-ZÄÖÜ][\wÄÖÜäöüß-]*\)$/.test(next))) break;
    title = `${title} ${next}`;
  }
  return title;
}

/**
 * The draft's own title: its first line, if that reads like one (a Markdown heading, or a line such as
 * "Entwurf eines Gesetzes über …" followed by more text), with the lines it wraps onto. A pasted provision or
 * sentence is no title.
 */
function titleLine(text: string): string | undefined {
  const m = /^[ \t]*(#{1,6}[ \t]+)?(\S[^\n]*)$/m.exec(text);
  if (!m) return undefined;
  const line = m[2]!.replace(/\*\*/g, '').trim();
  const rest = text.slice(m.index + m[0].length).replace(/^\n/, '');
  if (m[1]) return wrappedTitle(line, rest) || undefined;
  const body = rest.trimStart();
  const opensBody = /^(?:§|Art(?:ikel|\.)\s*\d|\(\d|\d+[a-z]?\.\s|[a-z]{1,2}\)\s|[„»"])/;
  if (body === '' || /^[a-zäöüß]/.test(body) || opensBody.test(line) || /[.,;:]$/.test(line) || !looksLikeTitle(line)) return undefined;
  // a cover word above the title ("Entwurf", "Referentenentwurf") names no law; the line below it does
  if (/^(?:Referenten|Gesetz|Verordnungs)?[Ee]ntwurf$/.test(line)) return titleLine(body) ?? line;
  return wrappedTitle(line, rest);
}

export function parseDraft(source: string, opts: DraftOptions = {}): LawDocument {
  // offsets refer to the returned text, so Windows line ends are normalised once up front
  const text = source.includes('\r') ? source.replace(/\r\n?/g, '\n') : source;
  const fm = parseFrontMatter(text);
  const { parts, law, tables, title } = findDraftParts(text, fm.end);
  const quotes = findQuotes(text, law.start, law.end);
  // headings inside a quotation or an Inhaltsübersicht are no headings of this law
  const skip = tables.length === 0 ? quotes : [...quotes, ...tables].sort((a, b) => a.start - b.start);
  const articles = findArticleHeadings(text, law.start, law.end, skip);
  const docTitle = opts.title ?? (fm.data.title || fm.data.Title || title || titleLine(text.slice(law.start)) || '');

  const ranges: ArticleRange[] =
    articles.length === 0
      ? [{ start: law.start, bodyStart: law.start, end: law.end }]
      : articles.map((h, i) => ({ heading: h, start: h.start, bodyStart: h.bodyStart, end: i + 1 < articles.length ? articles[i + 1]!.start : law.end }));
  const provisions = ranges.flatMap((r) => parseArticle(text, r, quotes, skip, docTitle));

  // a statute uploaded whole ("Niedersächsische Bauordnung (NBauO)", § 1 …) is cited by its own abbreviation
  const own = articles.length === 0 ? ABBREVIATION.exec(docTitle)?.[1] : undefined;
  const abbreviation = opts.title ?? own ?? 'Entwurf';
  const doc: LawDocument = {
    id: abbreviation.toLowerCase().replace(/[^a-z0-9äöüß]+/g, '-').replace(/^-|-$/g, '') || 'entwurf',
    title: docTitle || abbreviation,
    abbreviation,
    jurisdiction: 'Entwurf',
    text,
    provisions,
    parts,
  };
  const warnings = quoteWarnings(text, law, quotes, provisions);
  if (warnings.length > 0) doc.warnings = warnings;
  return doc;
}
