import { usedFederalSlugsBefore, usedLaenderIdsBefore } from './blind-draw';
import { isBlind7FederalLaw, isBlind7LaenderId } from './blind7-split';
import { corpusRoot } from './corpus';
import { drawFederalStrata, writeDrawnCandidates, type Blind3Candidate, type FederalDrawPlan } from './sample-blind3';
import { drawLaenderStrata, laenderPool, printStrataPoolSizes } from './sample-blind5';

/**
 * Reproducible draws of blind set 7 for the rule engine (test/fixtures/README-blind7.md): the procedure of blind sets
 * 5 and 6 (drawFederalStrata, drawLaenderStrata) with new seeds, on the text reserved by blind7-split.ts minus every
 * earlier set (blind set 6, the dev sets 6 and both precision-6 files included). Unlike the earlier draws the federal
 * pre-test reads the law with whitespace collapsed, so a trigger broken across a line is not skipped. They only select
 * candidates for labelling by hand and never run the engine.
 *   npx tsx bench/lib/sample-blind7.ts federal|laender [OUT.jsonl]   (prints the pool sizes too)
 */

const FEDERAL_SEED = 20261237;
const LAENDER_SEED = 20261238;
export const BLIND7_FORM_LAWS = 100;
export const BLIND7_PER_RARE_CODE = 10;
export const BLIND7_LAENDER_FORM_SIZE = 60;
export const BLIND7_LAENDER_MAX_PER_LAW = 3;
/** As for federal law at most ten per rarer code; the Landesrecht pools left after blind set 6 hold far fewer. */
export const BLIND7_LAENDER_PER_RARE_CODE = 10;
export const BLIND7_LAENDER_MAX_PER_LAW_CODE = 2;

const federalPlan = (): FederalDrawPlan => ({
  seed: FEDERAL_SEED,
  formLaws: BLIND7_FORM_LAWS,
  perRareCode: BLIND7_PER_RARE_CODE,
  excluded: usedFederalSlugsBefore('blind7'),
  admit: isBlind7FederalLaw,
  collapsePretest: true,
});

/** Federal blind set 7: 100 form-word Absätze, then up to ten per rarer code, one per law, from the reserved laws. */
export function drawFederalBlind7(root = corpusRoot()): Blind3Candidate[] {
  return drawFederalStrata(root, federalPlan());
}

/** The Landesrecht pool of blind set 7: labellable Absätze of all statutes, in no earlier set, reserved for it. */
export function laenderPoolBlind7(): ReturnType<typeof laenderPool> {
  return laenderPool(usedLaenderIdsBefore('blind7'), isBlind7LaenderId);
}

/** Landesrecht blind set 7: 60 form-word Absätze (at most three per statute), then up to ten per rarer code. */
export function drawLaenderBlind7(): Blind3Candidate[] {
  return drawLaenderStrata(laenderPoolBlind7(), {
    seed: LAENDER_SEED,
    formSize: BLIND7_LAENDER_FORM_SIZE,
    maxPerLaw: BLIND7_LAENDER_MAX_PER_LAW,
    perRareCode: BLIND7_LAENDER_PER_RARE_CODE,
    maxPerLawCode: BLIND7_LAENDER_MAX_PER_LAW_CODE,
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  printStrataPoolSizes(process.argv[2], federalPlan, laenderPoolBlind7);
  writeDrawnCandidates('blind7', { federal: drawFederalBlind7, laender: drawLaenderBlind7 });
}
