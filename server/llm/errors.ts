import { AppError } from '../errors';

/**
 * Typed failures of the language model. Every one carries a German user message; the chat service and the
 * review route catch `LlmError` and fall back to the offline answer / the rule findings with a notice.
 */
export class LlmError extends AppError {
  constructor(
    code: string,
    userMessage: string,
    logMessage: string,
    /** True when the same request may succeed when repeated (rate limit, 5xx, network, timeout). */
    readonly retryable: boolean,
    options?: { cause?: unknown },
    type: 'unavailable' | 'bad_request' = 'unavailable',
  ) {
    super(type, code, userMessage, logMessage, options);
  }
}

export class LlmUnavailableError extends LlmError {
  constructor(logMessage: string, options?: { cause?: unknown }, retryable = true) {
    super('unavailable:llm', 'Das Sprachmodell ist nicht erreichbar.', logMessage, retryable, options);
  }
}

export class LlmTimeoutError extends LlmError {
  constructor(timeoutMs: number, options?: { cause?: unknown }) {
    super(
      'unavailable:llm_timeout',
      'Das Sprachmodell hat nicht rechtzeitig geantwortet.',
      `LLM request timed out after ${timeoutMs} ms`,
      true,
      options,
    );
  }
}

export class LlmRateLimitedError extends LlmError {
  constructor(logMessage: string, readonly retryAfterMs?: number, options?: { cause?: unknown }) {
    super('unavailable:llm_rate_limit', 'Das Sprachmodell ist ausgelastet. Bitte versuchen Sie es gleich noch einmal.', logMessage, true, options);
  }
}

/** 4xx other than 429: wrong key, unknown model, rejected request. Repeating does not help. */
export class LlmRejectedError extends LlmError {
  constructor(readonly httpStatus: number, logMessage: string, options?: { cause?: unknown }) {
    super(
      'unavailable:llm_rejected',
      'Das Sprachmodell hat die Anfrage abgelehnt. Bitte prüfen Sie die Modell-Konfiguration.',
      logMessage,
      false,
      options,
    );
  }
}

/** The model answered, but not in the required structure (after the allowed repetition). */
export class LlmInvalidOutputError extends LlmError {
  constructor(logMessage: string, options?: { cause?: unknown }) {
    super('unavailable:llm_output', 'Die Antwort des Sprachmodells war unvollständig oder ungültig.', logMessage, false, options);
  }
}

/** The user stopped the answer (chat:stop) or the request was cancelled by the caller. */
export class LlmAbortedError extends LlmError {
  constructor(options?: { cause?: unknown }) {
    super('bad_request:aborted', 'Die Antwort wurde abgebrochen.', 'LLM request aborted by caller', false, options, 'bad_request');
  }
}

export const isLlmError = (e: unknown): e is LlmError => e instanceof LlmError;

const NETWORK_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_SOCKET']);

function networkCode(e: unknown): string | undefined {
  for (let cur: unknown = e, depth = 0; cur && typeof cur === 'object' && depth < 5; depth++) {
    const code = (cur as { code?: unknown }).code;
    if (typeof code === 'string' && NETWORK_CODES.has(code)) return code;
    cur = (cur as { cause?: unknown }).cause;
  }
  return undefined;
}

function retryAfterMs(e: object): number | undefined {
  const headers = (e as { headers?: unknown }).headers;
  const raw =
    headers instanceof Headers
      ? headers.get('retry-after')
      : headers && typeof headers === 'object'
        ? (headers as Record<string, string | undefined>)['retry-after']
        : undefined;
  const secs = raw ? Number(raw) : NaN;
  return Number.isFinite(secs) && secs >= 0 ? secs * 1000 : undefined;
}

/**
 * Maps whatever the openai client, LangChain or fetch threw to one typed error. `timedOut` / `aborted` are
 * decided by the caller, because both surface as a generic abort inside the client libraries.
 */
export function classifyLlmError(e: unknown, state: { timedOut: boolean; aborted: boolean; timeoutMs: number }): LlmError {
  if (e instanceof LlmError) return e;
  if (state.aborted) return new LlmAbortedError({ cause: e });
  if (state.timedOut) return new LlmTimeoutError(state.timeoutMs, { cause: e });
  const msg = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  if (e && typeof e === 'object') {
    const status = (e as { status?: unknown }).status;
    if (typeof status === 'number') {
      if (status === 429) return new LlmRateLimitedError(`LLM rate limited (429): ${msg}`, retryAfterMs(e), { cause: e });
      if (status >= 500 || status === 408 || status === 409) return new LlmUnavailableError(`LLM server error ${status}: ${msg}`, { cause: e });
      return new LlmRejectedError(status, `LLM request rejected (${status}): ${msg}`, { cause: e });
    }
    const name = (e as { name?: unknown }).name;
    if (name === 'TimeoutError' || name === 'APIConnectionTimeoutError') return new LlmTimeoutError(state.timeoutMs, { cause: e });
    if (name === 'APIConnectionError' || networkCode(e) || (e instanceof TypeError && /fetch|network|terminated/i.test(e.message))) {
      return new LlmUnavailableError(`LLM connection failed: ${msg}`, { cause: e });
    }
  }
  return new LlmUnavailableError(`LLM call failed: ${msg}`, { cause: e });
}
