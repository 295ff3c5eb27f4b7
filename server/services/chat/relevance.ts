import type { SearchHit } from '../../contracts/search';
import { QUERY_STOP_WORDS, STOP_WORDS, stem, tokenize } from '../../retrieval/normalize';

/** Hits below this share of the best score are noise next to it. */
const RELATIVE_CUTOFF = 0.35;

const contentStems = (text: string): Set<string> =>
  new Set(
    tokenize(text)
      .filter((w) => w.length >= 3 && !STOP_WORDS.has(w) && !QUERY_STOP_WORDS.has(w))
      .map(stem),
  );

/**
 * Keeps the hits that share content words (by stem, or as part of a compound) with the query
 * and score close enough to the best one. BM25 always returns something; this is what lets the offline
 * answer say "nothing found" instead of quoting noise.
 */
export function relevantHits(query: string, hits: SearchHit[]): SearchHit[] {
  const terms = [...contentStems(query)].filter((t) => t.length >= 3);
  if (terms.length === 0 || hits.length === 0) return [];
  const top = Math.max(...hits.map((h) => h.score));
  // one shared word is chance when the query has several ("Wetter" stems like "Wette"); two are a topic
  const required = terms.length >= 3 ? 2 : 1;
  return hits.filter((h) => {
    if (h.score < top * RELATIVE_CUTOFF) return false;
    const hay = `${h.law} ${h.ref} ${h.title} ${h.text}`;
    const stems = contentStems(hay);
    const folded = tokenize(hay).join(' ');
    const matched = terms.filter((t) => stems.has(t) || (t.length >= 5 && folded.includes(t))).length;
    return matched >= required;
  });
}
