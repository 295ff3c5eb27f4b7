/**
 * npm run eval:search [-- --verbose] [-- --file QUESTIONS.jsonl]
 *   (EMBEDDING_MODEL + OPENAI_BASE_URL add a dense row; LLM_MODEL + SEARCH_QUERY_REWRITE=1 a row with the model's rewrite)
 * Recall@1/5/10 and MRR@10 at law + § level, for the full retrieval and its ablations, on each question set:
 * the tuning set, the held-out set (written before tuning, its misses looked at once), the blind set
 * (written mid-way, never inspected question by question), the paraphrase development set (lay words,
 * written before the thesaurus work, tuned on), the first to fourteenth blind paraphrase sets (each used for its one
 * blind run, now development data, "(jetzt dev)") and the drawn development sets 5 to 8. No blind search set is
 * left: --blind says so and stops (a new blind set is wired in as blind set 14 was, see
 * test/fixtures/README-blind14-search.md). --file evaluates one set only.
 */
import { resolve } from 'node:path';
import { loadConfig } from '../server/config';
import type { SearchHit } from '../server/contracts/search';
import { createProvider } from '../server/llm/provider';
import { searchRewritten } from '../server/llm/query-rewrite';
import { logger } from '../server/logger';
import { DenseRetriever } from '../server/retrieval/dense';
import { createSearchIndexFromDocuments, type EngineOptions } from '../server/retrieval/index';
import { listSources, loadSource } from '../server/retrieval/sources';
import { loadSearchQuestions, relevanceKey, SEARCH_QUESTION_KINDS, type SearchQuestion } from './lib/search-questions';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const fileArg = args.indexOf('--file');
const DEFAULT_SETS = [
  'test/fixtures/search-questions.jsonl',
  'test/fixtures/search-questions-heldout.jsonl',
  'test/fixtures/search-questions-blind.jsonl',
  'test/fixtures/search-questions-paraphrase-dev.jsonl',
  // blind sets 1 to 14: each used for its one blind run, now development data ("jetzt dev")
  'test/fixtures/search-questions-paraphrase-blind.jsonl',
  'test/fixtures/search-questions-paraphrase-blind2.jsonl',
  'test/fixtures/search-questions-paraphrase-blind3.jsonl',
  'test/fixtures/search-questions-paraphrase-blind4.jsonl',
  'test/fixtures/search-questions-paraphrase-blind5.jsonl',
  'test/fixtures/search-questions-paraphrase-blind6.jsonl',
  'test/fixtures/search-questions-paraphrase-blind7.jsonl',
  'test/fixtures/search-questions-paraphrase-blind8.jsonl',
  'test/fixtures/search-questions-paraphrase-blind9.jsonl',
  'test/fixtures/search-questions-paraphrase-blind10.jsonl',
  'test/fixtures/search-questions-paraphrase-blind11.jsonl',
  'test/fixtures/search-questions-paraphrase-blind12.jsonl',
  'test/fixtures/search-questions-paraphrase-blind13.jsonl',
  'test/fixtures/search-questions-paraphrase-blind14.jsonl',
  // paraphrase development set 5 (README-dev5-search.md): first run reported fresh, tuned on since
  'test/fixtures/search-questions-paraphrase-dev5.jsonl',
  // dev set 6: written after that tuning, first run reported fresh
  'test/fixtures/search-questions-paraphrase-dev6.jsonl',
  // dev set 7: written before the retrieval mechanisms of issue 10 item 5, first run reported fresh
  'test/fixtures/search-questions-paraphrase-dev7.jsonl',
  // dev set 8: written before the sibling-row, split-compound and bridge work of round 8, first run reported fresh
  'test/fixtures/search-questions-paraphrase-dev8.jsonl',
];
if (args.includes('--blind')) {
  console.log('Kein blinder Suchsatz übrig: die blinden Sätze 1 bis 14 sind verbraucht und werden ohne --blind als Entwicklungssätze gemessen.');
  process.exit(0);
}
const files = fileArg >= 0 ? [resolve(args[fileArg + 1]!)] : DEFAULT_SETS.map((f) => resolve(f));
const corpusDir = resolve(process.env.CORPUS_DIR ?? 'corpus');

const sets = files.map((file) => ({ file, questions: loadSearchQuestions(file) }));
const key = relevanceKey;

const VARIANTS: [string, EngineOptions][] = [
  ['BM25F + Analyse + Zitate + Gesetzesnamen (Standard)', { decompound: true, synonyms: true }],
  ['BM25F allein (ohne Zerlegung, Synonyme, Zitate, Namen)', { decompound: false, synonyms: false, thesaurus: false, concepts: false, citations: false, lawBoost: false }],
  ['Ablation: ohne Thesaurus und Rechtsbegriffe (Stand vorher)', { decompound: true, synonyms: true, thesaurus: false, concepts: false }],
  ['Ablation: ohne OpenThesaurus', { decompound: true, synonyms: true, thesaurus: false }],
  ['Ablation: ohne Rechtsbegriffe-Karte', { decompound: true, synonyms: true, concepts: false }],
  ['Ablation: ohne Sachgebiete-Karte', { decompound: true, synonyms: true, fields: false }],
  ['Ablation: ohne Vorschriftsarten-Karte', { decompound: true, synonyms: true, roles: false }],
  ['Ablation: ohne Zerlegung und Synonyme', { decompound: false, synonyms: false }],
  ['Ablation: ohne Kompositazerlegung', { decompound: false, synonyms: true }],
  ['Ablation: ohne Fachsynonyme', { decompound: true, synonyms: false }],
  ['Ablation: ohne Zitat-Erkennung', { decompound: true, synonyms: true, citations: false }],
  ['Ablation: ohne Gesetzesnamen-Bonus', { decompound: true, synonyms: true, lawBoost: false }],
];

const docs = listSources([corpusDir]).map(loadSource);
const indexes: { name: string; options?: EngineOptions; search: (q: string) => SearchHit[] | Promise<SearchHit[]> }[] = VARIANTS.map(
  ([name, options]) => {
    const index = createSearchIndexFromDocuments(docs, options);
    return { name, options, search: (q: string) => index.search(q, { k: 10 }) };
  },
);
// dense retrieval only when an embeddings endpoint is configured (EMBEDDING_MODEL + OPENAI_BASE_URL)
const config = loadConfig();
if (config.EMBEDDING_MODEL) {
  const index = createSearchIndexFromDocuments(docs, VARIANTS[0]![1]);
  const provider = createProvider({ ...config, LLM_MODEL: config.LLM_MODEL ?? config.EMBEDDING_MODEL }, { logger: logger.child({}, { level: 'warn' }) });
  const started = Date.now();
  const dense = await DenseRetriever.open(index, provider, { cacheDir: resolve('data/embeddings'), model: config.EMBEDDING_MODEL });
  console.log(`Dichte Einbettungen (${config.EMBEDDING_MODEL}) bereit in ${Date.now() - started} ms`);
  indexes.push({ name: `BM25F + dicht (${config.EMBEDDING_MODEL}, RRF)`, search: (q) => dense.search(q, { k: 10 }) });
}
// query rewriting by the model only when a chat model is configured and SEARCH_QUERY_REWRITE=1
if (config.LLM_MODEL && config.SEARCH_QUERY_REWRITE) {
  const index = createSearchIndexFromDocuments(docs, VARIANTS[0]![1]);
  const provider = createProvider(config, { logger: logger.child({}, { level: 'warn' }) });
  indexes.push({ name: `BM25F + Umschreibung durch ${config.LLM_MODEL}`, search: (q) => searchRewritten(index, provider, q, { k: 10 }) });
}
interface Totals {
  n: number;
  r1: number;
  r5: number;
  r10: number;
  mrr: number;
}
const emptyTotals = (): Totals => ({ n: 0, r1: 0, r5: 0, r10: 0, mrr: 0 });
const fmt = (t: Totals, x: number) => (t.n ? x / t.n : 0).toFixed(3);

for (const { file, questions } of sets) {
  const kinds = SEARCH_QUESTION_KINDS.filter((k) => questions.some((q: SearchQuestion) => q.kind === k));
  // a spent blind set is development data: the label keeps its figures from being read as blind ones
  const spent = /search-questions-paraphrase-blind\d*\.jsonl$/.test(file);
  console.log(`\nFragen: ${questions.length} (${file}${spent ? ', jetzt dev' : ''}); Korpus: ${docs.length} Dokumente`);
  console.log('Variante'.padEnd(58), 'R@1  ', 'R@5  ', 'R@10 ', 'MRR@10');
  for (const { name, options, search } of indexes) {
    const started = Date.now();
    const m = emptyTotals();
    const byKind = new Map(kinds.map((k) => [k, emptyTotals()]));
    const misses: string[] = [];
    for (const q of questions) {
      const hits = await search(q.query);
      const rel = new Set(q.relevant.map((r) => key(r.law, r.section)));
      const ranked = hits.map((h) => key(h.law, h.section ?? h.ref));
      const recallAt = (k: number) => new Set(ranked.slice(0, k).filter((r) => rel.has(r))).size / rel.size;
      const first = ranked.findIndex((r) => rel.has(r));
      const one = { n: 1, r1: recallAt(1), r5: recallAt(5), r10: recallAt(10), mrr: first >= 0 ? 1 / (first + 1) : 0 };
      for (const t of [m, ...(q.kind ? [byKind.get(q.kind)!] : [])]) for (const k of ['n', 'r1', 'r5', 'r10', 'mrr'] as const) t[k] += one[k];
      if (verbose && options === VARIANTS[0]![1] && first !== 0) {
        misses.push(`  ${q.id} (Rang ${first < 0 ? '–' : first + 1}): ${q.query}\n    erwartet ${q.relevant.map((r) => `${r.law} ${r.section}`).join(', ')}\n    erhalten ${hits.slice(0, 3).map((h) => `${h.law} ${h.ref}`).join(' | ')}`);
      }
    }
    console.log(name.padEnd(58), fmt(m, m.r1), fmt(m, m.r5), fmt(m, m.r10), fmt(m, m.mrr), ` (${Date.now() - started} ms)`);
    // per kind only for the full retrieval rows: the ablations would repeat four lines each
    if (!name.startsWith('Ablation') && !name.startsWith('BM25F allein')) {
      for (const [k, t] of byKind) console.log(`  – ${k} (${t.n})`.padEnd(58), fmt(t, t.r1), fmt(t, t.r5), fmt(t, t.r10), fmt(t, t.mrr));
    }
    if (misses.length) console.log(misses.join('\n'));
  }
}
