/**
 * npm run eval:llm [-- --limit N] [--chat-only] [--review-only] [--verbose]
 * Opt-in evaluation against the configured OpenAI-compatible endpoint (OPENAI_BASE_URL / OPENAI_API_KEY, LLM_MODEL):
 *  - chat over test/fixtures/search-questions.jsonl: citation accuracy (cited law + § among the relevant ones) and
 *    answer hit rate, offline answerer vs. LLM answerer on the same retrieved hits;
 *  - review over test/fixtures/rules-dev.jsonl: precision/recall of the rule engine alone vs. rules + AI review.
 * A report, not a gate. Without a configured endpoint it exits with a German message.
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { llmEnabled, loadConfig } from '../server/config';
import { CORE_CATEGORIES, type Finding } from '../server/contracts/finding';
import type { Citation } from '../server/contracts/search';
import { createLlmServices } from '../server/llm/index';
import { addUsage, ZERO_USAGE, type TokenUsage } from '../server/llm/tokens';
import { logger } from '../server/logger';
import { parseSnippet } from '../server/parser/snippet';
import { nameKey } from '../server/retrieval/law-names';
import { openSearchIndex } from '../server/retrieval/index';
import { checkDocument } from '../server/rules/engine';
import type { Answerer } from '../server/services/chat/answerer';
import { createOfflineAnswerer } from '../server/services/chat/offline-answerer';
import { computeMetrics, type EvalMetrics, type ScoredItem } from './lib/metrics';
import { loadRulesDev } from './lib/rules-dev';

const QuestionSchema = z.object({
  id: z.string(),
  query: z.string(),
  relevant: z.array(z.object({ law: z.string(), section: z.string() })).min(1),
});
type Question = z.infer<typeof QuestionSchema>;

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const limitArg = args.indexOf('--limit');
const limit = limitArg >= 0 ? Number(args[limitArg + 1]) : Infinity;

const config = loadConfig(process.env);
if (!llmEnabled(config)) {
  console.error(
    'Kein Sprachmodell konfiguriert. Bitte LLM_MODEL und OPENAI_BASE_URL (oder OPENAI_API_KEY) setzen, z. B.\n' +
      '  OPENAI_BASE_URL=http://localhost:11434/v1 LLM_MODEL=qwen2.5:14b npm run eval:llm\n' +
      'Die Auswertung ist optional und läuft nie in der CI.',
  );
  process.exit(1);
}
// Per-call logs would drown the report; --verbose shows them.
logger.level = flag('--verbose') ? 'info' : 'error';
const llm = createLlmServices(config)!;

const sectionOf = (ref: string) => /^(§\s*\d+[a-z]?|Art\.?\s*\d+[a-z]?)/.exec(ref.trim())?.[1]?.replace(/\s+/g, '').toLowerCase() ?? ref.toLowerCase();
const key = (law: string, ref: string) => `${nameKey(law)}|${sectionOf(ref)}`;
const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

/** Runs `fn` over items with at most `n` in flight (the provider limits concurrency again). */
async function pool<T, R>(items: T[], n: number, fn: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(n, items.length) }, async () => {
      for (let i = next++; i < items.length; i = next++) out[i] = await fn(items[i]!, i);
    }),
  );
  return out;
}

interface ChatScore {
  cited: number;
  correct: number;
  answersWithRelevant: number;
  answersWithoutCitation: number;
  failures: number;
}

function scoreCitations(acc: ChatScore, q: Question, citations: Citation[]): void {
  const relevant = new Set(q.relevant.map((r) => key(r.law, r.section)));
  const keys = citations.filter((c) => c.kind !== 'guidance').map((c) => key(c.law, c.ref));
  acc.cited += keys.length;
  acc.correct += keys.filter((k) => relevant.has(k)).length;
  if (keys.some((k) => relevant.has(k))) acc.answersWithRelevant++;
  if (keys.length === 0) acc.answersWithoutCitation++;
}

async function evalChat(): Promise<void> {
  const file = resolve('test/fixtures/search-questions.jsonl');
  const questions = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => QuestionSchema.parse(JSON.parse(l)))
    .slice(0, limit);
  const index = await openSearchIndex({ corpusDir: config.CORPUS_DIR, cacheDir: join(tmpdir(), 'dc-eval-llm-index') });
  const run = async (name: string, answerer: Answerer) => {
    const acc: ChatScore = { cited: 0, correct: 0, answersWithRelevant: 0, answersWithoutCitation: 0, failures: 0 };
    const started = Date.now();
    await pool(questions, config.LLM_MAX_CONCURRENCY, async (q) => {
      const hits = index.search(q.query, { k: 8 });
      try {
        const res = await answerer.answer({ question: q.query, history: [], hits, findings: [] }, () => {}, new AbortController().signal);
        scoreCitations(acc, q, res.citations);
      } catch (e) {
        acc.failures++;
        console.error(`  ${q.id}: ${(e as Error).message}`);
      }
    });
    const n = questions.length;
    console.log(
      `${name.padEnd(22)} ${pct(acc.cited ? acc.correct / acc.cited : 0).padStart(8)} ${pct(acc.answersWithRelevant / n).padStart(9)} ${String(acc.answersWithoutCitation).padStart(8)} ${String(acc.failures).padStart(7)} ${((Date.now() - started) / 1000).toFixed(1).padStart(7)} s`,
    );
  };
  console.log(`Chat: ${questions.length} Fragen (${file}), gleiche Treffer für beide Antwortwege`);
  console.log(`${'Antwortweg'.padEnd(22)} ${'Zitat-Gen.'.padStart(8)} ${'Treffer'.padStart(9)} ${'ohne Zit.'.padStart(8)} ${'Fehler'.padStart(7)} ${'Zeit'.padStart(9)}`);
  await run('offline', createOfflineAnswerer());
  await run(`LLM (${llm.model})`, llm.answerer);
  console.log('Zitat-Gen. = Anteil der zitierten Gesetz+§, die zu den relevanten gehören; Treffer = Antworten mit mindestens einem relevanten Zitat.\n');
}

async function evalReview(): Promise<void> {
  const items = loadRulesDev().slice(0, limit);
  let tokens: TokenUsage = { ...ZERO_USAGE };
  let notices = 0;
  const started = Date.now();
  const results = await pool(items, config.LLM_MAX_CONCURRENCY, async (item) => {
    const doc = parseSnippet(item.text, item.law, item.law);
    const rules = checkDocument(doc, { law: item.law });
    const res = await llm.review(doc, rules);
    tokens = addUsage(tokens, res.tokens);
    notices += res.notices.length;
    return { item, rules, merged: res.findings };
  });
  const core = (fs: Finding[]) => [...new Set(fs.map((f) => f.category).filter((c) => CORE_CATEGORIES.includes(c)))];
  const scored = (pick: (r: (typeof results)[number]) => Finding[]): ScoredItem[] =>
    results.map((r) => ({ id: r.item.id, text: r.item.text, gold: r.item.labels, predicted: core(pick(r)) }));
  const line = (name: string, m: EvalMetrics) =>
    console.log(`${name.padEnd(22)} ${m.micro.precision.toFixed(3).padStart(9)} ${m.micro.recall.toFixed(3).padStart(7)} ${m.micro.f1.toFixed(3).padStart(7)} ${m.macroF1.toFixed(3).padStart(9)}`);
  console.log(`Prüfung: ${items.length} Vorschriften aus test/fixtures/rules-dev.jsonl (neun Kernkategorien)`);
  console.log(`${'Verfahren'.padEnd(22)} ${'Präzision'.padStart(9)} ${'Recall'.padStart(7)} ${'F1'.padStart(7)} ${'Makro-F1'.padStart(9)}`);
  line('nur Regeln', computeMetrics(scored((r) => r.rules), CORE_CATEGORIES));
  line(`Regeln + KI (${llm.model})`, computeMetrics(scored((r) => r.merged), CORE_CATEGORIES));
  const extra = results.reduce((n, r) => n + r.merged.length - r.rules.length, 0);
  console.log(
    `KI-Befunde zusätzlich: ${extra}; Hinweise: ${notices}; Tokens: ${tokens.prompt} Prompt + ${tokens.completion} Antwort${tokens.estimated ? ' (teils geschätzt)' : ''}; ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

async function main(): Promise<void> {
  console.log(`Modell: ${llm.model} über ${config.OPENAI_BASE_URL ?? 'https://api.openai.com/v1'}\n`);
  if (!flag('--review-only')) await evalChat();
  if (!flag('--chat-only')) await evalReview();
}

main().catch((e: unknown) => {
  console.error(`eval-llm: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  process.exit(1);
});
