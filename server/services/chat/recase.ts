/**
 * A message typed all in lower case ("wie ersetze ich, dass die leute extra zum amt kommen müssen?") hides its nouns,
 * and the nouns are what the chat judges fit by (fit.ts: specificTerms). The corpus knows how each word is written:
 * a word written capitalised more often than not is a noun there. Recasing the message by that puts back what the
 * drafter meant, so that verbs and fillers ("ersetze", "kommen") no longer count as what the question is about.
 */

// German letters spelled out: a Unicode property class makes reading the whole corpus several times slower
const WORD = /[A-Za-zÄÖÜäöüß][A-Za-zÄÖÜäöüß-]*/g;
/** Where a sentence, a heading or a list item starts. */
const SENTENCE_BREAK = /[.!?:;)„"]\s+|\n/;
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
    for (const sentence of text.split(SENTENCE_BREAK)) {
      const words = sentence.match(WORD);
      // a sentence's first word is capitalised whatever it is
      for (let i = 1; i < (words?.length ?? 0); i++) {
        const w = words![i]!;
        const key = w.toLowerCase();
        counts.set(key, (counts.get(key) ?? 0) + (key === w ? -1 : 1));
      }
    }
  }
  return { nouns: new Set([...counts].filter(([, n]) => n > 0).map(([w]) => w)), known: new Set(counts.keys()) };
}

/**
 * The message with its nouns capitalised, when it has no capitalised word of its own; otherwise unchanged (and the
 * casing, which takes long to read, is not asked for).
 */
export function recaseNouns(text: string, casingFor: () => Casing): string {
  if (/(?<![\p{L}\d])\p{Lu}\p{L}{3,}/u.test(text) || !/\p{L}{4}/u.test(text)) return text;
  const casing = casingFor();
  return text.replace(WORD, (w) =>
    casing.nouns.has(w) || (!casing.known.has(w) && w.length >= UNKNOWN_NOUN_LENGTH) ? w.charAt(0).toUpperCase() + w.slice(1) : w,
  );
}
