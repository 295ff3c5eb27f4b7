/**
 * npx tsx bench/tune-ranking.ts [--config '{"feedbackWeight":0.3}' …] [--check] [--through 9]
 * Cross-set tuning of query-time ranking parameters (TUNING, docs/retrieval-prf.md, docs/retrieval-rank.md): R@5 and
 * MRR@10 of each configuration on the tuning pool (paraphrase development sets and former blind sets up to blind set 6,
 * and the dev sets 7 and 8, with the paraphrase questions split out) and the keyword/concept/citation guard. --check
 * adds the held-out sets (blind sets 7, 8 and 9), which are never tuned on and only read as totals: run it once per
 * method, after its parameters are fixed on the pool. The split was fixed before the ranking round of
 * docs/retrieval-rank.md (dev 7 and 8 moved to the pool, blind 9 joined the held-out part).
 * --through 9 is the split of docs/retrieval-clauses.md: blind sets 7 to 9 join the pool and blind sets 10, 11 and 12
 * are the held-out sets, read as totals only.
 * The index is built once; each configuration gets a fresh engine (the query cache holds analysed terms).
 */
import { resolve } from 'node:path';
import { buildIndexData } from '../server/retrieval/build';
import { SearchEngine } from '../server/retrieval/engine';
import { listSources, loadSource } from '../server/retrieval/sources';
import { TUNING } from '../server/retrieval/tuning';
import { loadSearchQuestions, relevanceKey, type SearchQuestion } from './lib/search-questions';

const args = process.argv.slice(2);
const read = (file: string) => loadSearchQuestions(resolve('test/fixtures', file));
const TUNE = [
  'search-questions-paraphrase-dev.jsonl',
  'search-questions-paraphrase-blind.jsonl',
  'search-questions-paraphrase-heldout2.jsonl',
  'search-questions-paraphrase-blind2.jsonl',
  'search-questions-paraphrase-blind3.jsonl',
  'search-questions-paraphrase-blind4.jsonl',
  'search-questions-paraphrase-dev5.jsonl',
  'search-questions-paraphrase-blind5.jsonl',
  'search-questions-paraphrase-dev6.jsonl',
  'search-questions-paraphrase-blind6.jsonl',
  'search-questions-paraphrase-dev7.jsonl',
  'search-questions-paraphrase-dev8.jsonl',
];
const GUARD = ['search-questions.jsonl', 'search-questions-heldout.jsonl', 'search-questions-blind.jsonl'];
const blindSets = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `search-questions-paraphrase-blind${from + i}.jsonl`);
const through = args.includes('--through') ? Number(args[args.indexOf('--through') + 1]) : 6;
if (through !== 6 && through !== 9) throw new Error('--through: 6 (Aufteilung von retrieval-rank.md) oder 9 (retrieval-clauses.md)');
TUNE.push(...blindSets(7, through));
const CHECK = blindSets(through + 1, through + 3);
const isParaphrase = (q: SearchQuestion) => (q.kind ?? 'paraphrase') === 'paraphrase';
const tune = TUNE.flatMap(read);
const pools: [string, SearchQuestion[]][] = [
  ['Tuning: Paraphrase', tune.filter(isParaphrase)],
  ['Tuning: blind5+6 Paraphrase', ['search-questions-paraphrase-blind5.jsonl', 'search-questions-paraphrase-blind6.jsonl'].flatMap(read).filter(isParaphrase)],
  ['Tuning: dev7+8 Paraphrase', ['search-questions-paraphrase-dev7.jsonl', 'search-questions-paraphrase-dev8.jsonl'].flatMap(read).filter(isParaphrase)],
  ...(through > 6 ? [['Tuning: blind7–9 Paraphrase', blindSets(7, through).flatMap(read).filter(isParaphrase)] as [string, SearchQuestion[]]] : []),
  ['Tuning: Stichwort/Begriff/Zitat', [...GUARD.flatMap(read), ...tune.filter((q) => !isParaphrase(q))]],
  ...(args.includes('--check')
    ? CHECK.flatMap((f): [string, SearchQuestion[]][] => {
        const qs = read(f);
        const name = f.replace(/^search-questions-paraphrase-|\.jsonl$/g, '');
        return [
          [`Prüfung ${name}: Paraphrase`, qs.filter(isParaphrase)],
          [`Prüfung ${name}: alle`, qs],
        ];
      })
    : []),
  ...(args.includes('--check')
    ? ([
        [`Prüfung blind${through + 1}–${through + 3}: Paraphrase`, CHECK.flatMap(read).filter(isParaphrase)],
        // the default sets of eval:search, all questions pooled (heldout2 is none of them)
        ['Alle Standardsätze von eval:search', [...GUARD, ...TUNE, ...CHECK].filter((f) => !f.includes('heldout2')).flatMap(read)],
      ] as [string, SearchQuestion[]][])
    : []),
];

const configs: Record<string, number>[] = [{}];
args.forEach((a, i) => {
  if (a === '--config') configs.push(JSON.parse(args[i + 1]!) as Record<string, number>);
});

const options = { decompound: true, synonyms: true };
const docs = listSources([resolve('corpus')]).map(loadSource);
/** Parameters read when the index is built (BM25F impacts): a configuration changing one gets its own index. */
const BUILD_KEYS = new Set(['k1', 'textWeight', 'textB', 'textLengthCap', 'titleWeight', 'titleB', 'keywordWeight', 'keywordB', 'keywordAvgLength', 'partWeight', 'generalPartWeight']);
const defaults = { ...TUNING };
const standardData = buildIndexData(docs, options);
console.log('Konfiguration'.padEnd(44), 'Satz'.padEnd(36), 'n'.padStart(4), 'R@5  ', 'MRR@10', 'ms/Frage');
for (const config of configs) {
  Object.assign(TUNING, defaults, config);
  const data = Object.keys(config).some((k) => BUILD_KEYS.has(k)) ? buildIndexData(docs, options) : standardData;
  const engine = new SearchEngine(data, options);
  const label = Object.keys(config).length ? JSON.stringify(config) : 'Standard';
  for (const [name, questions] of pools) {
    let r5 = 0;
    let mrr = 0;
    const started = performance.now();
    for (const q of questions) {
      const rel = new Set(q.relevant.map((r) => relevanceKey(r.law, r.section)));
      const ranked = engine.search(q.query, { k: 10 }).map((h) => relevanceKey(h.law, h.section ?? h.ref));
      r5 += new Set(ranked.slice(0, 5).filter((r) => rel.has(r))).size / rel.size;
      const first = ranked.findIndex((r) => rel.has(r));
      mrr += first >= 0 ? 1 / (first + 1) : 0;
    }
    const ms = (performance.now() - started) / questions.length;
    const n = questions.length;
    console.log(label.padEnd(44), name.padEnd(36), String(n).padStart(4), (r5 / n).toFixed(3), (mrr / n).toFixed(3), ms.toFixed(1));
  }
}
