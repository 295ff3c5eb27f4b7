/**
 * npm run eval:search [-- --verbose] [-- --file QUESTIONS.jsonl] [-- --blind]
 *   (EMBEDDING_MODEL + OPENAI_BASE_URL add a dense row; LLM_MODEL + SEARCH_QUERY_REWRITE=1 a row with the model's rewrite)
 * Recall@1/5/10 and MRR@10 at law + § level, for the full retrieval and its ablations, on each question set:
 * the tuning set, the held-out set (written before tuning, its misses looked at once), the blind set
 * (written mid-way, never inspected question by question) and the paraphrase development set (lay words,
 * written before the thesaurus work, tuned on). --blind adds the blind paraphrase set, which is opened only
 * then. --file evaluates one set only.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { loadConfig } from '../server/config';
import type { SearchHit } from '../server/contracts/search';
import { createProvider } from '../server/llm/provider';
import { searchRewritten } from '../server/llm/query-rewrite';
import { logger } from '../server/logger';
import { DenseRetriever } from '../server/retrieval/dense';
import { createSearchIndexFromDocuments, type EngineOptions } from '../server/retrieval/index';
import { listSources, loadSource } from '../server/retrieval/sources';
import { nameKey } from '../server/retrieval/law-names';

const QuestionSchema = z.object({
  id: z.string(),
  query: z.string(),
  relevant: z.array(z.object({ law: z.string(), section: z.string() })).min(1),
});
type Question = z.infer<typeof QuestionSchema>;

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const fileArg = args.indexOf('--file');
const DEFAULT_SETS = [
  'test/fixtures/search-questions.jsonl',
  'test/fixtures/search-questions-heldout.jsonl',
  'test/fixtures/search-questions-blind.jsonl',
  'test/fixtures/search-questions-paraphrase-dev.jsonl',
];
/** Read only when --blind is passed: nobody tuning the search may see its questions or per-question results. */
const BLIND_PARAPHRASE_SET = 'test/fixtures/search-questions-paraphrase-blind.jsonl';
const blind = args.includes('--blind');
if (blind && verbose) throw new Error('--blind und --verbose schließen sich aus: der blinde Satz wird nur als Summe berichtet.');
const files = (fileArg >= 0 ? [args[fileArg + 1]!] : [...DEFAULT_SETS, ...(blind ? [BLIND_PARAPHRASE_SET] : [])]).map((f) => resolve(f));
if (files.includes(resolve(BLIND_PARAPHRASE_SET)) && !blind) throw new Error('Der blinde Paraphrasen-Satz wird nur mit --blind gemessen.');
const corpusDir = resolve(process.env.CORPUS_DIR ?? 'corpus');

const readQuestions = (file: string): Question[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => QuestionSchema.parse(JSON.parse(l)));
const sets = files.map((file) => ({ file, questions: readQuestions(file) }));

const key = (law: string, section: string) => `${nameKey(law)}|${section.replace(/\s+/g, '').toLowerCase()}`;

const VARIANTS: [string, EngineOptions][] = [
  ['BM25F + Analyse + Zitate + Gesetzesnamen (Standard)', { decompound: true, synonyms: true }],
  ['BM25F allein (ohne Zerlegung, Synonyme, Zitate, Namen)', { decompound: false, synonyms: false, thesaurus: false, concepts: false, citations: false, lawBoost: false }],
  ['Ablation: ohne Thesaurus und Rechtsbegriffe (Stand vorher)', { decompound: true, synonyms: true, thesaurus: false, concepts: false }],
  ['Ablation: ohne OpenThesaurus', { decompound: true, synonyms: true, thesaurus: false }],
  ['Ablation: ohne Rechtsbegriffe-Karte', { decompound: true, synonyms: true, concepts: false }],
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
for (const { file, questions } of sets) {
  console.log(`\nFragen: ${questions.length} (${file}); Korpus: ${docs.length} Dokumente`);
  console.log('Variante'.padEnd(58), 'R@1  ', 'R@5  ', 'R@10 ', 'MRR@10');
  for (const { name, options, search } of indexes) {
    const started = Date.now();
    const m = { r1: 0, r5: 0, r10: 0, mrr: 0 };
    const misses: string[] = [];
    for (const q of questions) {
      const hits = await search(q.query);
      const rel = new Set(q.relevant.map((r) => key(r.law, r.section)));
      const ranked = hits.map((h) => key(h.law, h.section ?? h.ref));
      const recallAt = (k: number) => new Set(ranked.slice(0, k).filter((r) => rel.has(r))).size / rel.size;
      m.r1 += recallAt(1);
      m.r5 += recallAt(5);
      m.r10 += recallAt(10);
      const first = ranked.findIndex((r) => rel.has(r));
      m.mrr += first >= 0 ? 1 / (first + 1) : 0;
      if (verbose && options === VARIANTS[0]![1] && first !== 0) {
        misses.push(`  ${q.id} (Rang ${first < 0 ? '–' : first + 1}): ${q.query}\n    erwartet ${q.relevant.map((r) => `${r.law} ${r.section}`).join(', ')}\n    erhalten ${hits.slice(0, 3).map((h) => `${h.law} ${h.ref}`).join(' | ')}`);
      }
    }
    const n = questions.length;
    const f = (x: number) => (x / n).toFixed(3);
    console.log(name.padEnd(58), f(m.r1), f(m.r5), f(m.r10), f(m.mrr), ` (${Date.now() - started} ms)`);
    if (misses.length) console.log(misses.join('\n'));
  }
}
