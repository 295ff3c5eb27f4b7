import type { Category } from '../../contracts/finding';
import { ELECTRONIC_EXCLUDED } from '../lexicon';

/**
 * What the rest of the Absatz already says, so that a rewrite never contradicts it: a sentence that excludes the
 * electronic form, alternatives and conditions that are already there.
 */

/** Words that open an electronic channel; a change that adds one of them re-allows the electronic route. */
const ELECTRONIC_WORD = /elektronisch|Textform|Nutzerkonto|Internet|Identitätsnachweis|Bild- und Tonübertragung/gi;

/** Categories whose fix opens an electronic route for the act itself (publication and evidence fixes do not). */
const ACT_CATEGORIES: ReadonlySet<Category> = new Set([
  'schriftform',
  'unterschrift',
  'persoenliches_erscheinen',
  'original_beglaubigung',
  'papier_vordruck',
  'postalisch',
  'technologie_spezifisch',
]);

/** Index (0-based) of the first sentence that excludes the electronic form ("Die elektronische Form ist ausgeschlossen."). */
export function excludingSentence(sentences: readonly string[]): number {
  return sentences.findIndex((s) => ELECTRONIC_EXCLUDED.test(s));
}

const electronicCount = (s: string) => (s.match(ELECTRONIC_WORD) ?? []).length;

/** The change adds an electronic channel that was not there ("schriftlich" → "schriftlich oder elektronisch"). */
export function introducesElectronic(oldWords: string, newWords: string): boolean {
  return electronicCount(newWords) > electronicCount(oldWords);
}

export function reallowsElectronic(categories: readonly Category[], oldWords: string, newWords: string): boolean {
  return categories.some((c) => ACT_CATEGORIES.has(c)) && introducesElectronic(oldWords, newWords);
}

const keyOfLower = (lower: string) => lower.replace(/[^\p{L}\d]+/gu, ' ').trim();
const key = (s: string) => keyOfLower(s.toLowerCase());

/** The Absatz already says it: the sentence (or its opening condition and rule) is part of the text. */
export function alreadyStated(absatz: string, sentence: string): boolean {
  const want = key(sentence);
  const lower = absatz.toLowerCase();
  // the key of a whole Absatz is costly; each inner word of the sentence must stand in it as it is, which rules out most
  return want.split(' ').slice(1, -1).every((w) => lower.includes(w)) && keyOfLower(lower).includes(want);
}

/**
 * The inserted words already follow the anchor ("schriftlich oder elektronisch" stays as it is). Reads only as much
 * of `after` as the comparison needs (the key of a prefix is a prefix of the key): an Absatz of 200,000 characters
 * with hundreds of insertions would otherwise be read once per insertion.
 */
export function alreadyFollows(after: string, words: string): boolean {
  const want = key(words);
  for (let n = want.length + 32; ; n *= 2) {
    const have = key(after.slice(0, n));
    if (have.length >= want.length || n >= after.length) return have.startsWith(want);
  }
}
