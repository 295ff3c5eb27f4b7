import { isBlind7FederalLaw } from './blind7-split';
import { drawSearchTargets, printSearchTargets, type SearchTarget } from './sample-blind4-search';

/**
 * Reproducible draw of the target sections of the paraphrase development sets 7 and later
 * (test/fixtures/search-questions-paraphrase-dev7.jsonl, …-dev8.jsonl): the shared search draw with a seed of its own,
 * written before the retrieval work of its round was tuned, to check whether that work generalises.
 * Federal laws whose text blind set 7 reserves (isBlind7FederalLaw on their bundesrecht slug) are left out, so no
 * tuning example comes from that text; the draw is over-sized and cut to the set's size after the filter.
 *   npx tsx bench/lib/sample-dev7-search.ts [CORPUS_DIR]
 */
export const DEV7_SEED = 20261277;
const DEV7_QUESTIONS = 30;

/** The bundesrecht slug of each federal law of the search corpus (Landesrecht has none and is never reserved here). */
const FEDERAL_SLUGS: Readonly<Record<string, string>> = {
  AO: 'ao_1977', BDSG: 'bdsg_2018', BGB: 'bgb', BGG: 'bgg', 'BITV 2.0': 'bitv_2_0', BMG: 'bmg', 'De-Mail-G': 'de-mail-g',
  EGovG: 'egovg', FGO: 'fgo', IFG: 'ifg', OZG: 'ozg', PAuswG: 'pauswg', 'SGB I': 'sgb_1', 'SGB X': 'sgb_10', SGG: 'sgg',
  VDG: 'vdg', VwGO: 'vwgo', VwVfG: 'vwvfg', VwZG: 'vwzg_2005',
};

const reservedForBlind7 = (law: string): boolean => {
  const slug = FEDERAL_SLUGS[law];
  return slug !== undefined && isBlind7FederalLaw(slug);
};

/** A paraphrase draw of `questions` targets with `seed`, outside the text reserved for blind set 7. */
export function drawUnreservedParaphraseTargets(seed: number, questions: number, corpusDir?: string): SearchTarget[] {
  const drawn = drawSearchTargets({ seed, kindCounts: { paraphrase: 3 * questions }, skipped: [] }, corpusDir);
  return drawn.filter((t) => !reservedForBlind7(t.law)).slice(0, questions);
}

export function drawDev7SearchTargets(corpusDir?: string): SearchTarget[] {
  return drawUnreservedParaphraseTargets(DEV7_SEED, DEV7_QUESTIONS, corpusDir);
}

if (import.meta.url === `file://${process.argv[1]}`) printSearchTargets('pd7', drawDev7SearchTargets);
