import { isBlind7FederalLaw } from './blind7-split';
import { usedFederalSlugsBefore } from './blind-draw';
import { corpusRoot } from './corpus';
import { drawFederalStrata, writeDrawnCandidates, type Blind3Candidate } from './sample-blind3';

/**
 * Reproducible draw of federal dev set 9 (`rules-federal-dev9.jsonl`, README-rules-dev.md): the form-word stratum only,
 * at natural frequency, because blind set 8's form stratum (the one most like a random sample of real provisions) was
 * its weakest. One random form-word Absatz per law; no enriched stratum. It only selects candidates for labelling by
 * hand and never runs the engine.
 * Laws: none of an earlier rule set (those before dev set 8 plus every set of the blind-8 round: dev 8, blind 8,
 * precision 8 and the dev-8 sweeps) and none reserved by `isBlind7FederalLaw`.
 *   npx tsx bench/lib/sample-dev9.ts federal [OUT.jsonl]
 */

const SEED = 20261219;
export const DEV9_FORM_LAWS = 150;

export function drawFederalDev9(root = corpusRoot()): Blind3Candidate[] {
  return drawFederalStrata(root, {
    seed: SEED,
    formLaws: DEV9_FORM_LAWS,
    perRareCode: 0,
    excluded: usedFederalSlugsBefore('dev9'),
    admit: (slug) => !isBlind7FederalLaw(slug),
    enriched: {},
    collapsePretest: true,
  });
}

if (import.meta.url === `file://${process.argv[1]}`)
  writeDrawnCandidates('dev9', {
    federal: drawFederalDev9,
    laender: () => {
      throw new Error('dev set 9 is federal only');
    },
  });
