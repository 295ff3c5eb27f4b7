import type { DocumentPart, Span } from '../contracts/document';

/**
 * The parts of a draft or Drucksache around its law text: cover and Vorblatt ("A. Problem und Ziel" …
 * "F. Weitere Kosten"), a covering letter of a Bundesrat or Landtag Drucksache, the Inhaltsübersicht, the
 * Begründung (Allgemeiner Teil, Besonderer Teil per Artikel or §), the Stellungnahme des Bundesrates or of the
 * Normenkontrollrat, the Gegenäußerung and a Synopse. Only the law text is checked; the rest is shown as what it
 * is. The law text starts at the title block above the Eingangsformel ("Der Bundestag hat das folgende Gesetz
 * beschlossen:") or, without one, at the dated title block above the first Artikel or § heading after the Vorblatt,
 * else at that heading.
 */

export interface DraftParts {
  parts: DocumentPart[];
  /** Where the law text lies; headings and provisions are looked for only here. */
  law: Span;
  /** Inhaltsübersichten inside the law text: no heading and no finding comes from them. */
  tables: Span[];
  /** The law's title from the title block above the Eingangsformel (or the first heading), on one line. */
  title?: string;
}

const VORBLATT = /^[ \t]*A\.?[ \t]+(?:Problem(?:[ \t]+und[ \t]+Ziel)?|Zielsetzung|Problem[ \t]+und[ \t]+Regelungsbedürfnis|Ausgangslage)\b[^\n]*$/m;
const VORBLATT_SOLUTION = /^[ \t]*B\.?[ \t]+Lösung\b/m;
/** "Der Bundestag hat (mit Zustimmung des Bundesrates) das folgende Gesetz beschlossen:", also wrapped over lines. */
const EINGANGSFORMEL =
  /^[ \t]*(?:Der|Die|Das)[ \t]+(?:Deutsche[ \t]+|Niedersächsische[ \t]+)?(?:Bundestag|Landtag|Bürgerschaft|Abgeordnetenhaus|Senat|Landesregierung|Volk)\b[\s\S]{0,200}?(?:\bbeschlossen|\bverordnet)[ \t]*:[ \t]*$/m;
/** Lines that end a Vorblatt: the cover sheet again, a covering letter, the Anlage holding the law. */
const COVER_BREAK =
  /^[ \t]*(?:B\s?u\s?n\s?d\s?e\s?s\s?r\s?a\s?t\b|Deutscher[ \t]+Bundestag\b|Niedersächsischer[ \t]+Landtag\b|(?:Der|Die)[ \t]+(?:Präsident|Präsidentin|Ministerpräsident|Ministerpräsidentin|Bundeskanzler|Bundeskanzlerin|Erste[ \t]+Bürgermeister)\b|Sehr[ \t]+geehrte|Anlage[ \t]*\d*[ \t]*$|Gesetzesantrag\b|Gesetzentwurf\b)/m;
/** First line of the title block above the Eingangsformel. */
const TITLE_START = /^[ \t]*(?:Entwurf[ \t]+(?:eines|einer)\b|(?:(?:Erstes|Zweites|Drittes|Viertes|Fünftes)[ \t]*)?(?:Landes)?Gesetz\b|Verordnung\b|Staatsvertrag\b|[A-ZÄÖÜ][\wäöüß-]*(?:gesetz|verordnung|ordnung)\b)/;
const VOM_LINE = /^[ \t]*Vom\b[^\n]{0,40}$/;
/**
 * The heading line of a draft's Begründung ("Begründung", "B. Begründung", "II. Begründung", "**Begründung:**",
 * "Begründung zum Gesetzentwurf"). Only a draft or law may follow "Begründung": "Begründung des Dienstverhältnisses"
 * is a § title.
 */
export const BEGRUENDUNG =
  /^[ \t]*(?:#{1,6}[ \t]+)?(?:\*\*)?(?:(?:[A-Z]|[IVX]+|\d{1,2})\.[ \t]+)?Begründung(?:[ \t]+(?:zum|zu[ \t]+dem|des|der|zur)[ \t]+(?:Gesetzentwurfs?|Entwurfs?|Gesetz(?:es)?|Verordnungsentwurfs?|Verordnung|Änderungsgesetz(?:es)?))?(?:\*\*)?[ \t]*:?[ \t\r]*$/m;
const FIRST_HEADING = /^[ \t]*(?:#{1,6}[ \t]+)?(?:\*\*)?(?:Artikel[ \t]+\d|§[ \t]*\d)/m;
const TOC = /^[ \t]*(?:#{1,6}[ \t]+)?(?:\*\*)?Inhalts(?:übersicht|verzeichnis)(?:\*\*)?[ \t]*:?[ \t]*$/m;
const TOC_ENTRY = /^[ \t]*(?:#{1,6}[ \t]+)?(?:\*\*)?((?:Artikel|§|Teil|Kapitel|Abschnitt)[ \t]*\d+[a-z]?)\b/m;

/** Parts after the Begründung, and the Begründung's own sections. */
const TAIL_PARTS: { re: RegExp; kind: DocumentPart['kind']; title: (m: RegExpExecArray) => string }[] = [
  {
    re: /^[ \t]*(?:Anlage[ \t]+\d+[ \t]*\n[ \t]*)?Stellungnahme[ \t]+des[ \t]+(Bundesrate?s|Nationalen[ \t]+Normenkontrollrate?s|Normenkontrollrate?s)\b[^\n]*$/gm,
    kind: 'stellungnahme',
    title: (m) => `Stellungnahme des ${m[1]!.replace(/\s+/g, ' ')}`,
  },
  { re: /^[ \t]*(?:Anlage[ \t]+\d+[ \t]*\n[ \t]*)?Gegenäußerung[ \t]+der[ \t]+Bundesregierung\b[^\n]*$/gm, kind: 'gegenaeusserung', title: () => 'Gegenäußerung der Bundesregierung' },
  { re: /^[ \t]*(?:Anlage[ \t]+\d+[ \t]*\n[ \t]*)?Synopse\b[^\n]*$/gm, kind: 'synopse', title: () => 'Synopse' },
];
const BEGRUENDUNG_SECTIONS: { re: RegExp; title: (m: RegExpExecArray) => string; article?: boolean; section?: boolean }[] = [
  { re: /^[ \t]*(?:(?:[A-Z]\.|[IVX]+\.)[ \t]*)?Allgemeiner[ \t]+Teil\b[^\n]*$/gm, title: () => 'Begründung – Allgemeiner Teil' },
  { re: /^[ \t]*(?:(?:[A-Z]\.|[IVX]+\.)[ \t]*)?Besonderer[ \t]+Teil\b[^\n]*$/gm, title: () => 'Begründung – Besonderer Teil' },
  { re: /^[ \t]*Zu[ \t]+Artikel[ \t]+(\d+[a-z]?)\b[^\n]*$/gm, title: (m) => `Begründung – Zu Artikel ${m[1]}`, article: true },
  { re: /^[ \t]*Zu[ \t]+§[ \t]*(\d+[a-z]?)\b[^\n]*$/gm, title: (m) => `Begründung – Zu § ${m[1]}`, section: true },
];

const lineStart = (text: string, at: number) => text.lastIndexOf('\n', at - 1) + 1;
const letters = (s: string) => (s.match(/\p{L}/gu) ?? []).length;

function execFrom(re: RegExp, text: string, from: number, to = text.length): RegExpExecArray | undefined {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
  g.lastIndex = from;
  const m = g.exec(text);
  return m && m.index < to ? m : undefined;
}

/**
 * The title block above the Eingangsformel: up to eight lines (blank lines between them, as Word paragraphs give,
 * are passed over) back to a line that ends a sentence; the title runs from the first line that opens a law title
 * to the "Vom …" line.
 */
function titleBlock(text: string, formel: number): { start: number; title: string; dated: boolean } | undefined {
  const lines: { start: number; text: string }[] = [];
  let end = formel;
  while (lines.length < 8 && end > 0) {
    const start = lineStart(text, end - 1);
    const line = text.slice(start, end - 1).trim();
    end = start;
    if (line === '') continue;
    if (!VOM_LINE.test(line) && (/[.:;!?]$/.test(line) || COVER_BREAK.test(line))) break;
    lines.unshift({ start, text: line });
  }
  const at = lines.findIndex((l) => TITLE_START.test(l.text));
  if (at < 0) return undefined;
  const vom = lines.findIndex((l, i) => i > at && VOM_LINE.test(l.text));
  const title = lines
    .slice(at, vom < 0 ? undefined : vom)
    .map((l) => l.text)
    .join(' ')
    .replace(/([a-zäöüß])- (?=[a-zäöüß])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  return { start: lines[at]!.start, title, dated: vom >= 0 };
}

/** The Inhaltsübersicht runs until its first entry ("Artikel 1", "§ 1", "Teil 1") appears again as a heading. */
export function tablesOfContents(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  let at = from;
  for (let m = execFrom(TOC, text, at, to); m; m = execFrom(TOC, text, at, to)) {
    at = m.index + m[0].length;
    const first = execFrom(TOC_ENTRY, text, at, to);
    if (!first) continue;
    const label = first[1]!.replace(/[ \t]+/g, '[ \\t]*');
    const again = execFrom(new RegExp(`^[ \\t]*(?:#{1,6}[ \\t]+)?(?:\\*\\*)?${label}(?![\\da-z])`, 'm'), text, first.index + first[0].length, to);
    if (!again) continue;
    out.push({ start: m.index, end: lineStart(text, again.index) });
    at = again.index;
  }
  return out;
}

/** Sections of the Begründung and the parts after it, each up to the next. */
function tailParts(text: string, from: number, to: number, begruendung: boolean): DocumentPart[] {
  const marks: { at: number; kind: DocumentPart['kind']; title: string; article?: string; section?: string }[] = begruendung
    ? [{ at: from, kind: 'begruendung', title: 'Begründung' }]
    : [];
  for (const p of TAIL_PARTS) for (const m of text.slice(0, to).matchAll(p.re)) if (m.index! >= from) marks.push({ at: m.index!, kind: p.kind, title: p.title(m as RegExpExecArray) });
  marks.sort((a, b) => a.at - b.at);
  // sections of the Begründung count only inside it, before a Stellungnahme (which has its own "Zu Artikel 1")
  const begEnd = begruendung ? (marks.find((m) => m.kind !== 'begruendung')?.at ?? to) : from;
  for (const s of BEGRUENDUNG_SECTIONS) {
    for (const m of text.slice(0, begEnd).matchAll(s.re)) {
      if (m.index! <= from) continue;
      marks.push({
        at: m.index!,
        kind: 'begruendung',
        title: s.title(m as RegExpExecArray),
        ...(s.article ? { article: `Artikel ${m[1]}` } : {}),
        ...(s.section ? { section: `§ ${m[1]}` } : {}),
      });
    }
  }
  marks.sort((a, b) => a.at - b.at);
  return marks.map((m, i) => ({
    kind: m.kind,
    title: m.title,
    start: m.at,
    end: i + 1 < marks.length ? marks[i + 1]!.at : to,
    ...(m.article ? { article: m.article } : {}),
    ...(m.section ? { section: m.section } : {}),
  }));
}

/** Parts before the law text: cover, Vorblatt, covering letter; short remnants (a lone "Entwurf") stay with the law. */
function headParts(text: string, from: number, lawStart: number, vorblatt: number | undefined): DocumentPart[] {
  const parts: DocumentPart[] = [];
  const add = (kind: DocumentPart['kind'], title: string, start: number, end: number) => {
    if (end > start && letters(text.slice(start, end)) > 0) parts.push({ kind, title, start, end });
  };
  if (vorblatt === undefined) {
    if (letters(text.slice(from, lawStart)) >= 40) add(/Sehr[ \t]+geehrte/.test(text.slice(from, lawStart)) ? 'anschreiben' : 'cover', 'Deckblatt und Anschreiben', from, lawStart);
    return parts;
  }
  add('cover', 'Deckblatt', from, vorblatt);
  const solution = execFrom(VORBLATT_SOLUTION, text, vorblatt, lawStart);
  const vorblattEnd = execFrom(COVER_BREAK, text, solution ? solution.index : vorblatt + 1, lawStart)?.index ?? lawStart;
  add('vorblatt', 'Vorblatt', vorblatt, vorblattEnd);
  const rest = text.slice(vorblattEnd, lawStart);
  if (letters(rest) > 0) add(/Sehr[ \t]+geehrte/.test(rest) ? 'anschreiben' : 'cover', /Sehr[ \t]+geehrte/.test(rest) ? 'Anschreiben' : 'Deckblatt', vorblattEnd, lawStart);
  return parts;
}

export function findDraftParts(text: string, from = 0): DraftParts {
  const vorblattMatch = execFrom(VORBLATT, text, from);
  const vorblatt = vorblattMatch && execFrom(VORBLATT_SOLUTION, text, vorblattMatch.index) ? vorblattMatch.index : undefined;
  const searchFrom = vorblatt ?? from;
  const formel = execFrom(EINGANGSFORMEL, text, searchFrom);
  // an Eingangsformel counts when law text follows it (a Vorblatt may quote one in passing)
  const formelOk = formel && FIRST_HEADING.test(text.slice(formel.index, formel.index + 4000)) ? formel : undefined;
  let block = formelOk ? titleBlock(text, formelOk.index) : undefined;
  let lawStart: number;
  if (formelOk) lawStart = block?.start ?? formelOk.index;
  else if (vorblatt !== undefined) {
    const after = execFrom(COVER_BREAK, text, vorblatt + 1);
    const heading = execFrom(FIRST_HEADING, text, after?.index ?? vorblatt);
    // a Land that prints no Eingangsformel (Hessen) still sets the title and its "Vom …" line above Artikel 1
    const dated = heading && titleBlock(text, heading.index);
    block = dated && dated.dated ? dated : undefined;
    lawStart = block?.start ?? (heading ? heading.index : text.length);
  } else lawStart = from;

  const firstHeading = execFrom(FIRST_HEADING, text, lawStart)?.index ?? lawStart;
  const beg = execFrom(BEGRUENDUNG, text, firstHeading);
  // a Stellungnahme or Synopse without a Begründung before it still ends the law text
  const others = TAIL_PARTS.flatMap((p) => execFrom(p.re, text, firstHeading)?.index ?? []);
  const lawEnd = Math.min(beg?.index ?? text.length, ...others);
  const tail = lawEnd < text.length ? tailParts(text, lawEnd, text.length, beg?.index === lawEnd) : [];
  const law = { start: lawStart, end: lawEnd };
  const tables = tablesOfContents(text, lawStart, lawEnd);

  const parts: DocumentPart[] = [...headParts(text, from, lawStart, vorblatt)];
  let cur = lawStart;
  for (const t of tables) {
    if (t.start > cur) parts.push({ kind: 'law', title: 'Gesetzestext', start: cur, end: t.start });
    parts.push({ kind: 'inhaltsuebersicht', title: 'Inhaltsübersicht', ...t });
    cur = t.end;
  }
  if (lawEnd > cur) parts.push({ kind: 'law', title: 'Gesetzestext', start: cur, end: lawEnd });
  parts.push(...tail);
  return { parts, law, tables, ...(block?.title ? { title: block.title } : {}) };
}
