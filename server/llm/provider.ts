import { AIMessage, HumanMessage, SystemMessage, type BaseMessage } from '@langchain/core/messages';
import { ChatOpenAICompletions } from '@langchain/openai';
import OpenAI from 'openai';
import { z } from 'zod';
import type { Config } from '../config';
import { logger as rootLogger, type Logger } from '../logger';
import { LlmError, LlmInvalidOutputError, LlmRejectedError, LlmUnavailableError, classifyLlmError } from './errors';
import { parseJsonAnswer } from './json';
import { withRetry } from './retry';
import { Semaphore } from './semaphore';
import { estimateTokens, type TokenUsage } from './tokens';

/**
 * The one seam to the language model. Streaming chat goes through the `openai` package directly (full control
 * over `stream_options`, abort and idle timeout); structured output goes through LangChain's chat-completions
 * model (message types, `response_format` handling). Both share the retry, concurrency, timeout, logging and
 * compatibility logic below, so every OpenAI-compatible server (OpenAI, Azure v1, vLLM, Ollama, LiteLLM)
 * behaves the same.
 */

export type Purpose = 'chat' | 'review' | 'documentation' | 'embedding';

export interface StreamResult {
  text: string;
  usage: TokenUsage;
}

export interface JsonResult<T> {
  data: T;
  usage: TokenUsage;
}

export interface LlmProvider {
  readonly model: string;
  readonly embeddingModel?: string;
  streamChat(messages: BaseMessage[], opts: { purpose: Purpose; onDelta: (delta: string) => void; signal?: AbortSignal }): Promise<StreamResult>;
  /** One structured answer validated with `schema`; throws LlmInvalidOutputError (with usage) when it does not fit. */
  completeJson<T>(messages: BaseMessage[], schema: z.ZodType<T>, opts: { purpose: Purpose; schemaName: string; signal?: AbortSignal }): Promise<JsonResult<T>>;
  embed(texts: string[], opts?: { signal?: AbortSignal }): Promise<{ vectors: number[][]; usage: TokenUsage }>;
  /** The LangChain model, for callers that compose their own chains. */
  getChatModel(): ChatOpenAICompletions;
}

export class LlmOutputError extends LlmInvalidOutputError {
  constructor(
    logMessage: string,
    readonly usage: TokenUsage,
    options?: { cause?: unknown },
  ) {
    super(logMessage, options);
  }
}

export interface ProviderDeps {
  logger?: Logger;
  /** Back-off base for retries; tests shorten it. */
  retryBaseDelayMs?: number;
  /** Every finished call's token usage (metrics). */
  onUsage?: (purpose: Purpose, usage: TokenUsage) => void;
}

/** Optional request features that some OpenAI-compatible servers reject with HTTP 400; dropped one by one. */
type ResponseFormatMode = 'json_schema' | 'json_object' | 'none';
interface Compat {
  responseFormat: ResponseFormatMode;
  streamUsage: boolean;
  temperature: boolean;
}

const DEFAULT_API_KEY = 'not-needed';

export function createProvider(config: Config, deps: ProviderDeps = {}): LlmProvider {
  const model = config.LLM_MODEL;
  if (!model) throw new Error('createProvider needs LLM_MODEL');
  const log = (deps.logger ?? rootLogger).child({ module: 'llm', model });
  // Ollama, vLLM and most gateways accept any key; the openai client insists on one.
  const apiKey = config.OPENAI_API_KEY ?? DEFAULT_API_KEY;
  const baseURL = config.OPENAI_BASE_URL ?? 'https://api.openai.com/v1';
  const timeoutMs = config.LLM_TIMEOUT_MS;
  const semaphore = new Semaphore(config.LLM_MAX_CONCURRENCY);
  const compat: Compat = { responseFormat: 'json_schema', streamUsage: true, temperature: true };

  // Library retries are off: ours below handle 429/5xx/network uniformly for both clients and log them.
  const client = new OpenAI({ apiKey, baseURL, maxRetries: 0, timeout: timeoutMs });
  // ChatOpenAICompletions (not ChatOpenAI): always the chat-completions endpoint, which every compatible
  // server offers; ChatOpenAI switches some model names to the OpenAI-only Responses API.
  const makeChatModel = (temperature?: number) =>
    new ChatOpenAICompletions({
      model,
      apiKey,
      configuration: { baseURL },
      timeout: timeoutMs,
      maxRetries: 0,
      streamUsage: false,
      ...(temperature !== undefined ? { temperature } : {}),
    });
  const chatModel = makeChatModel();
  // Deterministic review output where the server allows a temperature at all (some reasoning models do not).
  const reviewModel = makeChatModel(0);

  function logCall(purpose: Purpose, fields: { ms: number; tokens: TokenUsage } & Record<string, unknown>, prompt?: BaseMessage[], answer?: string) {
    deps.onUsage?.(purpose, fields.tokens);
    const privateFields = config.LLM_LOG_PROMPTS ? { prompt: prompt?.map((m) => ({ role: m.getType(), content: m.content })), answer } : {};
    log.info({ purpose, ...fields, ...privateFields }, 'llm call');
  }

  /**
   * One attempt with a timeout that is re-armed by `touch()` (streams stay alive while tokens flow),
   * inside a concurrency slot. Errors come out classified.
   */
  async function attempt<T>(signal: AbortSignal | undefined, run: (signal: AbortSignal, touch: () => void) => Promise<T>): Promise<T> {
    return semaphore.run(async () => {
      const timeoutCtl = new AbortController();
      let timedOut = false;
      let timer: NodeJS.Timeout | undefined;
      const touch = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          timedOut = true;
          timeoutCtl.abort(new Error('timeout'));
        }, timeoutMs);
      };
      touch();
      const combined = signal ? AbortSignal.any([signal, timeoutCtl.signal]) : timeoutCtl.signal;
      try {
        return await run(combined, touch);
      } catch (e) {
        throw classifyLlmError(e, { timedOut, aborted: Boolean(signal?.aborted), timeoutMs });
      } finally {
        clearTimeout(timer);
      }
    }, signal).catch((e: unknown) => {
      throw classifyLlmError(e, { timedOut: false, aborted: Boolean(signal?.aborted), timeoutMs });
    });
  }

  /**
   * Runs `fn` with retries; on a 400/422 it drops the optional feature the server complained about (or the most
   * exotic one still in use) and repeats at once, remembering the downgrade for later calls.
   */
  async function call<T>(purpose: Purpose, signal: AbortSignal | undefined, features: (keyof Compat)[], fn: () => Promise<T>): Promise<T> {
    for (;;) {
      try {
        return await withRetry(() => fn(), {
          retries: config.LLM_MAX_RETRIES,
          signal,
          ...(deps.retryBaseDelayMs !== undefined ? { baseDelayMs: deps.retryBaseDelayMs } : {}),
          onRetry: (err, n, delayMs) => log.warn({ purpose, attempt: n, delayMs, code: err.code, err: err.message }, 'llm retry'),
        });
      } catch (e) {
        if (!(e instanceof LlmRejectedError) || (e.httpStatus !== 400 && e.httpStatus !== 422) || !downgrade(features, e.message)) throw e;
        log.warn({ purpose, compat }, 'llm server rejected an optional feature; retrying without it');
      }
    }
  }

  function downgrade(features: (keyof Compat)[], message: string): boolean {
    const active = features.filter((f) => (f === 'responseFormat' ? compat.responseFormat !== 'none' : compat[f]));
    const named = active.find((f) => message.toLowerCase().includes(f === 'responseFormat' ? 'response_format' : f === 'streamUsage' ? 'stream_options' : 'temperature'));
    const victim = named ?? active[0];
    if (!victim) return false;
    if (victim === 'responseFormat') compat.responseFormat = compat.responseFormat === 'json_schema' ? 'json_object' : 'none';
    else compat[victim] = false;
    return true;
  }

  const toOpenAi = (messages: BaseMessage[]): OpenAI.Chat.ChatCompletionMessageParam[] =>
    messages.map((m) => {
      const content = typeof m.content === 'string' ? m.content : JSON.stringify(m.content);
      const type = m.getType();
      return { role: type === 'system' ? 'system' : type === 'ai' ? 'assistant' : 'user', content };
    });

  const promptChars = (messages: BaseMessage[]) => messages.reduce((n, m) => n + (typeof m.content === 'string' ? m.content.length : 0), 0);

  return {
    model,
    ...(config.EMBEDDING_MODEL ? { embeddingModel: config.EMBEDDING_MODEL } : {}),
    getChatModel: () => chatModel,

    async streamChat(messages, { purpose, onDelta, signal }) {
      const started = Date.now();
      let emitted = 0;
      const result = await call(purpose, signal, ['streamUsage', 'temperature'], () =>
        attempt(signal, async (sig, touch) => {
          let text = '';
          let usage: TokenUsage | undefined;
          try {
            const stream = await client.chat.completions.create(
              {
                model,
                messages: toOpenAi(messages),
                stream: true,
                ...(compat.streamUsage ? { stream_options: { include_usage: true } } : {}),
                ...(compat.temperature ? { temperature: 0.2 } : {}),
              },
              { signal: sig },
            );
            for await (const chunk of stream) {
              touch();
              const delta = chunk.choices[0]?.delta?.content;
              if (delta) {
                text += delta;
                emitted++;
                onDelta(delta);
              }
              if (chunk.usage) usage = { prompt: chunk.usage.prompt_tokens, completion: chunk.usage.completion_tokens };
            }
            // The openai stream ends quietly when aborted; a cut-off answer must not pass as a complete one.
            if (sig.aborted) throw sig.reason ?? new Error('aborted');
          } catch (e) {
            // Once tokens reached the user a repetition would duplicate them: fail, and let the caller fall back.
            if (emitted > 0) {
              const classified = e instanceof LlmError ? e : classifyLlmError(e, { timedOut: sig.aborted && !signal?.aborted, aborted: Boolean(signal?.aborted), timeoutMs });
              if (classified.retryable) throw new LlmUnavailableError(`stream broke after ${emitted} chunks: ${classified.message}`, { cause: e }, false);
              throw classified;
            }
            throw e;
          }
          if (!text.trim()) throw new LlmUnavailableError('model returned an empty answer', undefined, false);
          return { text, usage: usage ?? { prompt: Math.ceil(promptChars(messages) / 4), completion: estimateTokens(text), estimated: true } };
        }),
      );
      logCall(purpose, { ms: Date.now() - started, tokens: result.usage }, messages, result.text);
      return result;
    },

    async completeJson(messages, schema, { purpose, schemaName, signal }) {
      const started = Date.now();
      const jsonSchema = z.toJSONSchema(schema, { unrepresentable: 'any' }) as Record<string, unknown>;
      const { raw, usage } = await call(purpose, signal, ['responseFormat', 'streamUsage', 'temperature'], () =>
        attempt(signal, async (sig, touch) => {
          const responseFormat =
            compat.responseFormat === 'json_schema'
              ? { type: 'json_schema' as const, json_schema: { name: schemaName, schema: jsonSchema, strict: false } }
              : compat.responseFormat === 'json_object'
                ? { type: 'json_object' as const }
                : undefined;
          // Streamed on purpose: LangChain's non-streamed json_schema path runs the SDK's parse helper, which throws on
          // non-JSON output before we see the text or the usage; streaming also keeps slow local models under the
          // idle timeout while a long JSON answer is generated.
          const stream = await (compat.temperature ? reviewModel : chatModel).stream(messages, {
            signal: sig,
            ...(responseFormat ? { response_format: responseFormat } : {}),
            ...(compat.streamUsage ? { stream_options: { include_usage: true } } : {}),
          });
          let raw = '';
          let meta: { input_tokens: number; output_tokens: number } | undefined;
          for await (const chunk of stream) {
            touch();
            if (typeof chunk.content === 'string') raw += chunk.content;
            if (chunk.usage_metadata) meta = chunk.usage_metadata;
          }
          if (sig.aborted) throw sig.reason ?? new Error('aborted');
          const usage: TokenUsage = meta
            ? { prompt: meta.input_tokens, completion: meta.output_tokens }
            : { prompt: Math.ceil(promptChars(messages) / 4), completion: estimateTokens(raw), estimated: true };
          return { raw, usage };
        }),
      );
      logCall(purpose, { ms: Date.now() - started, tokens: usage, responseFormat: compat.responseFormat }, messages, raw);
      const parsed = parseJsonAnswer(raw, schema);
      if (!parsed.ok) throw new LlmOutputError(`${schemaName}: ${parsed.error}`, usage);
      return { data: parsed.data, usage };
    },

    async embed(texts, opts = {}) {
      const embeddingModel = config.EMBEDDING_MODEL;
      if (!embeddingModel) throw new LlmUnavailableError('EMBEDDING_MODEL is not configured', undefined, false);
      const started = Date.now();
      const res = await call('embedding', opts.signal, [], () =>
        attempt(opts.signal, (sig) => client.embeddings.create({ model: embeddingModel, input: texts }, { signal: sig })),
      );
      const vectors = [...res.data].sort((a, b) => a.index - b.index).map((d) => d.embedding);
      const usage: TokenUsage = res.usage
        ? { prompt: res.usage.prompt_tokens, completion: 0 }
        : { prompt: texts.reduce((n, t) => n + estimateTokens(t), 0), completion: 0, estimated: true };
      logCall('embedding', { ms: Date.now() - started, tokens: usage, inputs: texts.length });
      return { vectors, usage };
    },
  };
}

/** LangChain message types for the prompt builders. */
export const messages = {
  system: (text: string) => new SystemMessage(text),
  user: (text: string) => new HumanMessage(text),
  assistant: (text: string) => new AIMessage(text),
};
