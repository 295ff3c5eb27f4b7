import { z } from 'zod';
import type { LawDocument } from '../contracts/document';
import { CategorySchema, PrincipleSchema, SeveritySchema, type Finding } from '../contracts/finding';
import { logger } from '../logger';
import { locate } from '../parser/locate';
import { normalizeWhitespace } from '../parser/structure';
import { chunkLabel, chunkProvisions, type ReviewChunk } from './chunking';
import { findingsList, vorschriftBlock } from './data-blocks';
import { LlmAbortedError, LlmError } from './errors';
import { mergeFindings } from './merge-findings';
import { renderReviewPrompt } from './prompts';
import { messages, type LlmProvider } from './provider';
import { completeJsonWithCorrection } from './structured';
import { findQuote } from './quote';
import { addUsage, ZERO_USAGE, type TokenUsage } from './tokens';

/**
 * AI review of a draft or law: provision-aware chunks go to the model, which answers with structured findings
 * (validated with zod). Every quote is located in the document text — findings whose words are not there are
 * dropped, so the model cannot invent text — and turned into full `Finding`s with `source: "KI"`, merged with the
 * rule findings. Invalid output is retried once, then the chunk is skipped with a German notice.
 */

export const ReviewItemSchema = z.object({
  provisionId: z.string().optional(),
  section: z.string().optional(),
  quote: z.string().min(1),
  category: CategorySchema,
  principle: PrincipleSchema,
  severity: SeveritySchema,
  explanation: z.string().min(1),
  suggestion: z.string().default(''),
  legalBasis: z.array(z.string()).default([]),
  amendment: z.string().default(''),
});
export type ReviewItem = z.infer<typeof ReviewItemSchema>;
export const ReviewOutputSchema = z.object({ findings: z.array(ReviewItemSchema) });

export interface ReviewOptions {
  provider: LlmProvider;
  /** Only these provisions go to the model (batch mode, see selectProvisionsForLlm); default all. */
  provisionIds?: Iterable<string>;
  /** Token budget per chunk (provision text only). */
  chunkTokens?: number;
  /** Chunks in flight at once; the provider's LLM_MAX_CONCURRENCY caps the total anyway. */
  parallel?: number;
  signal?: AbortSignal;
}

export interface ReviewResult {
  /** Rule and AI findings merged and de-duplicated, in document order. */
  findings: Finding[];
  /** German notices for the user (skipped parts, dropped findings, model failure). */
  notices: string[];
  tokens: TokenUsage;
}

/**
 * Batch mode: only provisions that the rules flagged (or that retrieval selected) are worth the model's tokens.
 */
export function selectProvisionsForLlm(doc: LawDocument, ruleFindings: Finding[], opts: { extraProvisionIds?: Iterable<string>; maxProvisions?: number } = {}): string[] {
  const selected = new Set(opts.extraProvisionIds ?? []);
  for (const f of ruleFindings) {
    const p = doc.provisions.find((x) => f.location.start >= x.start && f.location.start < x.end);
    if (p) selected.add(p.id);
  }
  const ordered = doc.provisions.filter((p) => selected.has(p.id)).map((p) => p.id);
  return opts.maxProvisions !== undefined ? ordered.slice(0, opts.maxProvisions) : ordered;
}

function sentenceText(doc: LawDocument, start: number, end: number): string {
  for (const p of doc.provisions) {
    for (const para of p.paragraphs) {
      const s = para.sentences.find((x) => start >= x.start && start < x.end);
      if (s) return normalizeWhitespace(doc.text.slice(s.start, Math.max(s.end, end)));
    }
  }
  return normalizeWhitespace(doc.text.slice(start, end));
}

/** Turns one model item into a Finding, or undefined when its quote is not in the chunk's text. */
export function toAiFinding(doc: LawDocument, chunk: ReviewChunk, item: ReviewItem): Finding | undefined {
  const part =
    chunk.parts.find((p) => p.provisionId === item.provisionId) ??
    chunk.parts.find((p) => item.section && p.label && normalizeWhitespace(item.section).startsWith(p.label));
  const span = (part && findQuote(doc.text, item.quote, part)) ?? chunk.parts.map((p) => findQuote(doc.text, item.quote, p)).find(Boolean);
  if (!span) return undefined;
  return {
    id: `ki-${item.category}-${span.start}-${span.end}`,
    ruleId: `ki-${item.category}`,
    category: item.category,
    principle: item.principle,
    severity: item.severity,
    source: 'KI',
    location: locate(doc, span.start, span.end),
    quote: { match: doc.text.slice(span.start, span.end), sentence: sentenceText(doc, span.start, span.end) },
    explanation: item.explanation,
    suggestion: item.suggestion,
    legalBasis: item.legalBasis,
    amendment: item.amendment,
    confidence: 0.6,
  };
}

const CORRECTION =
  'Deine letzte Antwort war kein gültiges JSON-Objekt nach dem vorgegebenen Schema ({"findings": [...]} mit allen Pflichtfeldern und den erlaubten Werten für category, principle und severity). Antworte jetzt ausschließlich mit dem korrigierten JSON-Objekt.';

export async function reviewWithLlm(doc: LawDocument, ruleFindings: Finding[], opts: ReviewOptions): Promise<ReviewResult> {
  const log = logger.child({ module: 'ai-review', doc: doc.id });
  const { provider } = opts;
  const ids = opts.provisionIds ? new Set(opts.provisionIds) : undefined;
  const chunks = chunkProvisions(doc, opts.chunkTokens ?? 2_500, ids);
  const notices: string[] = [];
  const aiFindings: Finding[] = [];
  let tokens: TokenUsage = { ...ZERO_USAGE };
  let dropped = 0;
  let fatal: LlmError | undefined;

  async function reviewChunk(chunk: ReviewChunk): Promise<void> {
    const inChunk = ruleFindings.filter((f) => chunk.parts.some((p) => f.location.start >= p.start && f.location.start < p.end));
    const prompt = renderReviewPrompt({
      titel: doc.title,
      entwurf: chunk.parts.map((p) => vorschriftBlock(p.provisionId, p.label, p.title, doc.text.slice(p.start, p.end))).join('\n'),
      regelbefunde: findingsList(inChunk, '(keine)'),
    });
    const res = await completeJsonWithCorrection(provider, [messages.system(prompt.system), messages.user(prompt.user)], ReviewOutputSchema, {
      purpose: 'review',
      schemaName: 'ReviewOutput',
      correction: CORRECTION,
      ...(opts.signal ? { signal: opts.signal } : {}),
    });
    tokens = addUsage(tokens, res.usage);
    for (const err of res.errors) log.warn({ chunk: chunkLabel(chunk), err }, 'invalid review output');
    const output = res.data;
    if (!output) {
      notices.push(`KI-Prüfung von ${chunkLabel(chunk)}: Die Antwort des Sprachmodells war auch im zweiten Versuch ungültig und wurde verworfen; für diesen Teil gelten nur die Befunde der Regelprüfung.`);
      return;
    }
    for (const item of output.findings) {
      const finding = toAiFinding(doc, chunk, item);
      if (finding) aiFindings.push(finding);
      else dropped++;
    }
  }

  // A small worker pool; after a fatal model error the remaining chunks are skipped instead of waiting for timeouts.
  const queue = [...chunks];
  const worker = async () => {
    for (let chunk = queue.shift(); chunk && !fatal; chunk = queue.shift()) {
      try {
        await reviewChunk(chunk);
      } catch (e) {
        if (e instanceof LlmAbortedError || !(e instanceof LlmError)) throw e;
        fatal ??= e;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(opts.parallel ?? 2, chunks.length)) }, worker));

  if (fatal) {
    log.warn({ code: fatal.code, err: fatal.message }, 'AI review stopped');
    notices.unshift(`${fatal.userMessage} Die KI-Prüfung wurde abgebrochen; angezeigt werden ${aiFindings.length ? 'die Befunde der Regelprüfung und die bis dahin gefundenen KI-Befunde' : 'nur die Befunde der Regelprüfung'}.`);
  }
  if (dropped) notices.push(`${dropped === 1 ? 'Ein KI-Befund wurde' : `${dropped} KI-Befunde wurden`} verworfen, weil das angegebene Zitat nicht im Text steht.`);
  const aiSorted = aiFindings.sort((a, b) => a.location.start - b.location.start);
  const merged = mergeFindings(doc, ruleFindings, aiSorted);
  log.info({ chunks: chunks.length, ai: aiFindings.length, kept: merged.length - ruleFindings.length, dropped, tokens }, 'AI review done');
  return { findings: merged, notices, tokens };
}
