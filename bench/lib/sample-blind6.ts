import { usedFederalSlugsBefore, usedLaenderIdsBefore } from './blind-draw';
import { isBlind6FederalLaw, isBlind6LaenderId } from './blind6-split';
import { corpusRoot } from './corpus';
import { drawFederalStrata, writeDrawnCandidates, type Blind3Candidate, type FederalDrawPlan } from './sample-blind3';
import { drawLaenderStrata, laenderPool, printStrataPoolSizes } from './sample-blind5';

/**
 * Reproducible draws of blind set 6 for the rule engine (test/fixtures/README-blind6.md): the blind-5 procedure
 * (drawFederalStrata, drawLaenderStrata) with new seeds, on the text reserved by blind6-split.ts minus every earlier
 * set (blind set 5 and the development sets 5a, 5b, 5s and Landesrecht 5 included). They only select candidates for
 * labelling by hand and never run the engine.
 *   npx tsx bench/lib/sample-blind6.ts federal|laender [OUT.jsonl]   (prints the pool sizes too)
 */

const FEDERAL_SEED = 20261227;
const LAENDER_SEED = 20261228;
export const BLIND6_FORM_LAWS = 100;
export const BLIND6_PER_RARE_CODE = 10;
export const BLIND6_LAENDER_FORM_SIZE = 50;
export const BLIND6_LAENDER_MAX_PER_LAW = 3;
export const BLIND6_LAENDER_PER_RARE_CODE = 5;
export const BLIND6_LAENDER_MAX_PER_LAW_CODE = 2;

const federalPlan = (): FederalDrawPlan => ({
  seed: FEDERAL_SEED,
  formLaws: BLIND6_FORM_LAWS,
  perRareCode: BLIND6_PER_RARE_CODE,
  excluded: usedFederalSlugsBefore('blind6'),
  admit: isBlind6FederalLaw,
});

/** Federal blind set 6: 100 form-word Absätze, then up to ten per rarer code, one per law, from the reserved laws. */
export function drawFederalBlind6(root = corpusRoot()): Blind3Candidate[] {
  return drawFederalStrata(root, federalPlan());
}

/** The Landesrecht pool of blind set 6: labellable Absätze of all statutes, in no earlier set, reserved for it. */
export function laenderPoolBlind6(): ReturnType<typeof laenderPool> {
  return laenderPool(usedLaenderIdsBefore('blind6'), isBlind6LaenderId);
}

/** Landesrecht blind set 6: 50 form-word Absätze (at most three per statute), then up to five per rarer code. */
export function drawLaenderBlind6(): Blind3Candidate[] {
  return drawLaenderStrata(laenderPoolBlind6(), {
    seed: LAENDER_SEED,
    formSize: BLIND6_LAENDER_FORM_SIZE,
    maxPerLaw: BLIND6_LAENDER_MAX_PER_LAW,
    perRareCode: BLIND6_LAENDER_PER_RARE_CODE,
    maxPerLawCode: BLIND6_LAENDER_MAX_PER_LAW_CODE,
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  printStrataPoolSizes(process.argv[2], federalPlan, laenderPoolBlind6);
  writeDrawnCandidates('blind6', { federal: drawFederalBlind6, laender: drawLaenderBlind6 });
}
