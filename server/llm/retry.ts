import { LlmAbortedError, LlmError, LlmRateLimitedError } from './errors';

export interface RetryOptions {
  retries: number;
  /** First back-off delay; doubles per attempt, with jitter. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  signal?: AbortSignal;
  onRetry?: (error: LlmError, attempt: number, delayMs: number) => void;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new LlmAbortedError({ cause: signal.reason }));
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new LlmAbortedError({ cause: signal!.reason }));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Repeats `fn` on retryable LLM errors (429, 5xx, network, timeout) with exponential back-off and jitter;
 * a server's Retry-After wins when it is longer. Non-retryable errors and aborts surface at once.
 */
export async function withRetry<T>(fn: (attempt: number) => Promise<T>, opts: RetryOptions): Promise<T> {
  const base = opts.baseDelayMs ?? 500;
  const max = opts.maxDelayMs ?? 8_000;
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (e) {
      if (!(e instanceof LlmError) || !e.retryable || attempt >= opts.retries || opts.signal?.aborted) throw e;
      const backoff = Math.min(max, base * 2 ** attempt) * (0.75 + Math.random() * 0.5);
      const delay = Math.min(max, Math.max(backoff, e instanceof LlmRateLimitedError ? (e.retryAfterMs ?? 0) : 0));
      opts.onRetry?.(e, attempt + 1, Math.round(delay));
      await sleep(delay, opts.signal);
    }
  }
}
