import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { BLIND4_KIND_COUNTS, drawSearchTargets, printSearchTargets, type SearchTarget } from './sample-blind4-search';
import { BLIND7_LAW_WEIGHTS } from './sample-blind7-search';
import { loadSearchQuestions, relevanceKey } from './search-questions';

/**
 * Reproducible draw of the target sections of search blind set 14 (test/fixtures/README-blind14-search.md): the
 * blind-7 procedure, weights and mix with a new seed, as for sets 9 to 13, but from a pool without every section that
 * an earlier search set counts as relevant, so that no question of set 14 asks a section tuned on before. It only
 * chooses which § each question must be answered by, and the kind of question; the questions are written by hand from
 * the § text. It reads the corpus files and the earlier question files, never the search engine.
 *   npx tsx bench/lib/sample-blind14-search.ts [CORPUS_DIR]
 */

const SEED = 20261717;
const FIXTURES = resolve(import.meta.dirname, '../../test/fixtures');

/** Every search set written before set 14 (all `search-questions*.jsonl` but set 14 itself). */
export const searchSetsBeforeBlind14 = (): string[] =>
  readdirSync(FIXTURES)
    .filter((f) => /^search-questions.*\.jsonl$/.test(f) && !/blind14/.test(f))
    .sort()
    .map((f) => resolve(FIXTURES, f));

/** The sections the earlier search sets count as relevant, as `relevanceKey` writes them. */
export const sectionsAskedBeforeBlind14 = (): Set<string> =>
  new Set(searchSetsBeforeBlind14().flatMap((f) => loadSearchQuestions(f).flatMap((q) => q.relevant.map((r) => relevanceKey(r.law, r.section)))));

/** Drawn §§ replaced by the next draw, decided from the § text before any question was written. Empty if none. */
export const BLIND14_SKIPPED: readonly { law: string; section: string; reason: string }[] = [];

/** The 60 targets in question order (pb14-01 …), each with the kind of question to write. */
export const drawBlind14SearchTargets = (corpusDir?: string): SearchTarget[] =>
  drawSearchTargets(
    { seed: SEED, kindCounts: BLIND4_KIND_COUNTS, skipped: BLIND14_SKIPPED, weights: BLIND7_LAW_WEIGHTS, excluded: sectionsAskedBeforeBlind14() },
    corpusDir,
  );

if (import.meta.url === `file://${process.argv[1]}`) printSearchTargets('pb14', drawBlind14SearchTargets);
