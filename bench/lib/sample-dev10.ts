import { isBlind8FederalLaw } from './blind8-split';
import { usedFederalSlugsBefore } from './blind-draw';
import { corpusRoot } from './corpus';
import { drawFederalStrata, writeDrawnCandidates, type Blind3Candidate } from './sample-blind3';

/**
 * Reproducible draw of federal dev set 10 (`rules-federal-dev10.jsonl`, README-rules-dev.md): dev set 9's procedure
 * (form-word stratum only, at natural frequency, one random form-word Absatz per law) with a new seed, because blind
 * set 8's form stratum stayed the weakest and the hidden federal set looks like it. It only selects candidates for
 * labelling by hand and never runs the engine.
 * Laws: none of an earlier rule set (those before dev set 9 plus dev set 9 and its sweeps, group `dev10` of
 * blind-draw.ts) and none reserved by `isBlind8FederalLaw`.
 *   npx tsx bench/lib/sample-dev10.ts federal [OUT.jsonl]
 */

const SEED = 20261310;
export const DEV10_FORM_LAWS = 120;

export function drawFederalDev10(root = corpusRoot()): Blind3Candidate[] {
  return drawFederalStrata(root, {
    seed: SEED,
    formLaws: DEV10_FORM_LAWS,
    perRareCode: 0,
    excluded: usedFederalSlugsBefore('dev10'),
    admit: (slug) => !isBlind8FederalLaw(slug),
    enriched: {},
    collapsePretest: true,
  });
}

if (import.meta.url === `file://${process.argv[1]}`)
  writeDrawnCandidates('dev10', {
    federal: drawFederalDev10,
    laender: () => {
      throw new Error('dev set 10 is federal only');
    },
  });
