import { eligibleLandesrecht, usedLaenderIdsBefore, type CoreCode } from './blind-draw';
import { isBlind7LaenderId } from './blind7-split';
import { listLandesrechtSlugs } from './corpus';
import { writeDrawnCandidates, type Blind3Candidate } from './sample-blind3';
import { drawLaenderDev } from './sample-laender-dev6';

/**
 * Reproducible draw of the Landesrecht development set 7 (`rules-laender-dev7.jsonl`, README-rules-dev.md,
 * "Landesrecht dev set 7"): fresh text for the codes whose recall was weakest on the hidden Landesrecht set of issue 8,
 * with a vocabulary broader than dev set 6 (zuleiten, mündlich, zur Niederschrift, gebunden, Buch …) so that
 * wording the rules do not know is drawn as well. It only selects candidates for labelling by hand and never runs the
 * engine. Text reserved for blind set 7 and every earlier Landesrecht set (including both precision files) is excluded.
 *   npx tsx bench/lib/sample-laender-dev7.ts laender [OUT.jsonl]
 */

const SEED = 20261208;
/** Originals and notices are exhausted by the earlier sets (1 Absatz each is left); post, appearance and paper get 15 each. */
export const DEV7_QUOTA: Partial<Record<CoreCode, number>> = {
  postalisch: 15,
  persoenliches_erscheinen: 15,
  original_beglaubigung: 8,
  papier_vordruck: 15,
  aushang_bekanntmachung: 8,
};
export const DEV7_FORM_SIZE = 20;
export const DEV7_MAX_PER_LAW_CODE = 2;
export const DEV7_FORM_MAX_PER_LAW = 2;

/** Broad vocabulary per weak code, in draw order (weakest recall on the hidden Landesrecht set first). */
export const DEV7_VOCABULARY: Partial<Record<CoreCode, RegExp>> = {
  postalisch:
    /\bPost(?!en)|Brief|\bzustell|Zustellung|zuzustell|Einschreib|eingeschrieben|übersend|übersand|\bzuleit|\bzuzuleit|\bzugeleitet|freizumach|freigemacht|Rückschein/i,
  persoenliches_erscheinen:
    /persönlich|\berschein(?!t|ung)|zu erscheinen|vorsprech|vorzusprech|vorlad|vorzulad|vorgeladen|anhör|anzuhör|mündlich|zur Niederschrift|Sprechtag/i,
  original_beglaubigung: /Original|Urschrift|beglaubig|Ausfertigung|Beglaubigung|beurkund|Abschrift|Urkunde/i,
  papier_vordruck: /Vordruck|Muster|Formbl[aä]tt|(?:zwei|drei|vier|fünf|sechs|mehr)fach\b|Ausfertigungen|Papier|\bgebunden|(?<=[a-zäöüß])buch(?:es|s)?\b|Exemplar/i,
  aushang_bekanntmachung: /aush[äa]ng|ortsüblich|auszulegen|ausgelegt|\bAnschlag|Zeitung\b|Zeitungen|Amtsblatt/i,
};

/** Per weak code DEV7_QUOTA Absätze with its broad vocabulary (at most two per statute and code), then 20 form-word Absätze. */
export function drawLaenderDev7(): Blind3Candidate[] {
  const pool = eligibleLandesrecht(listLandesrechtSlugs(), usedLaenderIdsBefore('blind7')).filter((u) => !isBlind7LaenderId(u.id));
  return drawLaenderDev(pool, {
    seed: SEED,
    quota: DEV7_QUOTA,
    vocabulary: DEV7_VOCABULARY,
    maxPerLawCode: DEV7_MAX_PER_LAW_CODE,
    formSize: DEV7_FORM_SIZE,
    formMaxPerLaw: DEV7_FORM_MAX_PER_LAW,
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeDrawnCandidates('laender-dev7', { federal: () => { throw new Error('dev set 7 is Landesrecht only'); }, laender: drawLaenderDev7 });
}
