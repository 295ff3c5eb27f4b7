import { z } from 'zod';
import type { SearchHit } from '../contracts/search';
import { logger } from '../logger';
import type { SearchIndex, SearchOptions } from '../retrieval/index';
import { neutralize } from './data-blocks';
import { LlmAbortedError } from './errors';
import { renderQueryRewritePrompt } from './prompts';
import { messages, type LlmProvider } from './provider';

/**
 * Optional query rewriting (SEARCH_QUERY_REWRITE, off by default): the model names the statute terms for a
 * question in lay words; they join the search with the weight of the legal-concept map, below the typed words,
 * so a poor rewrite can add recall but never replace the question.
 */

export const QueryRewriteSchema = z.object({ begriffe: z.array(z.string().trim().min(2).max(80)).max(12) });

export async function rewriteQuery(provider: Pick<LlmProvider, 'completeJson'>, query: string, signal?: AbortSignal): Promise<string[]> {
  const prompt = renderQueryRewritePrompt({ frage: neutralize(query) });
  const res = await provider.completeJson([messages.system(prompt.system), messages.user(prompt.user)], QueryRewriteSchema, {
    purpose: 'chat',
    schemaName: 'suchanfrage',
    ...(signal ? { signal } : {}),
  });
  return res.data.begriffe;
}

/** Search with the model's statute terms; when the model fails, the plain search answers (it always can). */
export async function searchRewritten(
  index: Pick<SearchIndex, 'search'>,
  provider: Pick<LlmProvider, 'completeJson'>,
  query: string,
  opts: SearchOptions & { signal?: AbortSignal } = {},
): Promise<SearchHit[]> {
  const { signal, ...searchOpts } = opts;
  let expansions: string[] = [];
  try {
    expansions = await rewriteQuery(provider, query, signal);
  } catch (e) {
    if (e instanceof LlmAbortedError) throw e;
    logger.warn({ err: e }, 'query rewrite failed; searching without it');
  }
  return index.search(query, { ...searchOpts, ...(expansions.length ? { expansions } : {}) });
}
