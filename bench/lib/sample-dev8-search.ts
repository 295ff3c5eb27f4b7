import { drawUnreservedParaphraseTargets } from './sample-dev7-search';
import { printSearchTargets, type SearchTarget } from './sample-blind4-search';

/**
 * Reproducible draw of the target sections of the paraphrase development set 8
 * (test/fixtures/search-questions-paraphrase-dev8.jsonl): the dev-7 draw (text reserved for blind set 7 left out) with
 * a new seed, written before the sibling-row, split-compound and bridge work of round 8 to check it on fresh §§.
 *   npx tsx bench/lib/sample-dev8-search.ts [CORPUS_DIR]
 */
export const DEV8_SEED = 20261288;
const DEV8_QUESTIONS = 30;

export function drawDev8SearchTargets(corpusDir?: string): SearchTarget[] {
  return drawUnreservedParaphraseTargets(DEV8_SEED, DEV8_QUESTIONS, corpusDir);
}

if (import.meta.url === `file://${process.argv[1]}`) printSearchTargets('pd8', drawDev8SearchTargets);
