import { BLIND4_KIND_COUNTS, drawSearchTargets, LAW_WEIGHTS, printSearchTargets, type SearchTarget } from './sample-blind4-search';

/**
 * Reproducible draw of the target sections of search blind set 7 (test/fixtures/README-blind7-search.md): the blind-4
 * procedure and pool with a new seed and a weights table that adds the laws shipped since (LAW_WEIGHTS stays as it
 * was, so the earlier draws keep their sections). It only chooses which § each question must be answered by, and the
 * kind of question; the questions are written by hand from the § text. It reads the corpus files, never the search
 * engine.
 *   npx tsx bench/lib/sample-blind7-search.ts [CORPUS_DIR]
 */

const SEED = 20261274;

/**
 * The blind-4 weights plus the court procedure codes and the two federal laws added later. Drafters meet the VwGO
 * through the Widerspruch and the electronic filing with the court, the other codes less often; none of them is a core
 * e-government law, so they weigh like a mid-sized or small law.
 */
export const BLIND7_LAW_WEIGHTS: Record<string, number> = { ...LAW_WEIGHTS, VwGO: 2, SGG: 1, FGO: 1, IFG: 1, BMG: 1 };

/** Drawn §§ replaced by the next draw, decided from the § text before any question was written. Empty if none. */
export const BLIND7_SKIPPED: readonly { law: string; section: string; reason: string }[] = [];

/** The 60 targets in question order (pb7-01 …), each with the kind of question to write. */
export const drawBlind7SearchTargets = (corpusDir?: string): SearchTarget[] =>
  drawSearchTargets({ seed: SEED, kindCounts: BLIND4_KIND_COUNTS, skipped: BLIND7_SKIPPED, weights: BLIND7_LAW_WEIGHTS }, corpusDir);

if (import.meta.url === `file://${process.argv[1]}`) printSearchTargets('pb7', drawBlind7SearchTargets);
