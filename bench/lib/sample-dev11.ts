import { STRONG_TRIGGERS, usedFederalSlugsBefore, type CoreCode } from './blind-draw';
import { isBlind9FederalLaw } from './blind9-split';
import { corpusRoot } from './corpus';
import { drawFederalStrata, writeDrawnCandidates, type Blind3Candidate, type FederalDrawPlan } from './sample-blind3';
import { printStrataPoolSizes } from './sample-blind5';

/**
 * Reproducible draw of federal dev set 11 (`rules-federal-dev11.jsonl`, README-rules-dev.md): 80 form-word Absätze at
 * natural frequency (one per law, as dev sets 9 and 10), then an enriched stratum of up to six laws per code for the
 * five document and channel codes the hidden federal set misses most, drawn with their STRONG_TRIGGERS (the lists
 * sweep 11 used). It only selects candidates for labelling by hand and never runs the engine.
 * Laws: none of an earlier rule set (group `fedDev11` of blind-draw.ts and every group before it) and none reserved by
 * `isBlind9FederalLaw`.
 *   npx tsx bench/lib/sample-dev11.ts federal [OUT.jsonl]   (prints the pool sizes too)
 */

const SEED = 20261311;
export const DEV11_FORM_LAWS = 80;
export const DEV11_PER_CODE = 6;
/** In this order: the walk takes a law for the first code whose trigger it matches. */
export const DEV11_ENRICHED_CODES: readonly CoreCode[] = [
  'original_beglaubigung',
  'papier_vordruck',
  'aushang_bekanntmachung',
  'nachweis_vorlage',
  'postalisch',
];

const plan = (): FederalDrawPlan => ({
  seed: SEED,
  formLaws: DEV11_FORM_LAWS,
  perRareCode: DEV11_PER_CODE,
  excluded: usedFederalSlugsBefore('fedDev11'),
  admit: (slug) => !isBlind9FederalLaw(slug),
  enriched: Object.fromEntries(DEV11_ENRICHED_CODES.map((c) => [c, STRONG_TRIGGERS[c]])),
  collapsePretest: true,
});

export function drawFederalDev11(root = corpusRoot()): Blind3Candidate[] {
  return drawFederalStrata(root, plan());
}

if (import.meta.url === `file://${process.argv[1]}`) {
  printStrataPoolSizes(process.argv[2], plan, () => {
    throw new Error('dev set 11 is federal only');
  });
  writeDrawnCandidates('dev11', {
    federal: drawFederalDev11,
    laender: () => {
      throw new Error('dev set 11 is federal only');
    },
  });
}
