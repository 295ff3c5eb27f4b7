import type { BaseMessage } from '@langchain/core/messages';
import type { Config } from '../config';
import type { Finding } from '../contracts/finding';
import type { SearchHit } from '../contracts/search';
import { logger } from '../logger';
import { parseSnippet } from '../parser/snippet';
import type { Answerer, ChatTurn } from '../services/chat/answerer';
import { relevantHits } from '../services/chat/relevance';
import { reviewWithLlm } from './ai-review';
import { ChatAnswerSchema } from './answer-check';
import { CitationMapper, stripCitationMarkers } from './citations';
import { findingsList, neutralize, quelleBlock } from './data-blocks';
import { LlmInvalidOutputError } from './errors';
import { renderChatPrompt } from './prompts';
import { createProvider, messages, type LlmProvider } from './provider';
import { estimateTokens } from './tokens';

/**
 * Grounded chat: the retrieved hits become numbered <quelle> blocks, the model streams an answer citing [n], and
 * the CitationMapper turns the numbers into citations of exactly those hits (invented numbers are dropped).
 * Failures surface as LlmError so the chat service can fall back to the offline answer; so does an answer that
 * fails ChatAnswerSchema (garbage, or no citation of the sources it was given).
 */

export const NO_SOURCES_ANSWER =
  'Zu dieser Frage habe ich in den verfügbaren Gesetzen und Leitfäden keine passende Fundstelle gefunden. ' +
  'Ich beantworte sie deshalb nicht aus dem Gedächtnis. Bitte formulieren Sie die Frage mit anderen Begriffen ' +
  '(z. B. „Schriftform“, „elektronischer Zugang“, „Nachweis“) oder nennen Sie die Vorschrift, um die es geht.';

export const PASSAGE_QUESTION = 'Prüfe den eingefügten Text im Block <auszug> auf Hindernisse für eine durchgängig digitale Abwicklung und erläutere die Befunde.';

export interface LlmAnswererOptions {
  provider?: LlmProvider;
  maxSources?: number;
  /** Token budgets (estimated as characters / 4). */
  sourceTokenBudget?: number;
  historyTokenBudget?: number;
  questionTokenBudget?: number;
  /** Run the AI review on a pasted passage alongside the answer (default true). */
  reviewPassages?: boolean;
}

/** Longer pastes belong into the upload review; in the chat they would cost many model calls per message. */
export const MAX_REVIEWED_PASSAGE_CHARS = 24_000;
export const PASSAGE_TOO_LONG_NOTICE =
  'Die KI-Prüfung läuft im Chat nur für Texte bis 24.000 Zeichen; längere Entwürfe bitte über „Entwurf prüfen“ hochladen.';

/** Keeps the newest turns that fit into the budget, in chronological order. */
export function fitHistory(history: ChatTurn[], budgetTokens: number): ChatTurn[] {
  const kept: ChatTurn[] = [];
  let used = 0;
  for (let i = history.length - 1; i >= 0; i--) {
    const turn = history[i]!;
    const text = turn.role === 'assistant' ? stripCitationMarkers(turn.text) : turn.text;
    const cost = estimateTokens(text);
    if (used + cost > budgetTokens) break;
    used += cost;
    kept.unshift({ role: turn.role, text });
  }
  return kept;
}

/** The best hits that fit into the budget; at least one, so a long top hit is never lost entirely. */
export function selectSources(hits: SearchHit[], maxSources: number, budgetTokens: number): SearchHit[] {
  const out: SearchHit[] = [];
  let used = 0;
  for (const hit of hits) {
    if (out.length >= maxSources) break;
    const cost = estimateTokens(hit.text) + 30;
    if (out.length > 0 && used + cost > budgetTokens) break;
    used += cost;
    out.push(hit);
  }
  return out;
}

function truncate(text: string, budgetTokens: number): string {
  const maxChars = budgetTokens * 4;
  return text.length <= maxChars ? text : `${text.slice(0, maxChars)}\n[… Text gekürzt]`;
}

export function createLlmAnswerer(config: Config, opts: LlmAnswererOptions = {}): Answerer {
  const provider = opts.provider ?? createProvider(config);
  const log = logger.child({ module: 'llm-answerer' });
  const maxSources = opts.maxSources ?? 8;

  /** AI findings for the passage, offsets as in the service's rule check (both parse it with parseSnippet). */
  async function reviewPassage(passage: string, ruleFindings: Finding[], signal: AbortSignal): Promise<{ findings: Finding[]; notices: string[] }> {
    const res = await reviewWithLlm(parseSnippet(passage), ruleFindings, { provider, signal });
    return { findings: res.findings.filter((f) => f.source === 'KI'), notices: res.notices };
  }

  return {
    async answer(ctx, onDelta, signal) {
      // Same relevance test as the offline answer: BM25 always returns something, noise must not become a source.
      // a hit found through the model's statute terms is relevant by them, though it shares no word with the lay question
      const sources = selectSources(relevantHits([ctx.question, ...(ctx.expansions ?? [])].join(' '), ctx.hits), maxSources, opts.sourceTokenBudget ?? 3_000);
      const pasted = ctx.passage !== undefined;
      if (sources.length === 0 && !pasted) {
        // Nothing to ground an answer on: say so without asking the model, which would answer from memory.
        onDelta(NO_SOURCES_ANSWER);
        return { text: NO_SOURCES_ANSWER, citations: [], model: provider.model };
      }

      const prompt = renderChatPrompt({
        quellen: sources.length ? sources.map((h, i) => quelleBlock(i + 1, h)).join('\n') : '(Keine passenden Quellen gefunden.)',
        befunde: findingsList(ctx.findings, pasted ? '(Die Regelprüfung hat keine Hindernisse gefunden.)' : '(Keine Prüfergebnisse: die Frage enthält keinen zu prüfenden Text.)'),
        auszug: pasted ? neutralize(truncate(ctx.passage!, opts.questionTokenBudget ?? 6_000)) : '(Kein eingefügter Text.)',
        frage: pasted ? PASSAGE_QUESTION : truncate(ctx.question, opts.questionTokenBudget ?? 6_000),
      });
      const history: BaseMessage[] = fitHistory(ctx.history, opts.historyTokenBudget ?? 1_500).map((t) =>
        t.role === 'user' ? messages.user(t.text) : messages.assistant(t.text),
      );
      // The AI review of a pasted passage runs alongside the streamed answer; it reports model failures as notices.
      const reviewCtl = new AbortController();
      const onAbort = () => reviewCtl.abort(signal.reason);
      signal.addEventListener('abort', onAbort, { once: true });
      const review =
        pasted && opts.reviewPassages !== false && ctx.passage!.length <= MAX_REVIEWED_PASSAGE_CHARS
          ? reviewPassage(ctx.passage!, ctx.findings, reviewCtl.signal)
          : undefined;
      review?.catch(() => undefined); // awaited below; this only keeps an early rejection from going unhandled
      const notices = pasted && ctx.passage!.length > MAX_REVIEWED_PASSAGE_CHARS && opts.reviewPassages !== false ? [PASSAGE_TOO_LONG_NOTICE] : [];

      const mapper = new CitationMapper(sources.length);
      let text = '';
      const emit = (out: string) => {
        if (!out) return;
        text += out;
        onDelta(out);
      };
      try {
        await provider.streamChat([messages.system(prompt.system), ...history, messages.user(prompt.user)], {
          purpose: 'chat',
          signal,
          onDelta: (delta) => emit(mapper.push(delta)),
        });
      } catch (e) {
        reviewCtl.abort(e);
        throw e;
      } finally {
        signal.removeEventListener('abort', onAbort);
      }
      emit(mapper.end());
      if (mapper.invented.length) log.warn({ invented: mapper.invented, sources: sources.length }, 'dropped citations of sources that were not retrieved');
      const checked = ChatAnswerSchema.safeParse({ text, cited: mapper.cited.length, sources: sources.length });
      if (!checked.success) {
        reviewCtl.abort();
        throw new LlmInvalidOutputError(`chat answer rejected: ${checked.error.issues.map((i) => i.message).join('; ')}`);
      }
      const reviewed = review ? await review : undefined;
      notices.push(...(reviewed?.notices ?? []));
      return {
        text,
        citations: mapper.citations(sources),
        model: provider.model,
        ...(reviewed?.findings.length ? { findings: reviewed.findings } : {}),
        ...(notices.length ? { notice: notices.join(' ') } : {}),
      };
    },
  };
}
