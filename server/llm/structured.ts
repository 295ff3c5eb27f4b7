import type { BaseMessage } from '@langchain/core/messages';
import type { z } from 'zod';
import { messages, LlmOutputError, type LlmProvider, type Purpose } from './provider';
import { addUsage, ZERO_USAGE, type TokenUsage } from './tokens';

/**
 * Structured call with exactly one corrective repetition: when the answer is not valid JSON for the schema,
 * the model is told so once; a second invalid answer yields `data: undefined` (callers drop it with a notice).
 * Other LLM errors (unreachable, timeout, aborted) propagate.
 */
export async function completeJsonWithCorrection<T>(
  provider: LlmProvider,
  base: BaseMessage[],
  schema: z.ZodType<T>,
  opts: { purpose: Purpose; schemaName: string; correction: string; signal?: AbortSignal },
): Promise<{ data: T | undefined; usage: TokenUsage; errors: string[] }> {
  let usage: TokenUsage = { ...ZERO_USAGE };
  const errors: string[] = [];
  for (const msgs of [base, [...base, messages.user(opts.correction)]]) {
    try {
      const res = await provider.completeJson(msgs, schema, { purpose: opts.purpose, schemaName: opts.schemaName, ...(opts.signal ? { signal: opts.signal } : {}) });
      return { data: res.data, usage: addUsage(usage, res.usage), errors };
    } catch (e) {
      if (!(e instanceof LlmOutputError)) throw e;
      usage = addUsage(usage, e.usage);
      errors.push(e.message);
    }
  }
  return { data: undefined, usage, errors };
}
