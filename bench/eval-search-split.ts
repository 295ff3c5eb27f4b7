/**
 * npm run eval:search-split [-- --misses build] [-- --only-default] [-- --build-only]
 * The measured decision for each retrieval mechanism: R@5 and MRR@10 of the default search and of each mechanism
 * switched off, on the keyword/concept/citation questions and on the paraphrase pool (all paraphrase sets together:
 * development set, former blind set, held-out set 2 and the paraphrase questions of blind sets 2 and 3), split 50/50 by a
 * seeded hash of the question id. Mechanisms are built from the build half only; the check half is read as totals
 * only and reported as held-out. A mechanism is kept when it raises the check half and does not lower the keyword
 * sets. --misses build prints the build half's misses (rank > 3); the check half is never printed.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { createSearchIndexFromDocuments, type EngineOptions } from '../server/retrieval/index';
import { listSources, loadSource } from '../server/retrieval/sources';
import { loadSearchQuestions, relevanceKey, type SearchQuestion } from './lib/search-questions';

const args = process.argv.slice(2);
const read = (file: string) => loadSearchQuestions(resolve('test/fixtures', file));
// former blind sets with question kinds: each had its one blind run and is development data now
const mixed = ['search-questions-paraphrase-blind2.jsonl', 'search-questions-paraphrase-blind3.jsonl'].flatMap(read);
const keyword = [
  ...['search-questions.jsonl', 'search-questions-heldout.jsonl', 'search-questions-blind.jsonl'].flatMap(read),
  ...mixed.filter((q) => q.kind !== 'paraphrase'),
];
const paraphrase = [
  ...['search-questions-paraphrase-dev.jsonl', 'search-questions-paraphrase-blind.jsonl', 'search-questions-paraphrase-heldout2.jsonl'].flatMap(read),
  ...mixed.filter((q) => q.kind === 'paraphrase'),
];
/** The seed of the split made before the work on issue 10 item 5 (a new seed: the earlier halves were tuned on). */
const SPLIT_SEED = 'issue10-retrieval';
const half = (q: SearchQuestion) => (parseInt(createHash('sha256').update(`${SPLIT_SEED}:${q.id}`).digest('hex').slice(0, 8), 16) % 2 === 0 ? 'build' : 'check');
/** --build-only: while tuning, not even the check half's totals are shown. */
const buildOnly = args.includes('--build-only');
const sets: [string, SearchQuestion[]][] = [
  [`Stichwort/Begriff/Zitat`, keyword],
  ['Paraphrase Bauhälfte', paraphrase.filter((q) => half(q) === 'build')],
  ...(buildOnly ? [] : ([
    ['Paraphrase Prüfhälfte', paraphrase.filter((q) => half(q) === 'check')],
    ['Paraphrase alle', paraphrase],
  ] as [string, SearchQuestion[]][])),
];

const BASE: EngineOptions = { decompound: true, synonyms: true };
const VARIANTS: [string, EngineOptions][] = [
  ['Standard', BASE],
  ['ohne Rechtsbegriffe-Karte', { ...BASE, concepts: false }],
  ['ohne Sachgebiete-Karte', { ...BASE, fields: false }],
  ['ohne Vorschriftsarten-Karte', { ...BASE, roles: false }],
  ['ohne OpenThesaurus', { ...BASE, thesaurus: false }],
  ['ohne Kompositazerlegung', { ...BASE, decompound: false }],
];
const only = args.includes('--only-default');
const missesOf = args.includes('--misses') ? args[args.indexOf('--misses') + 1] : undefined;
if (missesOf === 'check') throw new Error('Die Prüfhälfte wird nur als Summe berichtet.');
const misses: string[] = [];
const docs = listSources([resolve('corpus')]).map(loadSource);
console.log('Variante'.padEnd(28), ...sets.map(([n, qs]) => `${n} [${qs.length}] `.padEnd(26)));
for (const [name, options] of only ? VARIANTS.slice(0, 1) : VARIANTS) {
  const index = createSearchIndexFromDocuments(docs, options);
  const cells = sets.map(([, qs]) => {
    let r5 = 0;
    let mrr = 0;
    for (const q of qs) {
      const rel = new Set(q.relevant.map((r) => relevanceKey(r.law, r.section)));
      const hits = index.search(q.query, { k: 10 });
      const ranked = hits.map((h) => relevanceKey(h.law, h.section ?? h.ref));
      r5 += new Set(ranked.slice(0, 5).filter((r) => rel.has(r))).size / rel.size;
      const first = ranked.findIndex((r) => rel.has(r));
      mrr += first >= 0 ? 1 / (first + 1) : 0;
      if (missesOf === 'build' && name === 'Standard' && qs === sets[1]![1] && half(q) === 'build' && (first < 0 || first >= 3)) {
        misses.push(`${q.id} (Rang ${first < 0 ? '–' : first + 1}): ${q.query}\n  erwartet ${q.relevant.map((r) => `${r.law} ${r.section}`).join(', ')}; erhalten ${hits.slice(0, 3).map((h) => `${h.law} ${h.section}`).join(' | ')}`);
      }
    }
    return `${(r5 / qs.length).toFixed(3)} / ${(mrr / qs.length).toFixed(3)}`.padEnd(26);
  });
  console.log(name.padEnd(28), ...cells);
}
if (misses.length) console.log(`\nFehlgriffe (Rang > 3) der Bauhälfte:\n${misses.join('\n')}`);
