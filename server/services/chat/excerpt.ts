import { findQuote } from '../../llm/quote';
import { tokenize } from '../../retrieval/normalize';

/**
 * The part of a provision that answers: the whole Absatz when it is short enough, else the stretch from the
 * sentence that holds the cited point (or the most query words) on — so that "Die Schriftform kann auch ersetzt
 * werden 1. … 2. …" keeps its numbered list instead of being cut before it.
 */

/** Numbered items and letters of the flattened Absatz text on lines of their own, as in the Gesetzblatt. */
const MONTH = '(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\\b';
/** " 1. durch …", " 2. Beteiligte …" — but not a date ("1. Januar"). */
const ITEM = new RegExp(` (\\d{1,2}[a-z]?)\\. (?!${MONTH})(?=[\\p{L}(„])`, 'gu');
const FIRST_ITEM = new RegExp(`\\s1\\.\\s+(?!${MONTH})\\p{L}`, 'u');

export function layoutItems(text: string): string {
  return text
    .replace(ITEM, '\n$1. ')
    .replace(/ ([a-z])\) (?=[a-zäöüß(„])/g, '\n   $1) ');
}

/** Start of the sentence that contains `at` (a sentence ends with ". " or "; " before an upper-case letter). */
function sentenceStart(text: string, at: number): number {
  const before = text.slice(0, at);
  const m = [...before.matchAll(/[.;:]\s+(?=[A-ZÄÖÜ])/g)].pop();
  return m ? m.index! + m[0].length : 0;
}

function cutAt(text: string, start: number, max: number): number {
  if (text.length - start <= max) return text.length;
  const window = text.slice(start, start + max);
  const end = Math.max(window.lastIndexOf('. '), window.lastIndexOf('; '));
  return start + (end > max * 0.4 ? end + 1 : window.replace(/\s+\S*$/, '').length);
}

/** Position of the first point found, else of the sentence with most of `words`. */
function anchor(text: string, points: string[], words: string[]): number {
  for (const p of points) {
    const hit = findQuote(text, p);
    if (hit) return hit.start;
  }
  if (words.length === 0) return 0;
  const lower = text.toLowerCase();
  let best = 0;
  let bestCount = 0;
  for (const m of lower.matchAll(/[^.;]+[.;]?/g)) {
    const count = words.filter((w) => m[0].includes(w)).length;
    if (count > bestCount) {
      best = m.index!;
      bestCount = count;
    }
  }
  return best;
}

/** A numbered list that starts soon after the anchor is the answer ("… ersetzt werden 1. … 2. …"): keep it whole. */
const LIST_ROOM = 2.5;

export function focusExcerpt(text: string, opts: { points?: string[]; words?: string[]; max: number }): string {
  if (text.length <= opts.max) return layoutItems(text);
  const start = sentenceStart(text, anchor(text, opts.points ?? [], opts.words ?? []));
  const listAhead = FIRST_ITEM.test(text.slice(start, start + opts.max));
  const end = cutAt(text, start, listAhead ? Math.round(opts.max * LIST_ROOM) : opts.max);
  return `${start > 0 ? '[…] ' : ''}${layoutItems(text.slice(start, end).trim())}${end < text.length ? ' […]' : ''}`;
}

/** How many of `words` (lower-case word beginnings, as contentWords gives them) stand in `text`. */
export function sharedWords(text: string, words: string[]): number {
  const folded = tokenize(text).join(' ');
  return words.filter((w) => folded.includes(w)).length;
}

/** End of the sentence that runs on after `from`: ". " or end of text before an upper-case letter. */
function sentenceEnd(text: string, from: number): number {
  const m = /[.;](?=\s+[A-ZÄÖÜ§]|\s*$)/.exec(text.slice(from));
  return m ? from + m.index + 1 : text.length;
}

/** Longest Absatz start kept before a list that adds to it ("… kann auch …"). */
const ADDED_TO_MAX = 600;
const ANAPHORIC_START = /^(?:Sie|Er|Es|Dazu|Dabei|Hierzu|Hierfür|Diese[rsmn]?)\s/;

/** Sentences of an Absatz that hold a numbered list: from the sentence that introduces the list to the end of its last item. */
function numberedLists(text: string): string[] {
  const out: string[] = [];
  const first = new RegExp(FIRST_ITEM.source, 'gu');
  for (let m = first.exec(text); m; m = first.exec(text)) {
    let start = sentenceStart(text, m.index);
    // "Sie haben insbesondere 1. …": the subject stands in the sentence before
    if (start > 0 && ANAPHORIC_START.test(text.slice(start))) start = sentenceStart(text, start - 2);
    // "Die Schriftform kann auch ersetzt werden 1. …": "auch" adds to what the Absatz said before — keep it if short
    if (start > 0 && start <= ADDED_TO_MAX && /\bauch\b/.test(text.slice(start, m.index))) start = 0;
    const end = sentenceEnd(text, lastItemStart(text, m.index));
    out.push(text.slice(start, end).trim());
    first.lastIndex = end;
  }
  return out;
}

/** Position just after the marker of the last item of the list whose item 1 stands at `from` ("1." … "2." … "10."). */
function lastItemStart(text: string, from: number): number {
  let after = from + FIRST_ITEM.exec(text.slice(from))![0].length;
  for (let n = 2; ; n++) {
    const next = new RegExp(`\\s${n}\\.\\s+(?!${MONTH})[\\p{L}(„]`, 'u').exec(text.slice(after));
    if (!next) return after;
    after += next.index + next[0].length;
  }
}

/**
 * "Welche Daten …?" asks for the list announced as "Folgende weitere Daten können …:", not for a list that only
 * continues a sentence about Daten ("… durch Übermittlung von Daten 1. aus dem … 2. aus …"): the announced list
 * counts as if it shared this many more words.
 */
const ANNOUNCED_BONUS = 2;

/** The thing a "Welche …?" question asks for ("Welche weiteren Daten" → "daten"), as a lower-case word start. */
export function askedNoun(question: string): string | undefined {
  const m = /^\s*(?:[Uu]nd\s+)?[Ww]elche[rsmn]?\s+(?:weiteren?\s+|anderen?\s+)?(\p{Lu}\p{L}+)/u.exec(question);
  return m?.[1]!.toLowerCase().slice(0, 5);
}

/** Whether the introduction of `list` announces it as a list of `asked` ("folgende Angaben", "Unterlagen:"). */
function announces(list: string, asked: string): boolean {
  const intro = list.slice(0, list.search(FIRST_ITEM)).toLowerCase();
  return new RegExp(`folgenden?\\s+(?:\\p{L}+\\s+)?${asked}\\p{L}*|${asked}\\p{L}*\\s*:\\s*$`, 'u').test(intro.trim());
}

/**
 * The numbered list of a provision that answers a "Welche …?" question: of the Absatz's lists, the one whose
 * introducing sentence and items share most of the question's `words` (lower-case word beginnings, as
 * contentWords gives them), laid out one item a line, with the number of words it shares; undefined when the
 * Absatz has no list or none shares a word.
 */
export function answeringList(text: string, words: string[], asked?: string): { list: string; shared: number } | undefined {
  const flat = text.replace(/\s+/g, ' ');
  let best: { list: string; shared: number } | undefined;
  for (const list of numberedLists(flat)) {
    const shared = sharedWords(list, words) + (asked && announces(list, asked) ? ANNOUNCED_BONUS : 0);
    // on a tie the shorter list: the shared words stand closer together there
    if (shared > 0 && (!best || shared > best.shared || (shared === best.shared && list.length < best.list.length))) best = { list, shared };
  }
  return best && { list: layoutItems(best.list), shared: best.shared };
}
