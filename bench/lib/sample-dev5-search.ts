import { drawSearchTargets, printSearchTargets, type SearchTarget } from './sample-blind4-search';

/**
 * Reproducible draw of the target sections of the paraphrase development set 5
 * (test/fixtures/search-questions-paraphrase-dev5.jsonl): the blind-4 draw (law weights, eligibility) with a new seed
 * and 40 paraphrase questions only, because paraphrases are the kind that misses. It reads the corpus, never the search.
 *   npx tsx bench/lib/sample-dev5-search.ts [CORPUS_DIR]
 */
export const DEV5_SEED = 20261206;
export const DEV5_SKIPPED: readonly { law: string; section: string; reason: string }[] = [];

export function drawDev5SearchTargets(corpusDir?: string): SearchTarget[] {
  return drawSearchTargets({ seed: DEV5_SEED, kindCounts: { paraphrase: 40 }, skipped: DEV5_SKIPPED }, corpusDir);
}

if (import.meta.url === `file://${process.argv[1]}`) printSearchTargets('pd5', drawDev5SearchTargets);
