import { splitSentences } from '../../parser/structure';

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
/** Absatz marker "(2)" and item markers "1.", "a)" are no words of the sentence. */
const body = (s: string) => s.replace(/^\(\d+[a-z]?\)\s*/, '').replace(/(?:^|\s)(?:\d+[a-z]?\.|[a-z]{1,2}\))(?=\s)/g, ' ');

function sentencesOf(text: string): string[] {
  return splitSentences(text, 0, text.length).map((s) => text.slice(s.start, s.end));
}

/** Defects of `rewritten` that `original` does not have. */
export function newDefects(original: string, rewritten: string): Defect[] {
  const out: Defect[] = [];
  const pool = new Map<string, number>();
  for (const d of doubledWords(original)) {
    const key = d.toLowerCase();
    pool.set(key, (pool.get(key) ?? 0) + 1);
  }
  for (const d of doubledWords(rewritten)) {
    const key = d.toLowerCase();
    const left = pool.get(key) ?? 0;
    if (left > 0) pool.set(key, left - 1);
    else out.push({ kind: 'doubled-word', detail: d });
  }
  if (count(rewritten, UNJOINED) > count(original, UNJOINED)) out.push({ kind: 'missing-conjunction', detail: rewritten.match(UNJOINED)!.join('; ') });
  const quoteBalance = (s: string) => count(s, /„/g) - count(s, /[“”]/g);
  if (quoteBalance(rewritten) !== quoteBalance(original)) out.push({ kind: 'unbalanced-quotes', detail: '„ “' });
  const parenBalance = (s: string) => count(s, /\(/g) - count(s, /\)/g);
  if (parenBalance(rewritten) !== parenBalance(original)) out.push({ kind: 'unbalanced-parentheses', detail: '( )' });

  const oldList = sentencesOf(original);
  const old = new Set(oldList.map(norm));
  sentencesOf(rewritten).forEach((s, i) => {
    if (old.has(norm(s))) return;
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
