import type { Config } from '../config';
import { llmEnabled } from '../config';
import type { ReviewResponse } from '../contracts/api';
import type { LawDocument } from '../contracts/document';
import type { Finding } from '../contracts/finding';
import type { Answerer } from '../services/chat/answerer';
import type { DocumentationDraft } from '../services/documentation';
import type { LawResult } from '../batch/law-result';
import type { AiLawResult } from '../batch/law-ai';
import { reviewWithLlm, type ReviewResult } from './ai-review';
import { reviewLawResult } from './batch-review';
import { refineDocumentation, type DocumentationResult } from './documentation';
import { createLlmAnswerer } from './llm-answerer';
import { rewriteQuery } from './query-rewrite';
import { createProvider, type LlmProvider, type ProviderDeps } from './provider';

/**
 * Entry point of the LLM layer for the server: everything built on one provider (one concurrency limit for chat,
 * review and documentation). `null` without a configured model — the product then runs offline.
 */
export interface LlmServices {
  model: string;
  provider: LlmProvider;
  answerer: Answerer;
  /** AI review merged with the rule findings; never throws for model failures (notices instead), only on abort. */
  review(doc: LawDocument, ruleFindings: Finding[], opts?: { provisionIds?: Iterable<string>; signal?: AbortSignal }): Promise<ReviewResult>;
  /** AI review of one batch law (only the provisions the rules flagged); failures become notices of that law. */
  reviewLaw(r: LawResult, opts?: { signal?: AbortSignal }): Promise<AiLawResult>;
  /** Improves the offline documentation draft; returns it unchanged with a notice when the model fails. */
  documentation(review: ReviewResponse, draft: DocumentationDraft, opts?: { signal?: AbortSignal }): Promise<DocumentationResult>;
  /** With SEARCH_QUERY_REWRITE: the statute terms for a question in lay words, added to the chat's search. */
  rewriteQuery?(query: string, signal?: AbortSignal): Promise<string[]>;
}

export function createLlmServices(config: Config, deps: ProviderDeps = {}): LlmServices | null {
  if (!llmEnabled(config)) return null;
  const provider = createProvider(config, deps);
  const review: LlmServices['review'] = (doc, ruleFindings, opts = {}) => reviewWithLlm(doc, ruleFindings, { provider, ...opts });
  return {
    model: provider.model,
    provider,
    answerer: createLlmAnswerer(config, { provider }),
    review,
    reviewLaw: (r, opts = {}) => reviewLawResult(r, { review, ...opts }),
    documentation: (review, draft, opts = {}) => refineDocumentation(review, draft, { provider, ...opts }),
    ...(config.SEARCH_QUERY_REWRITE ? { rewriteQuery: (query: string, signal?: AbortSignal) => rewriteQuery(provider, query, signal) } : {}),
  };
}

export { selectProvisionsForLlm } from './ai-review';
export { isLlmError } from './errors';
