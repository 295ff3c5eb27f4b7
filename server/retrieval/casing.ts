/**
 * How the corpus writes its words: a word written capitalised more often than not is a noun there. The chat reads
 * a message typed all in lower case by it (services/chat/recase.ts). Counted while the index is built, in the same
 * pass over the Absätze (in the rebuild worker for imports), and persisted with it: no chat turn reads the corpus.
 */

// German letters spelled out: a Unicode property class makes reading the whole corpus several times slower
const WORD = /[A-Za-zÄÖÜäöüß][A-Za-zÄÖÜäöüß-]*/g;
/** Where a sentence, a heading or a list item starts. */
const SENTENCE_BREAK = /[.!?:;)„"]\s+|\n/;
/** A word the corpus never writes and that is this long is a compound noun of the question ("Anwohnerparkausweise"). */
export const UNKNOWN_NOUN_LENGTH = 12;

export interface Casing {
  /** Words (lower case) the corpus writes capitalised in most of their occurrences. */
  nouns: Set<string>;
  /** Words (lower case) of at least UNKNOWN_NOUN_LENGTH letters that the corpus writes at all. */
  known: Set<string>;
}

/** Counts, per lower-case word, its capitalised occurrences minus its lower-case ones. */
export class CasingCounter {
  private readonly counts = new Map<string, number>();

  add(text: string): void {
    for (const sentence of text.split(SENTENCE_BREAK)) {
      const words = sentence.match(WORD);
      // a sentence's first word is capitalised whatever it is
      for (let i = 1; i < (words?.length ?? 0); i++) {
        const w = words![i]!;
        const key = w.toLowerCase();
        this.counts.set(key, (this.counts.get(key) ?? 0) + (key === w ? -1 : 1));
      }
    }
  }

  /** The word lists as persisted with the index. */
  lists(): { nouns: string[]; longWords: string[] } {
    const nouns: string[] = [];
    const longWords: string[] = [];
    for (const [w, n] of this.counts) {
      if (n > 0) nouns.push(w);
      if (w.length >= UNKNOWN_NOUN_LENGTH) longWords.push(w);
    }
    return { nouns, longWords };
  }
}

export const casingOf = (lists: { nouns: string[]; longWords: string[] }): Casing => ({ nouns: new Set(lists.nouns), known: new Set(lists.longWords) });

/** The casing of some texts (tests, small corpora). */
export function corpusCasing(texts: Iterable<string>): Casing {
  const counter = new CasingCounter();
  for (const t of texts) counter.add(t);
  return casingOf(counter.lists());
}
