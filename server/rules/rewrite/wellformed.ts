import { sentenceTexts } from '../../parser/structure';

/**
 * Mechanical reading check of a rewritten Absatz: does it still read as German? Only defects the rewrite brings in
 * count (a defect already in the original, such as a table row without full stop, is not the rewrite's fault).
 */

export type DefectKind = 'doubled-word' | 'missing-conjunction' | 'unbalanced-quotes' | 'unbalanced-parentheses' | 'no-finite-verb' | 'no-final-punctuation' | 'emptied-rule';

export interface Defect {
  kind: DefectKind;
  /** The words that show it. */
  detail: string;
  /** 1-based sentence of the rewritten Absatz, where the defect sits in one sentence. */
  sentence?: number;
}

/** "oder oder", "elektronisch elektronisch", "elektronisch oder elektronisch", "die die" (counted, not judged). */
const DOUBLED = /(?<![\p{L}\d-])([\p{L}-]{2,})(?:\s+|\s+(?:oder|und|bzw\.|sowie)\s+|,\s+)\1(?![\p{L}\d-])/iuy;
/** The runs DOUBLED can start at and repeat. */
const RUN = /[\p{L}-]+/gu;

/**
 * The matches of DOUBLED in `s`, as matchAll would find them. Tried only at a word whose repetition can follow: the
 * next or the one after it (past "oder") has the same length. Run at every character, the backreference regex
 * cost more than the rest of the check together.
 */
function doubledWords(s: string): string[] {
  const at: number[] = [];
  const len: number[] = [];
  RUN.lastIndex = 0;
  for (let m = RUN.exec(s); m; m = RUN.exec(s)) {
    at.push(m.index);
    len.push(m[0].length);
  }
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < at.length; i++) {
    const n = len[i]!;
    if (at[i]! < from || n < 2 || (len[i + 1] !== n && len[i + 2] !== n)) continue;
    DOUBLED.lastIndex = at[i]!;
    const m = DOUBLED.exec(s);
    if (!m) continue;
    out.push(m[0]);
    from = at[i]! + m[0].length;
  }
  return out;
}

/** Two forms side by side without "oder": "schriftlich elektronisch". */
const UNJOINED = /(?<![\p{L}])(?:schriftlich|elektronisch|mündlich)\w*\s+(?:schriftlich|elektronisch|mündlich)\w*(?![\p{L}])/giu;
/** Words that carry the finite verb of most statutory sentences; the last alternative catches full verbs. */
const FINITE =
  /(?<![\p{L}])(?:ist|sind|war|waren|wird|werden|wurde|wurden|kann|können|darf|dürfen|muss|müssen|muß|müßen|soll|sollen|hat|haben|gilt|gelten|bedarf|bedürfen|bleibt|bleiben|entfällt|entfallen|erfolgt|erfolgen|genügt|genügen|tritt|treten|steht|stehen|gibt|geben|findet|finden|besteht|bestehen|umfasst|umfassen|enthält|enthalten|richtet|richten|beträgt|betragen|[a-zäöüß]{3,}(?:t|en))(?![\p{L}])/u;
const FINAL = /[.!?:;,]["“”»)\]]*$|(?:\s(?:und|oder|sowie))$/;

const count = (s: string, re: RegExp) => (s.match(re) ?? []).length;
const words = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
/** The characters \s matches (ECMAScript WhiteSpace and LineTerminator), which norm() and trim() collapse. */
function isSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

function skipSpaces(s: string, i: number): number {
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  return i;
}

/** norm(a) === norm(b), read off both strings in one pass that stops at the first difference. */
export function sameNormalised(a: string, b: string): boolean {
  let i = skipSpaces(a, 0);
  let j = skipSpaces(b, 0);
  while (i < a.length && j < b.length) {
    const spaceA = isSpace(a.charCodeAt(i));
    const spaceB = isSpace(b.charCodeAt(j));
    if (spaceA !== spaceB) return false;
    if (spaceA) {
      i = skipSpaces(a, i);
      j = skipSpaces(b, j);
    } else if (a.charCodeAt(i++) !== b.charCodeAt(j++)) return false;
  }
  return skipSpaces(a, i) === a.length && skipSpaces(b, j) === b.length;
}

/** Absatz marker "(2)" and item markers "1.", "a)" are no words of the sentence. */
const body = (s: string) => s.replace(/^\(\d+[a-z]?\)\s*/, '').replace(/(?:^|\s)(?:\d+[a-z]?\.|[a-z]{1,2}\))(?=\s)/g, ' ');

/**
 * A cut after a full stop splits every match of DOUBLED, RUN and UNJOINED into the part before and the part after: no
 * match contains a "." except the "bzw." of DOUBLED's separator. So their counts over a text are the sums over its
 * parts, and the parts both texts share cancel out.
 */
function isCut(s: string, dot: number): boolean {
  return s.charCodeAt(dot) === 46 && s.slice(Math.max(0, dot - 3), dot).toLowerCase() !== 'bzw';
}

/**
 * The spans of `original` and `rewritten` that differ, widened to cuts (isCut) inside the text both share before and
 * after: [start, originalEnd) and [start, rewrittenEnd). An edit changes a few words of a long Absatz, so the
 * word-level counts are taken over these spans instead of over both whole texts for every repair round.
 */
function changedSpans(original: string, rewritten: string): { start: number; originalEnd: number; rewrittenEnd: number } {
  const shorter = Math.min(original.length, rewritten.length);
  let prefix = 0;
  while (prefix < shorter && original.charCodeAt(prefix) === rewritten.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < shorter - prefix && original.charCodeAt(original.length - 1 - suffix) === rewritten.charCodeAt(rewritten.length - 1 - suffix)) suffix++;
  let start = 0;
  for (let dot = prefix - 1; dot >= 0; dot--) {
    if (isCut(original, dot)) {
      start = dot + 1;
      break;
    }
  }
  // the cut must lie in the shared tail together with the "bzw" it is checked against
  const tail = original.length - suffix;
  let originalEnd = original.length;
  for (let dot = tail + 3; dot < original.length; dot++) {
    if (isCut(original, dot)) {
      originalEnd = dot + 1;
      break;
    }
  }
  return { start, originalEnd, rewrittenEnd: originalEnd + rewritten.length - original.length };
}

/** The doubled words of `rewritten` beyond those of `original`, each word counted on its own. */
function gainedDoubled(original: string, rewritten: string): string[] {
  const pool = new Map<string, number>();
  for (const d of doubledWords(original)) {
    const key = d.toLowerCase();
    pool.set(key, (pool.get(key) ?? 0) + 1);
  }
  const out: string[] = [];
  for (const d of doubledWords(rewritten)) {
    const key = d.toLowerCase();
    const left = pool.get(key) ?? 0;
    if (left > 0) pool.set(key, left - 1);
    else out.push(d);
  }
  return out;
}

const REPEALED_UNIT = /^\s*(?:\(\d+[a-z]?\)\s*)?\((?:weggefallen|aufgehoben)\)\s*$/;

/**
 * Defects of `rewritten` that `original` does not have. A caller that has split `original` into sentences already
 * passes them (rewriteAbsatz has them from its own reading of the Absatz), so they are not split twice.
 */
export function newDefects(original: string, rewritten: string, originalSentences?: readonly string[]): Defect[] {
  if (original === rewritten) return [];
  const out: Defect[] = [];
  const span = changedSpans(original, rewritten);
  const was = original.slice(span.start, span.originalEnd);
  const now = rewritten.slice(span.start, span.rewrittenEnd);
  // the shared parts cancel out, so the changed spans decide whether there is a defect; its words are then read
  // from the whole texts, as the report names them
  if (gainedDoubled(was, now).length > 0) {
    for (const d of gainedDoubled(original, rewritten)) out.push({ kind: 'doubled-word', detail: d });
  }
  if (count(now, UNJOINED) > count(was, UNJOINED)) out.push({ kind: 'missing-conjunction', detail: rewritten.match(UNJOINED)!.join('; ') });
  const quoteBalance = (s: string) => count(s, /„/g) - count(s, /[“”]/g);
  if (quoteBalance(now) !== quoteBalance(was)) out.push({ kind: 'unbalanced-quotes', detail: '„ “' });
  const parenBalance = (s: string) => count(s, /\(/g) - count(s, /\)/g);
  if (parenBalance(now) !== parenBalance(was)) out.push({ kind: 'unbalanced-parentheses', detail: '( )' });

  const oldList = originalSentences ?? sentenceTexts(original);
  // most sentences come back unchanged, as the very same characters; the others are compared with spaces
  // normalised, pairwise and without building the normalised texts (a set of them cost a fifth of this check)
  const oldRaw = new Set(oldList);
  sentenceTexts(rewritten).forEach((s, i) => {
    if (oldRaw.has(s) || oldList.some((o) => sameNormalised(o, s))) return;
    // a repealed Absatz reads as a consolidated version shows it: "(3) (weggefallen)"
    if (REPEALED_UNIT.test(s)) return;
    const counterpart = oldList[i];
    const text = norm(body(s));
    if (!FINAL.test(text) && (!counterpart || FINAL.test(norm(counterpart)))) {
      out.push({ kind: 'no-final-punctuation', detail: text.slice(-40), sentence: i + 1 });
    }
    if (!FINITE.test(text) && (!counterpart || FINITE.test(norm(body(counterpart))))) {
      out.push({ kind: 'no-finite-verb', detail: text.slice(0, 80), sentence: i + 1 });
    }
    if (counterpart && isEmptied(body(counterpart), body(s))) out.push({ kind: 'emptied-rule', detail: text, sentence: i + 1 });
  });
  return out;
}

/**
 * A sentence that lost its content: "Ein Schriftstück kann durch die Post mit Zustellungsurkunde zugestellt
 * werden." → "Ein Schriftstück kann zugestellt werden." Only subject, modal and verb remain.
 */
export function isEmptied(originalSentence: string, rewrittenSentence: string): boolean {
  const a = words(originalSentence);
  const b = words(rewrittenSentence);
  return a - b >= 2 && b <= 5;
}
