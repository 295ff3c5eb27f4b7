import { eligibleLandesrecht, usedLaenderIdsBefore, type CoreCode } from './blind-draw';
import { isBlind7LaenderId } from './blind7-split';
import { listLandesrechtSlugs } from './corpus';
import { writeDrawnCandidates, type Blind3Candidate } from './sample-blind3';
import { drawLaenderDev } from './sample-laender-dev6';

/**
 * Reproducible draw of the Landesrecht development set 8 (`rules-laender-dev8.jsonl`, README-rules-dev.md,
 * "Landesrecht dev set 8"): what is left of the Landesrecht corpus after dev set 7, for the codes weakest on the hidden
 * Landesrecht set of issue 8. Dev set 7 took every Absatz its postal, original and notice words found, so the
 * vocabulary here reaches further (übermitteln, zusenden, Empfangsbekenntnis; Anwesenheit, Vorführung, Amtsstelle;
 * Kopie, Notar; Kartei, Ausweis, Plakette, Stempel; Einsicht, Bekanntmachung, Tafel): most of it draws hard negatives.
 * It only selects candidates for labelling by hand and never runs the engine. Text reserved for blind sets 7 and 8 and
 * every earlier Landesrecht set (including both precision files of round 7) is excluded.
 *   npx tsx bench/lib/sample-laender-dev8.ts laender [OUT.jsonl]
 */

const SEED = 20261209;
/** Originals are exhausted (3 Absätze match even the broad list); appearance and paper get the most. */
export const DEV8_QUOTA: Partial<Record<CoreCode, number>> = {
  postalisch: 15,
  persoenliches_erscheinen: 20,
  original_beglaubigung: 3,
  papier_vordruck: 20,
  aushang_bekanntmachung: 12,
};
export const DEV8_FORM_SIZE = 10;
export const DEV8_MAX_PER_LAW_CODE = 2;
export const DEV8_FORM_MAX_PER_LAW = 2;

/** Broad vocabulary per weak code, in draw order (weakest recall on the hidden Landesrecht set first). */
export const DEV8_VOCABULARY: Partial<Record<CoreCode, RegExp>> = {
  postalisch: /versend|versandt|Versand|übermitt|Empfangsbekenntnis|Zustellungsurkunde|Rückschein|\bzugestellt|zuzusenden|zugesandt|zusenden/i,
  persoenliches_erscheinen:
    /persönlich|\berschein(?!t|ung)|zu erscheinen|vorsprech|vorzusprech|vorlad|vorzulad|vorgeladen|anhör|anzuhör|mündlich|Niederschrift|Sprechtag|anwesen|vorführ|vorzuführ|einzufinden|Amtsstelle|an Ort und Stelle|Dienststelle|sich\b[^.]{0,40}\bzu melden/i,
  original_beglaubigung: /Original|Urschrift|beglaubig|Ausfertigung|beurkund|Abschrift|Urkunde|Kopie|Zweitschrift|notariell|Notar(?!zt|ärzt)|Duplikat|amtlich bestätigt/i,
  papier_vordruck:
    /Vordruck|Muster|Formbl[aä]tt|Formular|(?:zwei|drei|vier|fünf|sechs|mehr)fach\b|Ausfertigungen|Papier|\bgebunden|(?<=[a-zäöüß])buch(?:es|s)?\b|Exemplar|Kartei|Karte\b|Stempel|Siegel|Plakette|Ausweis(?!ung)|Durchschrift|Abdruck|Druckstück|Heft\b/i,
  aushang_bekanntmachung:
    /aush[äa]ng|ortsüblich|auszulegen|ausgelegt|\bAnschlag|Zeitung|Amtsblatt|Einsicht|einzusehen|Tafel|bekannt zu machen|bekanntzumachen|bekannt gemacht|Bekanntmachung|Staatsanzeiger|Verkündung/i,
};

/** Per weak code DEV8_QUOTA Absätze with its broad vocabulary (at most two per statute and code), then 10 form-word Absätze. */
export function drawLaenderDev8(): Blind3Candidate[] {
  const pool = eligibleLandesrecht(listLandesrechtSlugs(), usedLaenderIdsBefore('dev8')).filter((u) => !isBlind7LaenderId(u.id));
  return drawLaenderDev(pool, {
    seed: SEED,
    quota: DEV8_QUOTA,
    vocabulary: DEV8_VOCABULARY,
    maxPerLawCode: DEV8_MAX_PER_LAW_CODE,
    formSize: DEV8_FORM_SIZE,
    formMaxPerLaw: DEV8_FORM_MAX_PER_LAW,
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeDrawnCandidates('laender-dev8', { federal: () => { throw new Error('dev set 8 is Landesrecht only'); }, laender: drawLaenderDev8 });
}
