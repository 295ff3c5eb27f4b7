import { eligibleLandesrecht, STRONG_TRIGGERS, usedLaenderIdsBefore, type CoreCode } from './blind-draw';
import { isBlind8LaenderId } from './blind8-split';
import { listLandesrechtSlugs } from './corpus';
import { writeDrawnCandidates, type Blind3Candidate } from './sample-blind3';
import { drawLaenderDev } from './sample-laender-dev6';

/**
 * Reproducible draw of the Landesrecht development set 10 (`rules-laender-dev10.jsonl`, README-rules-dev.md,
 * "Landesrecht dev set 10"): after the hidden Landesrecht set of issue 8 (any-flag R 0.83) a larger share of
 * form-word Absätze at natural frequency, so that recall is measured on ordinary Landesrecht wording, plus what the
 * strong triggers of the rare codes still find. It only selects candidates for labelling by hand and never runs the
 * engine. Text reserved for blind set 8 and every earlier set (group `laenderDev10` of blind-draw.ts) is excluded.
 *   npx tsx bench/lib/sample-laender-dev10.ts laender [OUT.jsonl]
 */

const SEED = 20261210;
/**
 * 30 Absätze for the rare codes in the order of their recall on the hidden set. The strong triggers find no postal
 * Absatz, one original and one notice outside the earlier sets and the reserve (those pools are taken whole), so
 * appearance and paper share the rest.
 */
export const DEV10_QUOTA: Partial<Record<CoreCode, number>> = {
  postalisch: 6,
  persoenliches_erscheinen: 14,
  original_beglaubigung: 6,
  papier_vordruck: 14,
  aushang_bekanntmachung: 6,
};
export const DEV10_FORM_SIZE = 70;
export const DEV10_MAX_PER_LAW_CODE = 2;
export const DEV10_FORM_MAX_PER_LAW = 2;

/** The strong triggers of the rare codes, in draw order. */
const DEV10_TRIGGERS: Partial<Record<CoreCode, RegExp>> = Object.fromEntries(
  Object.keys(DEV10_QUOTA).map((code) => [code, STRONG_TRIGGERS[code as CoreCode]]),
);

/** Per rare code DEV10_QUOTA Absätze with its strong triggers (at most two per statute and code), then 70 form-word Absätze. */
export function drawLaenderDev10(): Blind3Candidate[] {
  const pool = eligibleLandesrecht(listLandesrechtSlugs(), usedLaenderIdsBefore('laenderDev10')).filter((u) => !isBlind8LaenderId(u.id));
  return drawLaenderDev(pool, {
    seed: SEED,
    quota: DEV10_QUOTA,
    vocabulary: DEV10_TRIGGERS,
    maxPerLawCode: DEV10_MAX_PER_LAW_CODE,
    formSize: DEV10_FORM_SIZE,
    formMaxPerLaw: DEV10_FORM_MAX_PER_LAW,
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeDrawnCandidates('laender-dev10', { federal: () => { throw new Error('dev set 10 is Landesrecht only'); }, laender: drawLaenderDev10 });
}
