import type { Category, Finding } from '../../contracts/finding';
import { trimSpacesEnd } from '../../ingest/normalize';
import { strikeAndAdd } from '../amendment';

/**
 * The word-level changes of one Absatz as spans of the original Absatz text. An insertion is held as a change of
 * its anchor word ("schriftlich" → "schriftlich oder elektronisch"), so that two changes of the same words overlap
 * and are seen as one place.
 */
export interface Op {
  kind: 'insertAfter' | 'replace' | 'delete';
  start: number;
  end: number;
  /** What stands at [start, end) afterwards. */
  text: string;
  /** insertAfter only: the inserted words. */
  words?: string;
  findingIds: string[];
  categories: Category[];
}

export interface Append {
  sentence: string;
  findingIds: string[];
  categories: Category[];
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * The finding's edit as ops of the Absatz, or an appended sentence; null when the edit does not fit the text. The
 * engine merges "schriftlich zu erlassen, schriftlich zu begründen" into one finding with the first word's edit: an
 * insertion is made after every occurrence of its anchor within the finding.
 */
export function opsOf(absatz: string, offset: number, f: Finding): (Op | Append)[] | null {
  const first = opOf(absatz, offset, f);
  if (Array.isArray(first)) return first;
  if (!first || isAppend(first) || first.kind !== 'insertAfter') return first && [first];
  const anchor = absatz.slice(first.start, first.end);
  const out: Op[] = [first];
  for (let at = absatz.indexOf(anchor, first.end); at >= 0 && at + anchor.length <= f.location.end - offset; at = absatz.indexOf(anchor, at + 1)) {
    if (/[\p{L}\d]/u.test(absatz[at - 1] ?? '') || /[\p{L}\d]/u.test(absatz[at + anchor.length] ?? '')) continue;
    out.push({ ...first, start: at, end: at + anchor.length, text: `${anchor} ${first.words}`, findingIds: [...first.findingIds], categories: [...first.categories] });
  }
  return out;
}

function opOf(absatz: string, offset: number, f: Finding): Op | Append | [Op, Op] | null {
  const e = f.edit;
  if (!e) return null;
  const ids = [f.id];
  const categories = [f.category];
  if (e.kind === 'appendSentence') return { sentence: squash(e.sentence), findingIds: ids, categories };
  const at = e.at - offset;
  const old = e.kind === 'insertAfter' ? e.anchor : e.target;
  if (at < 0 || at + old.length > absatz.length || squash(absatz.slice(at, at + old.length)) !== squash(old)) return null;
  let end = at + old.length;
  if (e.kind === 'insertAfter') return { kind: 'insertAfter', start: at, end, text: `${absatz.slice(at, end)} ${e.words}`, words: e.words, findingIds: ids, categories };
  // the engine merges touching hits of one category into one finding ("durch die Post mit Zustellungsurkunde") but
  // keeps the first hit's edit: a deletion or replacement takes the whole requirement
  const findingEnd = f.location.end - offset;
  if (at <= f.location.start - offset && findingEnd > end && findingEnd <= absatz.length) end = findingEnd;
  if (e.kind === 'replace') return strikeThenAdd(absatz, at, end, e.by, f) ?? coordinated(absatz, { kind: 'replace', start: at, end, text: e.by, findingIds: ids, categories });
  return { kind: 'delete', start: at, end, text: '', findingIds: ids, categories };
}

/**
 * A replacement that strikes its first words and adds words after its last ("bar bei der Kasse zu entrichten" → "bei
 * der Kasse zu entrichten; die Zahlung …") as the two changes it makes, so the command quotes only the changed words.
 */
function strikeThenAdd(absatz: string, at: number, end: number, by: string, f: Finding): [Op, Op] | null {
  const split = strikeAndAdd(absatz.slice(at, end), by);
  if (!split) return null;
  const struck: Op = { kind: 'delete', start: at, end: at + split.struck.length, text: '', findingIds: [f.id], categories: [f.category] };
  const anchor = end - split.anchor.length;
  if (absatz.slice(anchor, end) !== split.anchor) return null;
  const joint = /^[,.;:]/.test(split.added) ? '' : ' ';
  const added: Op = { kind: 'insertAfter', start: anchor, end, text: `${split.anchor}${joint}${split.added}`, words: split.added, findingIds: [f.id], categories: [f.category] };
  return [struck, added];
}

/**
 * Several members replaced by one word keep the conjunction of the enumeration: "schriftlich, per Telefax oder per
 * E-Mail" → "schriftlich oder elektronisch", not "schriftlich, elektronisch".
 */
function coordinated(absatz: string, op: Op): Op {
  const conj = /\s(oder|und)\s/.exec(absatz.slice(op.start, op.end));
  const comma = commaBefore(absatz, op.start);
  if (!conj || comma < 0 || /\s(?:oder|und)\s/.test(op.text)) return op;
  return { ...op, start: comma, text: ` ${conj[1]} ${op.text}` };
}

/**
 * Where `text` has a comma followed by nothing but white space up to `at` (as /,\s*$/ on the text before `at`), else
 * -1. Read backwards from `at`: the regex on the text before every edit made a long Absatz quadratic.
 */
function commaBefore(text: string, at: number): number {
  let i = at - 1;
  while (i >= 0 && SPACE.test(text[i]!)) i--;
  return i >= 0 && text[i] === ',' ? i : -1;
}
const SPACE = /\s/;

export const isAppend = (x: Op | Append): x is Append => 'sentence' in x;

/** Merges the finding ids and categories of `from` into `into`. */
export function absorb(into: { findingIds: string[]; categories: Category[] }, from: { findingIds: string[]; categories: Category[] }): void {
  for (const id of from.findingIds) if (!into.findingIds.includes(id)) into.findingIds.push(id);
  for (const c of from.categories) if (!into.categories.includes(c)) into.categories.push(c);
}

/** Applies non-overlapping ops (sorted by start); only the seams are tidied, the rest keeps its spacing. */
export function applyOps(text: string, ops: readonly Op[]): string {
  const pieces: string[] = [];
  let cur = 0;
  for (const op of ops) {
    seam(pieces, text.slice(cur, op.start));
    seam(pieces, op.text);
    cur = op.end;
  }
  seam(pieces, text.slice(cur));
  return pieces.join('');
}

/**
 * Joins `right` to the text joined so far, held as non-empty `pieces`: one space between words, none before
 * punctuation or after an opening quote, no doubled comma. Only the end of the text is looked at, in its last
 * pieces: a string grown by `+` is copied whole each time its end is read, which made an Absatz with thousands of
 * edits take seconds (quadratic).
 */
function seam(pieces: string[], right: string): void {
  if (right === '') return;
  if (pieces.length === 0) {
    pieces.push(right);
    return;
  }
  let spaced = false;
  while (pieces.length > 0) {
    const last = pieces[pieces.length - 1]!;
    const trimmed = trimSpacesEnd(last);
    if (trimmed.length === last.length) break;
    spaced = true;
    if (trimmed !== '') {
      pieces[pieces.length - 1] = trimmed;
      break;
    }
    pieces.pop();
  }
  const r = right.replace(/^[ \t]+/, '');
  if (r.length < right.length) spaced = true;
  const tail = lastTwo(pieces);
  if (/^[,.;:]/.test(r)) {
    if (tail.endsWith(',') && r.startsWith(',')) dropLast(pieces);
  } else if (!/[„(\n]$/.test(tail) && !/^\n/.test(r) && (spaced || (/[\p{L}\d)“]$/u.test(tail) && /^[\p{L}\d„(]/u.test(r)))) {
    pieces.push(' ');
  }
  if (r !== '') pieces.push(r);
}

/** The last two code units of the joined pieces (its last code point). */
function lastTwo(pieces: readonly string[]): string {
  const last = pieces[pieces.length - 1] ?? '';
  return last.length >= 2 ? last.slice(-2) : (pieces[pieces.length - 2]?.slice(-1) ?? '') + last;
}

function dropLast(pieces: string[]): void {
  const shorter = pieces.pop()!.slice(0, -1);
  if (shorter !== '') pieces.push(shorter);
}

/** The op's change in the words of the original and new text, as an Änderungsbefehl names them. */
export function change(text: string, op: Op): { old: string; new: string } {
  if (op.kind === 'insertAfter') return { old: text.slice(op.start, op.end), new: op.words! };
  return { old: text.slice(op.start, op.end), new: op.text };
}

/**
 * Deleting one member of an enumeration keeps it grammatical: "schriftlich, per Telefax oder per E-Mail" without
 * "per Telefax" is "schriftlich oder per E-Mail", not "schriftlich, oder per E-Mail"; "A, B oder X" without
 * "oder X" is "A oder B". Returns the widened op, or the op unchanged.
 */
export function listAwareDelete(text: string, op: Op): Op {
  const target = text.slice(op.start, op.end);
  // "X oder" removed after a comma: "A, X oder B" → remove ", X" and keep "oder B"
  // (?<!\s): the split is tried once per whitespace run, not at every space of a long run
  const trailingOr = /^(.*?)(?<!\s)(\s+(?:oder|und|sowie))$/s.exec(target);
  const comma = commaBefore(text, op.start);
  if (trailingOr && comma >= 0) {
    return { ...op, start: comma, end: op.start + trailingOr[1]!.length, text: '' };
  }
  // middle member: "A, X, B" → "A, B" (the comma after it goes with it, and the command quotes it)
  if (comma >= 0 && text[op.end] === ',') return { ...op, end: op.end + 1 };
  // first or middle member: "X, B oder C" → "B oder C" (the comma goes with it)
  const next = /^,\s+([^,;:]{1,60}?)(?=,|\s+(?:oder|und)\b)/.exec(text.slice(op.end));
  if (next && !/^(?:oder|und|sowie)\s/.test(target) && isListMember(target, next[1]!)) {
    return { ...op, end: op.end + next[0].length - next[1]!.length };
  }
  // "oder X" removed as the last member: "A, B oder X" → "A oder B"
  const leadingOr = /^(oder|und|sowie)\s/.exec(target);
  if (leadingOr) {
    const before = text.slice(0, op.start);
    const m = /,\s+([^,;:]{1,60}?)\s*$/.exec(before);
    if (m && isListMember(m[1]!, target.slice(leadingOr[0].length)) && isListMember(lastMember(before.slice(0, m.index)), m[1]!)) {
      return { ...op, kind: 'replace', start: m.index, end: op.end, text: ` ${leadingOr[1]} ${m[1]!.trim()}` };
    }
  }
  return op;
}

/** The enumeration member right before a comma: from its preposition ("per Telefax"), else its last word. */
function lastMember(s: string): string {
  const stretch = /([^,;:]*)$/.exec(s)![1]!.trim();
  if (/\b(?:soweit|sofern|wenn|falls|dass|welche[rsmn]?)\b/.test(stretch)) return stretch;
  const w = stretch.split(/\s+/).slice(-4);
  const p = w.findLastIndex((x) => PREP.test(x));
  return p >= 0 ? w.slice(p).join(' ') : (w[w.length - 1] ?? '');
}

const PREP = /^(?:per|durch|mittels|mit|über|auf|als|in|im|zur|zum)\b/i;

/**
 * Two stretches look like members of one enumeration: both one word (adverbs "schriftlich, telefonisch") or both
 * opening with a preposition ("per Telefax, per E-Mail"); a clause ("soweit erforderlich") does not qualify.
 */
function isListMember(a: string, b: string): boolean {
  const wa = a.trim().split(/\s+/);
  const wb = b.trim().split(/\s+/);
  if (/\b(?:soweit|sofern|wenn|falls|dass|der|die|das|welche[rsmn]?)\b/.test(a) && wa.length > 1) return false;
  if (wa.length === 1 && /^[a-zäöüß]+$/.test(wa[0]!)) return wb.length <= 3;
  return PREP.test(a.trim()) && PREP.test(b.trim()) && wa.length <= 4;
}
