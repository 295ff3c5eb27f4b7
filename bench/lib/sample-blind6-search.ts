import { BLIND4_KIND_COUNTS, drawSearchTargets, printSearchTargets, type SearchTarget } from './sample-blind4-search';

/**
 * Reproducible draw of the target sections of search blind set 6 (test/fixtures/README-blind6-search.md): the blind-4
 * procedure, weights and pool (sample-blind4-search.ts) with a new seed. It only chooses which § each question must be
 * answered by, and the kind of question; the questions are written by hand from the § text. It reads the corpus files,
 * never the search engine.
 *   npx tsx bench/lib/sample-blind6-search.ts [CORPUS_DIR]
 */

const SEED = 20261227;

/** Drawn §§ replaced by the next draw, decided from the § text before any question was written. Empty if none. */
export const BLIND6_SKIPPED: readonly { law: string; section: string; reason: string }[] = [];

/** The 60 targets in question order (pb6-01 …), each with the kind of question to write. */
export const drawBlind6SearchTargets = (corpusDir?: string): SearchTarget[] => drawSearchTargets({ seed: SEED, kindCounts: BLIND4_KIND_COUNTS, skipped: BLIND6_SKIPPED }, corpusDir);

if (import.meta.url === `file://${process.argv[1]}`) printSearchTargets('pb6', drawBlind6SearchTargets);
