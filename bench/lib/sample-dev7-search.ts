import { isBlind7FederalLaw } from './blind7-split';
import { drawSearchTargets, printSearchTargets, type SearchTarget } from './sample-blind4-search';

/**
 * Reproducible draw of the target sections of the paraphrase development set 7
 * (test/fixtures/search-questions-paraphrase-dev7.jsonl): the shared search draw with a new seed, written before the
 * retrieval mechanisms of issue 10 item 5 were tuned, to check whether they generalise.
 * Federal laws whose text blind set 7 reserves (isBlind7FederalLaw on their bundesrecht slug) are left out, so no
 * tuning example comes from that text; the draw is over-sized and cut to 30 after the filter.
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

export function drawDev7SearchTargets(corpusDir?: string): SearchTarget[] {
  const drawn = drawSearchTargets({ seed: DEV7_SEED, kindCounts: { paraphrase: 3 * DEV7_QUESTIONS }, skipped: [] }, corpusDir);
  return drawn.filter((t) => !reservedForBlind7(t.law)).slice(0, DEV7_QUESTIONS);
}

if (import.meta.url === `file://${process.argv[1]}`) printSearchTargets('pd7', drawDev7SearchTargets);
