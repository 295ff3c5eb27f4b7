/** Token accounting. Without a tokenizer for every possible model, ~4 characters per token is the budget rule. */
export interface TokenUsage {
  prompt: number;
  completion: number;
  /** True when at least one figure was estimated because the server reported no usage. */
  estimated?: boolean;
}

export const ZERO_USAGE: TokenUsage = Object.freeze({ prompt: 0, completion: 0 });

export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

export function addUsage(a: TokenUsage, b: TokenUsage): TokenUsage {
  const estimated = a.estimated || b.estimated;
  return { prompt: a.prompt + b.prompt, completion: a.completion + b.completion, ...(estimated ? { estimated } : {}) };
}
