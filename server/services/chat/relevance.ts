import type { SearchHit } from '../../contracts/search';
import { parseCitations } from '../../retrieval/citations';
import { QUERY_STOP_WORDS, STOP_WORDS, stem, tokenize } from '../../retrieval/normalize';
import { memoByText } from '../../memo';

/** Hits below this share of the best score of their kind are noise next to it. */
const RELATIVE_CUTOFF = 0.35;

const contentStems = (text: string): Set<string> =>
  new Set(
    tokenize(text)
      .filter((w) => w.length >= 3 && !STOP_WORDS.has(w) && !QUERY_STOP_WORDS.has(w))
      .map(stem),
  );

/** Content stems and folded words of a hit's text (the same provisions come back for many questions). */
const termsOfHay = memoByText((hay) => ({ stems: contentStems(hay), folded: tokenize(hay).join(' ') }));

/**
 * Content words of a question as lower-case word beginnings (no folding, no stemming), for finding the sentence of
 * a provision that answers it: "Alternativen zur Schriftform" → ["alternat", "schriftf"].
 */
export function contentWords(text: string): string[] {
  const words = tokenize(text).filter((w) => w.length >= 4 && !STOP_WORDS.has(w) && !QUERY_STOP_WORDS.has(w));
  return [...new Set(words.map((w) => w.slice(0, 8)))];
}

/** "§ 3a" of a hit "§ 3a Abs. 2". */
export const sectionOf = (h: SearchHit): string => h.section ?? h.ref.replace(/\s+Abs\..*$/, '');

/**
 * Keeps the hits that the query cites ("§ 3a VwVfG") and those that share content words (by stem, or as
 * part of a compound) with the query and score close to the best hit of their kind (laws and guidance are
 * scored on different scales). BM25 always returns something; this is what lets an answer say "nothing
 * found" instead of quoting noise.
 */
export function relevantHits(query: string, hits: SearchHit[]): SearchHit[] {
  const cited = new Set(parseCitations(query).map((c) => `${c.law.toLowerCase()}\u0000${c.section}`));
  const isCited = (h: SearchHit) => cited.has(`${h.law.toLowerCase()}\u0000${sectionOf(h)}`);
  const terms = [...contentStems(query)];
  // one shared word is chance when the query has several ("Wetter" stems like "Wette", "eigenhändig" is in the
  // Testament rule of a question about signatures); two shared words are a topic
  const enough = (matched: string[]) => matched.length >= 2 || (matched.length === 1 && terms.length < 3);
  const top = new Map<string, number>();
  for (const h of hits) {
    if (isCited(h)) continue;
    const kind = h.kind ?? 'law';
    top.set(kind, Math.max(top.get(kind) ?? 0, h.score));
  }
  return hits.filter((h) => {
    if (isCited(h)) return true;
    if (terms.length === 0 || h.score < (top.get(h.kind ?? 'law') ?? 0) * RELATIVE_CUTOFF) return false;
    const { stems, folded } = termsOfHay(`${h.law} ${h.lawTitle ?? ''} ${h.ref} ${h.title} ${h.text}`);
    return enough(terms.filter((t) => stems.has(t) || (t.length >= 5 && folded.includes(t))));
  });
}
