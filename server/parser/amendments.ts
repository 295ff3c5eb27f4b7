import type { Item, Paragraph, Provision, Span } from '../contracts/document';
import { findSectionHeadings } from './draft-headings';
import { tablesOfContents } from './draft-parts';
import { parseParagraphs } from './structure';

/**
 * Amendment instructions of an Artikel ("1. § 5 wird wie folgt geändert: a) In Absatz 2 Satz 1 werden die
 * Wörter „schriftlich“ durch die Wörter „schriftlich oder elektronisch“ ersetzt."). The instruction text is
 * walked once in order; enumeration markers and references (§, Absatz, Satz, Nummer, Buchstabe) update the
 * target, and every quotation that carries new wording becomes a provision of its own whose offsets lie
 * inside the quotation, so findings highlight the new wording in the draft.
 */

export interface ArticleContext {
  /** "Artikel 1", or undefined for a draft without Artikel. */
  article?: string;
  /** Abbreviation or title of the amended law. */
  targetLaw?: string;
  /** Prefix for provision ids ("a1-"). */
  idPrefix: string;
}

interface Target {
  /** "§ 5" or "Art. 45" (laws structured in Artikel, such as the Verfassung). */
  section?: string;
  /** The instruction changes the Inhaltsübersicht: its quotations are table lines, not law text. */
  toc?: boolean;
  para?: string;
  satz?: number;
  nr?: string;
  letter?: string;
}

/**
 * Instruction wording that shows an Artikel amends a law rather than enacting text of its own: the verb ends
 * the instruction ("… eingefügt:", "… ersetzt."), unlike law text ("… ersetzt werden.").
 */
export const AMENDING = /wie\s+folgt\s+(?:geändert|gefasst)|folgende\s+Fassung|\b(?:eingefügt|angefügt|vorangestellt|ersetzt|gestrichen)\s*[.:]/;

const ENUM = /(^|\n)[ \t]*(?:(\d+[a-z]?)\.|([a-z])\)|([a-z]{2})\))[ \t]+/g;
const REF =
  /(?:§§?|\bArt(?:ikel|\.))[ \t]*(\d+[a-z]?)|\bAbs(?:atz|\.)[ \t]*(\d+[a-z]?)\b|\bSatz[ \t]+(\d+)\b|\b(?:Nummer|Nr\.)[ \t]*(\d+[a-z]?)\b|\bBuchstabe[ \t]+([a-z]{1,2})\b|\b(Inhaltsübersicht|Inhaltsverzeichnis)\b/g;
/** "die Angabe zu § 5": a line of the Inhaltsübersicht, not the § itself. */
const TOC_ENTRY_BEFORE = /\bAngaben?\s+zu(?:m|r|\s+den)?\s+$/;
/** Lines a quoted block of new §§ may open with: "Kapitel 4", "Abschnitt 2", their titles, an Inhaltsübersicht. */
const MAX_BLOCK_PREFIX_LINES = 6;
/** A reference to another amending act ("zuletzt geändert durch Artikel 4 des Gesetzes vom …"), not a target. */
const CITED_BEFORE = /\bdurch\s+$/;
const CITED_AFTER = /^\s*(?:(?:Abs\.|Absatz)\s*\d+[a-z]?\s*)?(?:des|der)\s+(?:Gesetzes|Verordnung)\s+vom\b/;
/** Text right after a quotation that makes it the old wording: "„X“ durch …", "„X“ wird gestrichen". */
const OLD_AFTER = /^\s*(?:(?:wird|werden)\s+)?(?:jeweils\s+)?(?:durch\b|gestrichen|aufgehoben)/;
/**
 * Old wording deleted together with more words: "das Wort „X“ und das nachfolgende Komma gestrichen", "die Wörter „X“
 * sowie die Wörter „Y“ gestrichen", "„X“ und „Y“ gestrichen". The clause after the quotation (to the next full stop,
 * colon or item) ends in "gestrichen" or "aufgehoben" and names no other unit and no verb of its own, so new wording
 * followed by "… und Satz 4 wird gestrichen" stays new.
 */
const CLAUSE_STOP = /[.;:](?=\s|$)|\n[ \t]*(?:\d+[a-z]?\.|[a-z]{1,2}\))[ \t]/;
const CLAUSE_VERB = /^([^]*?)\b(gestrichen|aufgehoben|ersetzt|eingefügt|angefügt|vorangestellt|gefasst)\b/;
const OTHER_UNIT = /\b(?:Satz|Sätze|Absatz|Absätze|Nummer|Buchstabe|Artikel)\s*\d|§/;
function deletedWithOthers(plain: string, from: number): boolean {
  const rest = plain.slice(from, from + 300);
  const stop = rest.search(CLAUSE_STOP);
  const m = CLAUSE_VERB.exec(stop === -1 ? rest : rest.slice(0, stop));
  if (!m || (m[2] !== 'gestrichen' && m[2] !== 'aufgehoben')) return false;
  const between = m[1]!.replace(/\b(?:wird|werden)\s+(?:jeweils\s+)?$/, '');
  return !/\b(?:wird|werden)\b/.test(between) && !OTHER_UNIT.test(between);
}
/** Text right before a quotation that makes it an anchor: "nach dem Wort „X“". */
const ANCHOR_BEFORE = /\b(?:nach|vor|hinter)\s+(?:dem|den|der)\s+(?:Wort|Wörtern|Angabe|Angaben|Satzteil|Zeichen|Zahl|Komma|Semikolon|Punkt)\s*$/;

function blank(text: string, start: number, end: number, quotes: readonly Span[]): string {
  let out = '';
  let cur = start;
  for (const q of quotes) {
    if (q.end <= start || q.start >= end) continue;
    out += text.slice(cur, q.start) + ' '.repeat(q.end - q.start);
    cur = q.end;
  }
  return out + text.slice(cur, end);
}

function applyRef(t: Target, m: RegExpMatchArray, before: string, after: string): Target {
  if (m[6]) return { ...t, toc: true };
  if (m[1]) return { section: m[0].startsWith('§') ? `§ ${m[1]}` : `Art. ${m[1]}`, ...(t.toc && TOC_ENTRY_BEFORE.test(before) ? { toc: true } : {}) };
  if (m[2]) return { section: t.section, para: m[2] };
  if (m[3]) {
    // "Nach Satz 1 wird folgender Satz eingefügt" puts the new sentence at Satz 2
    const n = Number(m[3]);
    const inserted = /\bnach\s+$/i.test(before) && /^\s*(?:(?:wird|werden)\s*)?(?:folgender|die\s+folgenden)\s+(?:Satz|Sätze)\b/.test(after);
    return { ...t, satz: inserted ? n + 1 : n, nr: undefined, letter: undefined };
  }
  if (m[4]) return { ...t, nr: m[4], letter: undefined };
  return { ...t, letter: m[5] };
}

/**
 * True when the quotation is a block of whole §§: it starts with the first § heading, or only structure and
 * title lines ("Kapitel 4", "Verfahren"), an Inhaltsübersicht, stand before it — no sentence.
 */
function opensBlock(text: string, start: number, firstHeading: number, tables: readonly Span[]): boolean {
  let prefix = text.slice(start, firstHeading);
  for (const t of [...tables].reverse()) if (t.start >= start && t.end <= firstHeading) prefix = prefix.slice(0, t.start - start) + prefix.slice(t.end - start);
  const lines = prefix.split('\n').filter((l) => l.trim() !== '');
  return lines.length <= MAX_BLOCK_PREFIX_LINES && lines.every((l) => !/[.;,]\s*$/.test(l));
}

function trim(text: string, s: number, e: number): Span {
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

/** New wording that starts inside an Absatz: number, sentence and item come from the instruction. */
function fragmentParagraphs(text: string, span: Span, t: Target): Paragraph[] {
  const paras = parseParagraphs(text, span.start, span.end);
  if (paras.some((p) => p.number !== null)) return paras;
  const shift = (t.satz ?? 1) - 1;
  return paras.map((p) => {
    const items: Item[] = [...p.items];
    if (t.nr && !items.some((i) => i.start === p.start)) items.unshift({ start: p.start, end: p.end, label: t.nr, level: 1 });
    if (t.letter && !items.some((i) => i.start === p.start && i.level === 2)) items.splice(1, 0, { start: p.start, end: p.end, label: t.letter, level: 2 });
    return { ...p, number: t.para ?? null, sentences: p.sentences.map((s) => ({ ...s, index: s.index + shift })), items };
  });
}

export interface AmendmentResult {
  provisions: Provision[];
  /** All quotations of the instruction text (old and new wording): not part of the instruction's own analysis. */
  quotes: Span[];
}

/**
 * Walks the instruction text [start, end) of one Artikel. `quotes` are the top-level quotations (sorted).
 * A target named in the intro ("§ 4 des … Gesetzes wird wie folgt geändert:") holds for all items below it.
 */
export function parseAmendments(text: string, start: number, end: number, quotes: readonly Span[], ctx: ArticleContext): AmendmentResult {
  const inArticle = quotes.filter((q) => q.start >= start && q.end <= end);
  const plain = blank(text, start, end, inArticle);
  type Ev = { at: number; kind: 'enum'; level: number; label: string } | { at: number; kind: 'ref'; m: RegExpMatchArray } | { at: number; kind: 'quote'; q: Span };
  const events: Ev[] = [];
  for (const m of plain.matchAll(ENUM)) events.push({ at: start + m.index! + m[1]!.length, kind: 'enum', level: m[2] ? 1 : m[3] ? 2 : 3, label: m[2] ?? m[3] ?? m[4]! });
  for (const m of plain.matchAll(REF)) events.push({ at: start + m.index!, kind: 'ref', m });
  for (const q of inArticle) events.push({ at: q.start, kind: 'quote', q });
  events.sort((a, b) => a.at - b.at);

  const base: Target[] = [{}, {}, {}, {}];
  // Nummer, Buchstabe, Doppelbuchstabe of the draft's own list at the current point ("Artikel 1 Nummer 3 Buchstabe a")
  const labels = ['', '', '', ''];
  let level = 0;
  let target: Target = {};
  const provisions: Provision[] = [];
  const common = {
    ...(ctx.article ? { article: ctx.article } : {}),
    ...(ctx.targetLaw ? { targetLaw: ctx.targetLaw } : {}),
    amendedWording: true as const,
  };
  const add = (label: string, title: string, span: Span, paragraphs: Paragraph[]) =>
    provisions.push({
      id: `${ctx.idPrefix}n-${label.replace(/\W+/g, '') || 'x'}-${provisions.length}`,
      label,
      title,
      ...span,
      ...common,
      ...(labels[1] ? { number: labels[1] } : {}),
      ...(labels[2] ? { letter: labels[2] } : {}),
      ...(labels[3] ? { doubleLetter: labels[3] } : {}),
      paragraphs,
    });

  for (const ev of events) {
    if (ev.kind === 'enum') {
      // entering an item restores the target its parent named ("1. § 5 wird wie folgt geändert:" for "a)")
      if (ev.level > level) for (let l = level + 1; l <= ev.level; l++) base[l] = { ...target };
      target = { ...base[ev.level]! };
      level = ev.level;
      labels[level] = ev.label;
      for (let l = level + 1; l <= 3; l++) labels[l] = '';
    } else if (ev.kind === 'ref') {
      const local = ev.at - start;
      const stop = local + ev.m[0].length;
      const before = plain.slice(Math.max(0, local - 20), local);
      const after = plain.slice(stop, stop + 40);
      if (CITED_BEFORE.test(before) || CITED_AFTER.test(after)) continue;
      target = applyRef(target, ev.m, before, after);
    } else {
      const { q } = ev;
      const local = q.start - start;
      const before = plain.slice(Math.max(0, local - 60), local);
      const after = plain.slice(q.end - start, q.end - start + 40);
      if (target.toc || OLD_AFTER.test(after) || ANCHOR_BEFORE.test(before) || deletedWithOthers(plain, q.end - start)) continue;
      const content = trim(text, q.start + 1, q.end - 1);
      if (content.end <= content.start) continue;
      const tables = tablesOfContents(text, content.start, content.end);
      const heads = findSectionHeadings(text, content.start, content.end, tables);
      if (heads.length > 0 && opensBlock(text, content.start, heads[0]!.start, tables)) {
        // a whole new § (or several): "„§ 5a Titel (1) …“"
        heads.forEach((h, i) => {
          const stop = i + 1 < heads.length ? heads[i + 1]!.start : content.end;
          const body = trim(text, h.bodyStart, stop);
          // "die Angabe „§ 5“ durch die Angabe „§ 6“" quotes a citation, not a new §
          if (body.end <= body.start && h.title === '') return;
          add(`§ ${h.num}`, h.title, { start: Math.max(h.start, content.start), end: body.end > h.start ? Math.max(body.end, h.start) : stop }, parseParagraphs(text, body.start, body.end));
        });
      } else {
        add(target.section ?? '', '', content, fragmentParagraphs(text, content, target));
      }
    }
  }
  return { provisions, quotes: inArticle };
}
