import { readFileSync } from 'node:fs';
import { decodeLawFile } from '../batch/analyze-law';
import { withoutModelReview, type AiLawResult } from '../batch/law-ai';
import type { LawResult } from '../batch/law-result';
import type { LawDocument } from '../contracts/document';
import { logger } from '../logger';
import { parseLawMarkdown } from '../parser/law-markdown';
import { selectProvisionsForLlm, type ReviewOptions, type ReviewResult } from './ai-review';
import type { Finding } from '../contracts/finding';

/**
 * AI review of one law of a batch, after the rule engine (in a worker thread) has screened it: only the provisions
 * the rules flagged go to the model, through the same review path as an uploaded draft. A model failure costs only
 * the AI part of this law — the rule findings stay and the reason becomes a notice; only an abort propagates.
 */

export type ReviewFn = (doc: LawDocument, ruleFindings: Finding[], opts: Pick<ReviewOptions, 'provisionIds' | 'signal'>) => Promise<ReviewResult>;

export interface LawReviewOptions {
  review: ReviewFn;
  /** Cost guard for huge laws: provisions beyond this many (in law order) are not sent. */
  maxProvisions?: number;
  signal?: AbortSignal;
}

export const DEFAULT_MAX_PROVISIONS = 60;

/** The law as the worker parsed it, so that the rule findings' offsets fit. */
function loadLaw(path: string): LawDocument {
  const decoded = decodeLawFile(readFileSync(path));
  if ('error' in decoded) throw new Error(decoded.error);
  return parseLawMarkdown(decoded.text, { path });
}

export async function reviewLawResult(r: LawResult, opts: LawReviewOptions): Promise<AiLawResult> {
  if (r.error) return r;
  if (r.findings.length === 0) return withoutModelReview(r, []);
  const max = opts.maxProvisions ?? DEFAULT_MAX_PROVISIONS;
  try {
    const doc = loadLaw(r.path);
    const flagged = selectProvisionsForLlm(doc, r.findings);
    const selected = flagged.slice(0, max);
    const res = await opts.review(doc, r.findings, { provisionIds: selected, ...(opts.signal ? { signal: opts.signal } : {}) });
    const notices = [...res.notices];
    if (flagged.length > selected.length) {
      notices.push(`Aus Kostengründen wurden nur die ersten ${selected.length} von ${flagged.length} Vorschriften mit Regelbefunden an das Sprachmodell gegeben.`);
    }
    return {
      ...r,
      findings: res.findings,
      ai: {
        provisions: selected.length,
        findings: res.findings.filter((f) => f.source === 'KI').length,
        prompt: res.tokens.prompt,
        completion: res.tokens.completion,
        ...(res.tokens.estimated ? { estimated: true } : {}),
        notices,
      },
    };
  } catch (e) {
    if (opts.signal?.aborted) throw e;
    logger.warn({ err: e, path: r.path }, 'AI review of a batch law failed');
    return withoutModelReview(r, ['Die KI-Prüfung dieses Gesetzes ist fehlgeschlagen; es gelten die Befunde der Regelprüfung.']);
  }
}
