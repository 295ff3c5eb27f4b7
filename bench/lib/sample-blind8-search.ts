import { BLIND4_KIND_COUNTS, drawSearchTargets, printSearchTargets, type SearchTarget } from './sample-blind4-search';
import { BLIND7_LAW_WEIGHTS } from './sample-blind7-search';

/**
 * Reproducible draw of the target sections of search blind set 8 (test/fixtures/README-blind8-search.md): the blind-7
 * procedure, pool, weights and mix with a new seed. The shipped corpus holds no law the blind-7 weights lack, so the
 * table is reused as it is. It only chooses which § each question must be answered by, and the kind of question; the
 * questions are written by hand from the § text. It reads the corpus files, never the search engine.
 *   npx tsx bench/lib/sample-blind8-search.ts [CORPUS_DIR]
 */

const SEED = 20261288;

/** Drawn §§ replaced by the next draw, decided from the § text before any question was written. Empty if none. */
export const BLIND8_SKIPPED: readonly { law: string; section: string; reason: string }[] = [];

/** The 60 targets in question order (pb8-01 …), each with the kind of question to write. */
export const drawBlind8SearchTargets = (corpusDir?: string): SearchTarget[] =>
  drawSearchTargets({ seed: SEED, kindCounts: BLIND4_KIND_COUNTS, skipped: BLIND8_SKIPPED, weights: BLIND7_LAW_WEIGHTS }, corpusDir);

if (import.meta.url === `file://${process.argv[1]}`) printSearchTargets('pb8', drawBlind8SearchTargets);
