import { Decompounder } from './decompound';
import { QUERY_STOP_WORDS, STOP_WORDS, stem, tokenize } from './normalize';
import { SYNONYMS } from './synonyms';

/** One analysed term with its weight (1 for the word itself, less for compound parts and synonyms). */
export interface WeightedTerm {
  term: string;
  weight: number;
}

export interface AnalyzerOptions {
  decompound: boolean;
  synonyms: boolean;
}

/** Weight of a compound part relative to the whole word, in documents (tf) and in queries. */
export const PART_WEIGHT = 0.5;
export const QUERY_PART_WEIGHT = 0.6;
export const SYNONYM_WEIGHT = 0.4;

const isIndexable = (w: string) => !STOP_WORDS.has(w) && (w.length > 1 || /\d/.test(w));

/** Surface words eligible as decompounding dictionary entries. */
export function isDictionaryWord(w: string, count: number): boolean {
  return count >= 2 && w.length >= 3 && !STOP_WORDS.has(w) && /^\p{L}+$/u.test(w);
}

/**
 * German analysis shared by indexing and querying: tokens → stop words out → Snowball stem (folded) →
 * compound parts from the corpus dictionary. Queries additionally drop question scaffolding and add
 * domain synonyms.
 */
export class Analyzer {
  private readonly decompounder: Decompounder;
  private readonly surfaceCache = new Map<string, WeightedTerm[]>();

  constructor(
    dictionary: ReadonlySet<string>,
    readonly options: AnalyzerOptions = { decompound: true, synonyms: true },
  ) {
    this.decompounder = new Decompounder(dictionary);
  }

  /** Index-side terms of one surface word (cached: the corpus repeats its vocabulary a lot). */
  analyzeWord(word: string): WeightedTerm[] {
    let out = this.surfaceCache.get(word);
    if (out) return out;
    out = [];
    if (isIndexable(word)) {
      out.push({ term: stem(word), weight: 1 });
      const parts = this.options.decompound ? this.decompounder.split(word) : null;
      if (parts) for (const p of parts) out.push({ term: stem(p), weight: PART_WEIGHT });
    }
    if (this.surfaceCache.size > 300_000) this.surfaceCache.clear();
    this.surfaceCache.set(word, out);
    return out;
  }

  /** Query terms with weights; the same term keeps its highest weight. */
  analyzeQuery(text: string): WeightedTerm[] {
    const weights = new Map<string, number>();
    const put = (t: string, w: number) => {
      if ((weights.get(t) ?? 0) < w) weights.set(t, w);
    };
    for (const word of tokenize(text)) {
      if (QUERY_STOP_WORDS.has(word)) continue;
      for (const { term, weight } of this.analyzeWord(word)) {
        const w = weight === 1 ? 1 : QUERY_PART_WEIGHT;
        put(term, w);
        if (this.options.synonyms) for (const s of SYNONYMS.get(term) ?? []) put(s, SYNONYM_WEIGHT * w);
      }
    }
    return [...weights].map(([term, weight]) => ({ term, weight }));
  }
}
