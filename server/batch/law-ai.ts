import { z } from 'zod';
import type { LawResult } from './law-result';

/**
 * What the AI review added to one law of a batch (CLI `--ai`, web jobs with AI review): the token bill and the
 * notices of that law. Kept beside LawResult, not inside it, because the worker threads never produce it.
 */
export const LawAiSchema = z.object({
  /** Provisions sent to the model (those the rules flagged). */
  provisions: z.number().int().nonnegative(),
  /** AI findings kept after locating their quotes and de-duplicating against the rule findings. */
  findings: z.number().int().nonnegative(),
  prompt: z.number().int().nonnegative(),
  completion: z.number().int().nonnegative(),
  /** True when a figure was estimated because the server reported no usage. */
  estimated: z.boolean().optional(),
  /** German notices: model failures, dropped output, provisions left out. */
  notices: z.array(z.string()),
});
export type LawAi = z.infer<typeof LawAiSchema>;

export type AiLawResult = LawResult & { ai?: LawAi };

/** A law that did not reach the model (nothing flagged, no model, model failure), with the reason if any. */
export function withoutModelReview(r: LawResult, notices: string[]): AiLawResult {
  return { ...r, ai: { provisions: 0, findings: 0, prompt: 0, completion: 0, notices } };
}
