import type { z } from 'zod';

export type JsonParse<T> = { ok: true; data: T } | { ok: false; error: string };

/**
 * Reads a JSON answer of a model that may wrap it in a Markdown fence or add a sentence around it (servers
 * without JSON mode), then validates it with zod. The error text is short and English: it goes to the log
 * and into the corrective follow-up prompt, never to the user.
 */
export function parseJsonAnswer<T>(raw: string, schema: z.ZodType<T>): JsonParse<T> {
  const fenced = /```(?:json)?\s*([\s\S]*?)```/i.exec(raw)?.[1];
  let candidate = (fenced ?? raw).trim();
  if (!candidate.startsWith('{') && !candidate.startsWith('[')) {
    const first = candidate.indexOf('{');
    const last = candidate.lastIndexOf('}');
    if (first < 0 || last <= first) return { ok: false, error: 'no JSON object in the answer' };
    candidate = candidate.slice(first, last + 1);
  }
  let value: unknown;
  try {
    value = JSON.parse(candidate);
  } catch (e) {
    return { ok: false, error: `invalid JSON: ${(e as Error).message}` };
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    return { ok: false, error: `schema mismatch: ${issues.join('; ')}` };
  }
  return { ok: true, data: parsed.data };
}
