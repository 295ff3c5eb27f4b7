import { BLIND4_KIND_COUNTS, drawSearchTargets, printSearchTargets, type SearchTarget } from './sample-blind4-search';
import { BLIND7_LAW_WEIGHTS } from './sample-blind7-search';

/**
 * Reproducible draw of the target sections of search blind set 13 (test/fixtures/README-blind13-search.md): the
 * blind-7 procedure, pool, weights and mix with a new seed, as for sets 9 to 12. It only chooses which § each question must be
 * answered by, and the kind of question; the questions are written by hand from the § text. It reads the corpus files,
 * never the search engine.
 *   npx tsx bench/lib/sample-blind13-search.ts [CORPUS_DIR]
 */

const SEED = 20261617;

/** Drawn §§ replaced by the next draw, decided from the § text before any question was written. Empty if none. */
export const BLIND13_SKIPPED: readonly { law: string; section: string; reason: string }[] = [];

/** The 60 targets in question order (pb13-01 …), each with the kind of question to write. */
export const drawBlind13SearchTargets = (corpusDir?: string): SearchTarget[] =>
  drawSearchTargets({ seed: SEED, kindCounts: BLIND4_KIND_COUNTS, skipped: BLIND13_SKIPPED, weights: BLIND7_LAW_WEIGHTS }, corpusDir);

if (import.meta.url === `file://${process.argv[1]}`) printSearchTargets('pb13', drawBlind13SearchTargets);
