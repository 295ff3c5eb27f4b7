import { fold, tokenize } from './normalize';

/**
 * How much each word of a question counts before analysis: 1 for the question's subject, less for words it negates
 * ("ohne Bezahlung", "(keine Planfeststellung)") and for the drafter's framing ("für einen Gesetzentwurf zum digitalen
 * …"). Without this a negated or framing word pulls its own §§ like any subject word: "ohne Bezahlung" found the
 * payment §§, "zum digitalen Forderungshandel" the e-invoice §§.
 */

/** Words that open a negation whose scope is the following noun phrase. */
const NEGATION_CUE = /^(?:ohne|kein|keine|keinen|keinem|keiner|keines)$/;
/** "ohne dass …", "ohne zu …" open a clause, not a noun phrase: the topic usually sits inside ("ohne dass ein Sachbearbeiter …"). */
const CLAUSE_AFTER_CUE = /^(?:dass|daß|zu)$/;
/** Words of a negated noun phrase at most: the cue, up to two adjectives or articles, then the noun. */
const MAX_SCOPE = 3;

export const isNegationCue = (token: string): boolean => NEGATION_CUE.test(token);

/** One framing phrase: consecutive pattern words, "*" for any letters (corpus/thesaurus/rahmen.tsv). */
export type FramingPhrase = RegExp[];

/** "gesetzentwurf* zum digital*" → one regex per word, matched against folded tokens. */
export function compileFramingPhrase(pattern: string): FramingPhrase {
  return tokenizePattern(pattern).map(
    (w) => new RegExp(`^${w.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('\\p{L}*')}$`, 'u'),
  );
}

function tokenizePattern(pattern: string): string[] {
  return pattern
    .toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean)
    .map(fold);
}

export interface ScopeWeights {
  /** Factor of a word inside a negation ("ohne Bezahlung"). */
  negated: number;
  /** Factor of a word inside a parenthesised negation ("(keine Planfeststellung)"): an aside that excludes a matter. */
  excluded: number;
  /** Factor of a word of a framing phrase. */
  framing: number;
}

/**
 * Factor per lower-cased word of the question, only for words that count less than 1. A word that also occurs
 * outside every such scope keeps 1: "Unterschrift" in "ohne Unterschrift … die Unterschrift ersetzen" is the subject.
 */
export function scopeFactors(text: string, framing: FramingPhrase[], weights: ScopeWeights): Map<string, number> {
  const inScope = new Map<string, number>();
  const full = new Set<string>();
  const mark = (word: string, f: number) => inScope.set(word, Math.min(inScope.get(word) ?? 1, f));
  // parenthesised asides that exclude: "(keine Planfeststellung)", "(nicht die Gemeinde)", also as one part of a
  // list ("(allgemeines Verfahrensrecht, nicht Steuer- oder Sozialrecht)"); "(ohne Unterschrift)" describes the case
  // instead and gets the plain negation scope below
  let rest = text.replace(/\(([^()]*)\)/g, (all, inner: string) => {
    const parts = inner.split(/[,;]/);
    const excludes = (part: string) => {
      const words = tokenize(part);
      return words.length > 0 && (/^kein/.test(words[0]!) || words[0] === 'nicht');
    };
    if (!parts.some(excludes)) return all;
    for (const part of parts.filter(excludes)) for (const w of tokenize(part).slice(1)) mark(w, weights.excluded);
    return ` ${parts.filter((part) => !excludes(part)).join(' , ')} , `;
  });
  // "ohne Bezahlung", "keine vorherige Anmeldung": up to and including the first capitalised word (the noun)
  rest = rest.replace(/(^|[^\p{L}])(ohne|kein(?:e[nmrs]?)?)((?:\s+[\p{L}\d-]+){1,3})/giu, (all, pre: string, _cue: string, phrase: string) => {
    const raw = phrase.trim().split(/\s+/);
    if (CLAUSE_AFTER_CUE.test(raw[0]!.toLowerCase())) return all;
    const noun = raw.findIndex((w) => /^\p{Lu}/u.test(w));
    if (noun < 0 || noun >= MAX_SCOPE) return all;
    for (const w of tokenize(raw.slice(0, noun + 1).join(' '))) mark(w, weights.negated);
    return `${pre} , `;
  });
  const tokens = tokenize(rest);
  const folded = tokens.map(fold);
  const framed = new Set<number>();
  for (const phrase of framing)
    for (let i = 0; i + phrase.length <= tokens.length; i++)
      if (phrase.every((re, j) => re.test(folded[i + j]!))) for (let j = 0; j < phrase.length; j++) framed.add(i + j);
  tokens.forEach((t, i) => (framed.has(i) ? mark(t, weights.framing) : full.add(t)));
  for (const w of full) inScope.delete(w);
  return inScope;
}
