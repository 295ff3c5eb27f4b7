import { drawSearchTargets, printSearchTargets, type SearchTarget } from './sample-blind4-search';

/**
 * Reproducible draw of the target sections of the paraphrase development set 6
 * (test/fixtures/search-questions-paraphrase-dev6.jsonl): the blind-4 draw with a new seed and 20 paraphrases,
 * written after the vocabulary work of issue 10 part 5 to measure it on sections nobody tuned on.
 *   npx tsx bench/lib/sample-dev6-search.ts [CORPUS_DIR]
 */
export const DEV6_SEED = 20261207;
export const DEV6_SKIPPED: readonly { law: string; section: string; reason: string }[] = [];

export function drawDev6SearchTargets(corpusDir?: string): SearchTarget[] {
  return drawSearchTargets({ seed: DEV6_SEED, kindCounts: { paraphrase: 20 }, skipped: DEV6_SKIPPED }, corpusDir);
}

if (import.meta.url === `file://${process.argv[1]}`) printSearchTargets('pd6', drawDev6SearchTargets);
