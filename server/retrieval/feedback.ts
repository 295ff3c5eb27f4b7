import type { WeightedTerm } from './analyzer';
import { parseCitations, parseSectionRefs } from './citations';
import type { LawNameTable } from './law-names';
import { QUERY_STOP_WORDS, STOP_WORDS, tokenize } from './normalize';
import { TUNING } from './tuning';

/**
 * Pseudo-relevance feedback (RM3-style, docs/retrieval-prf.md): the best §§ of a first pass lend a lay question the
 * statute words it lacks. Each feedback Absatz weighs by its share of the first pass's scores; a term scores by its
 * relative frequency in them; the few best rare terms the question does not already have are added, the best at
 * TUNING.feedbackWeight, which is below a typed word (1) and below a concept-map term.
 */

/** One first-pass hit: the index terms of its best Absatz (with the § title) and its score. */
export interface FeedbackDoc {
  terms: string[];
  score: number;
}

/**
 * Whether a query is lay wording that feedback may expand: long enough to carry a story, no citation and no law named.
 * A citation or a named law already says where to look; expanding it would only blur what the user typed.
 */
export function isFeedbackQuery(query: string, names: LawNameTable): boolean {
  if (parseCitations(query).length > 0 || parseSectionRefs(query).length > 0 || names.mentioned(query).length > 0) return false;
  const words = tokenize(query).filter((w) => !STOP_WORDS.has(w) && !QUERY_STOP_WORDS.has(w));
  return words.length >= TUNING.feedbackMinWords;
}

/** Feedback terms with their weights, strongest first; none that the query has, none commoner than feedbackMinIdf. */
export function feedbackTerms(docs: FeedbackDoc[], queryTerms: ReadonlySet<string>, idf: (term: string) => number): WeightedTerm[] {
  const total = docs.reduce((sum, d) => sum + Math.max(0, d.score), 0);
  if (total <= 0) return [];
  const mass = new Map<string, number>();
  for (const { terms, score } of docs) {
    if (terms.length === 0 || score <= 0) continue;
    const share = score / total / terms.length;
    for (const t of terms) {
      if (queryTerms.has(t)) continue;
      const i = idf(t);
      if (!Number.isFinite(i) || i < TUNING.feedbackMinIdf) continue;
      mass.set(t, (mass.get(t) ?? 0) + share);
    }
  }
  const ranked = [...mass].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, TUNING.feedbackTerms);
  const top = ranked[0]?.[1] ?? 0;
  return ranked.map(([term, m]) => ({ term, weight: (TUNING.feedbackWeight * m) / top }));
}
