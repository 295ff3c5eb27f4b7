/** Words shorter than this are never corrected: short words have too many neighbours at distance 1. */
export const MIN_CORRECTED_LENGTH = 6;
/** From this length on a word may be two edits away from its correction ("Unterschirft" has a swap and more). */
const LONG_WORD = 10;

/** Edits allowed for a word of this length. */
export const maxEdits = (length: number): number => (length >= LONG_WORD ? 2 : 1);

/**
 * Optimal-string-alignment distance (Damerau-Levenshtein with adjacent swaps), or `max + 1` as soon as it must exceed
 * `max`: candidates are rejected after a few cells, so a scan over a length bucket stays cheap.
 */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n]!;
}

/**
 * Corrects a lower-case word the vocabulary does not know to the closest vocabulary word ("schrifform" →
 * "schriftform"), the most frequent one among equally close words. Words are bucketed by first letter and length:
 * a drafter's slip rarely hits the first letter, and the bucket keeps a lookup to a few thousand comparisons.
 */
export class SpellingCorrector {
  private readonly buckets = new Map<string, string[]>();
  private readonly known: ReadonlySet<string>;

  /** `vocabulary`: the surface words; `frequency` says how common one is (higher wins a tie in distance). */
  constructor(vocabulary: Iterable<string>, private readonly frequency: (word: string) => number) {
    const known = new Set<string>();
    for (const w of vocabulary) {
      known.add(w);
      if (w.length < MIN_CORRECTED_LENGTH - 1 || !/^\p{Ll}+$/u.test(w)) continue;
      const key = `${w[0]}${w.length}`;
      const list = this.buckets.get(key);
      if (list) list.push(w);
      else this.buckets.set(key, [w]);
    }
    this.known = known;
  }

  /**
   * The correction of `word`, or undefined when it is known, too short, not a plain word, or has no close neighbour.
   * Not cached here: the search engine keeps each word's outcome (SearchEngine.correctionOf).
   */
  correct(word: string): string | undefined {
    if (word.length < MIN_CORRECTED_LENGTH || this.known.has(word) || !/^\p{Ll}+$/u.test(word)) return undefined;
    const max = maxEdits(word.length);
    let best: { word: string; distance: number; frequency: number } | undefined;
    for (let len = word.length - max; len <= word.length + max; len++) {
      for (const candidate of this.buckets.get(`${word[0]}${len}`) ?? []) {
        const distance = boundedDistance(word, candidate, best ? Math.min(max, best.distance) : max);
        if (distance > max || (best && distance > best.distance)) continue;
        const frequency = this.frequency(candidate);
        if (!best || distance < best.distance || frequency > best.frequency) best = { word: candidate, distance, frequency };
      }
    }
    return best?.word;
  }
}
