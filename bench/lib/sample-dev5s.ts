import { usedFederalSlugsBefore } from './blind-draw';
import { corpusRoot } from './corpus';
import { isBlind5FederalLaw } from './blind5-split';
import { drawFederalStrata, writeDrawnCandidates, type Blind3Candidate } from './sample-blind3';

/**
 * Reproducible draw of federal dev set 5s (`rules-federal-dev5s.jsonl`, issue 8): a development set for the written
 * form, labelled by the rubric before the engine ran on it. One Absatz per law, 80 laws in seeded random order, each
 * Absatz with a written-form or record word; only laws of no earlier rule set (dev, held-out, de-papered proxy, blind
 * 3 and 4) and outside the text reserved for blind set 5. It selects candidates and never runs the engine.
 *   npx tsx bench/lib/sample-dev5s.ts federal [OUT.jsonl]
 */

const SEED = 20261215;
export const DEV5S_SIZE = 80;
/** Written form and record duties, the vocabulary of the schriftform rule and the documentation duties of issue 8. */
export const DEV5S_WORDS = /schriftlich|Schriftform|Niederschrift|zu Protokoll|dokumentier|festzuhalten|festgehalten|aufzuzeichnen|aufgezeichnet/i;

export function drawFederalDev5s(root = corpusRoot()): Blind3Candidate[] {
  return drawFederalStrata(root, {
    seed: SEED,
    formLaws: DEV5S_SIZE,
    perRareCode: 0,
    formWords: DEV5S_WORDS,
    excluded: usedFederalSlugsBefore('blind5'),
    admit: (slug) => !isBlind5FederalLaw(slug),
  });
}

if (import.meta.url === `file://${process.argv[1]}`)
  writeDrawnCandidates('dev5s', {
    federal: drawFederalDev5s,
    laender: () => {
      throw new Error('dev set 5s is federal only');
    },
  });
