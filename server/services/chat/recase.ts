import { UNKNOWN_NOUN_LENGTH, type Casing } from '../../retrieval/casing';

/**
 * A message typed all in lower case ("wie ersetze ich, dass die leute extra zum amt kommen müssen?") hides its nouns,
 * and the nouns are what the chat judges fit by (fit.ts: specificTerms). The corpus knows how each word is written
 * (retrieval/casing.ts, counted with the index). Recasing the message by that puts back what the drafter meant, so
 * that verbs and fillers ("ersetze", "kommen") no longer count as what the question is about.
 */

// German letters spelled out, as the corpus words were counted
const WORD = /[A-Za-zÄÖÜäöüß][A-Za-zÄÖÜäöüß-]*/g;

/** The message with its nouns capitalised, when it has no capitalised word of its own; otherwise unchanged. */
export function recaseNouns(text: string, casing: Casing): string {
  if (/(?<![\p{L}\d])\p{Lu}\p{L}{3,}/u.test(text) || !/\p{L}{4}/u.test(text)) return text;
  return text.replace(WORD, (w) =>
    casing.nouns.has(w) || (w.length >= UNKNOWN_NOUN_LENGTH && !casing.known.has(w)) ? w.charAt(0).toUpperCase() + w.slice(1) : w,
  );
}
