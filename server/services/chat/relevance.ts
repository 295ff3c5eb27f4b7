import type { SearchHit } from '../../contracts/search';
import { parseCitations } from '../../retrieval/citations';
import { QUERY_STOP_WORDS, STOP_WORDS, stem, tokenize } from '../../retrieval/normalize';
import { memoByText } from '../../memo';
import { haystack, namesFieldOf, uncovered } from './fit';

/** Hits below this share of the best score of their kind are noise next to it. */
const RELATIVE_CUTOFF = 0.35;

const contentTokens = (text: string): string[] => tokenize(text).filter((w) => w.length >= 3 && !STOP_WORDS.has(w) && !QUERY_STOP_WORDS.has(w));
const contentStems = (text: string): Set<string> => new Set(contentTokens(text).map(stem));

/** A hit's words for reading it by meaning (fit.ts), keyed by its law and text. */
const meaningHay = memoByText((key) => {
  const [law = '', text = ''] = key.split('\u0000');
  return haystack(text, [], [law]);
});

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

/** "§ 3a" of a hit "§ 3a Abs. 2" (the blanks before "Abs." matched from their first, as the first match starts anyway). */
export const sectionOf = (h: SearchHit): string => h.section ?? h.ref.replace(/(?<!\s)\s+Abs\..*$/, '');

/**
 * Keeps the hits that the query cites ("§ 3a VwVfG") and those that share content words (by stem, or as
 * part of a compound) with the query and score close to the best hit of their kind (laws and guidance are
 * scored on different scales). BM25 always returns something; this is what lets an answer say "nothing
 * found" instead of quoting noise.
 */
export function relevantHits(query: string, hits: SearchHit[]): SearchHit[] {
  const cited = new Set(parseCitations(query).map((c) => `${c.law.toLowerCase()}\u0000${c.section}`));
  const isCited = (h: SearchHit) => cited.has(`${h.law.toLowerCase()}\u0000${sectionOf(h)}`);
  // each stem with a word it stands for, to look up the field the word names
  const wordOf = new Map<string, string>();
  for (const w of contentTokens(query)) if (!wordOf.has(stem(w))) wordOf.set(stem(w), w);
  const terms = [...wordOf.keys()];
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
    const literal = terms.filter((t) => stems.has(t) || (t.length >= 5 && folded.includes(t)));
    // a word the hit puts in its own terms counts as fittingHits counts it: its field is the hit's law ("Umzug",
    // "ummelden" and § 23a BMG on the "Anmeldung") or a statute word for it stands there ("E-Mail" → elektronisch);
    // anchored by a word of the question itself or by the field, since a paraphrase alone fits anything electronic
    const field = terms.filter((t) => !literal.includes(t) && namesFieldOf(wordOf.get(t)!, h.law));
    if (literal.length + field.length === 0) return false;
    const hay = meaningHay(`${h.law}\u0000${h.text}`);
    const meant = terms.filter((t) => !literal.includes(t) && !field.includes(t) && uncovered([{ stem: t, word: wordOf.get(t)! }], hay, true, true).length === 0);
    // the field is one topic, however many of its words the question uses ("Umzug", "ummelden")
    return enough([...literal, ...field.slice(0, 1), ...meant]);
  });
}
