import { isBlind7FederalLaw } from './blind7-split';
import { PRECISION_SAMPLE6_PATH, usedFederalSlugsBefore } from './blind-draw';
import { corpusRoot } from './corpus';
import { DEV7_VOCABULARY } from './sample-dev7';
import { drawFederalStrata, writeDrawnCandidates, type Blind3Candidate } from './sample-blind3';

/**
 * Reproducible draw of federal dev set 8 (`rules-federal-dev8.jsonl`, README-rules-dev.md): fresh development text
 * after the blind-7 run, for the generalisation targets of issue 8 (any-flag P/R ≥ 0.95 on hidden federal provisions).
 * It only selects candidates for labelling by hand and never runs the engine.
 * Laws: none of an earlier rule set (every set up to dev 7, blind 7 and precision 7 included) and none reserved for
 * blind sets 7 and 8 (`isBlind7FederalLaw`). Stratum "form": 60 laws, one random Absatz with a broad form word
 * (natural frequency, so that precision on mentions is measured too); stratum "enriched": eight laws per weak code
 * with the broad wording of dev set 7 (DEV7_VOCABULARY), one Absatz each.
 *   npx tsx bench/lib/sample-dev8.ts federal [OUT.jsonl]
 */

const SEED = 20261218;
export const DEV8_FORM_LAWS = 60;
export const DEV8_PER_CODE = 8;

/**
 * Slugs of every federal law of an earlier rule set: those of dev set 7's draw plus dev 7, blind 7, precision sample 7
 * and its labelled false flags (precision dev 7).
 */
export const usedFederalSlugsBefore8 = (): Set<string> => usedFederalSlugsBefore('blind8', [PRECISION_SAMPLE6_PATH]);

export function drawFederalDev8(root = corpusRoot()): Blind3Candidate[] {
  return drawFederalStrata(root, {
    seed: SEED,
    formLaws: DEV8_FORM_LAWS,
    perRareCode: DEV8_PER_CODE,
    excluded: usedFederalSlugsBefore8(),
    admit: (slug) => !isBlind7FederalLaw(slug),
    enriched: DEV7_VOCABULARY,
    collapsePretest: true,
  });
}

if (import.meta.url === `file://${process.argv[1]}`)
  writeDrawnCandidates('dev8', {
    federal: drawFederalDev8,
    laender: () => {
      throw new Error('dev set 8 is federal only');
    },
  });
