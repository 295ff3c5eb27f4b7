/**
 * A message typed all in lower case ("wie ersetze ich, dass die leute extra zum amt kommen müssen?") hides its nouns,
 * and the nouns are what the chat judges fit by (fit.ts: specificTerms). The corpus knows how each word is written:
 * a word written capitalised more often than not is a noun there. Recasing the message by that puts back what the
 * drafter meant, so that verbs and fillers ("ersetze", "kommen") no longer count as what the question is about.
 */

const WORD = /[\p{L}][\p{L}-]*/gu;
const CAPITALISED = /^\p{Lu}/u;
const SENTENCE_START = /(?:^\s*|[.!?:;)„"]\s*|\n\s*)$/;
/** A word the corpus never writes and that is this long is a compound noun of the question ("Anwohnerparkausweise"). */
const UNKNOWN_NOUN_LENGTH = 12;

export interface Casing {
  nouns: Set<string>;
  known: Set<string>;
}

/** Which words of the texts are nouns (capitalised in most of their occurrences) and which words occur at all. */
export function corpusCasing(texts: Iterable<string>): Casing {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const m of text.matchAll(WORD)) {
      // a sentence's first word is capitalised whatever it is
      if (SENTENCE_START.test(text.slice(Math.max(0, m.index - 6), m.index)) || m.index === 0) continue;
      const w = m[0];
      const key = w.toLowerCase();
      counts.set(key, (counts.get(key) ?? 0) + (CAPITALISED.test(w) ? 1 : -1));
    }
  }
  return { nouns: new Set([...counts].filter(([, n]) => n > 0).map(([w]) => w)), known: new Set(counts.keys()) };
}

/** The message with its nouns capitalised, when it has no capitalised word of its own; otherwise unchanged. */
export function recaseNouns(text: string, casing: Casing): string {
  if (/(?<![\p{L}\d])\p{Lu}\p{L}{3,}/u.test(text)) return text;
  return text.replace(WORD, (w) =>
    casing.nouns.has(w) || (!casing.known.has(w) && w.length >= UNKNOWN_NOUN_LENGTH) ? w.charAt(0).toUpperCase() + w.slice(1) : w,
  );
}
