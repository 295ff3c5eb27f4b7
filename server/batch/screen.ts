import { createPipeline } from '../jobs/pipeline';
import type { AiLawResult } from './law-ai';
import type { LawResult } from './law-result';
import { runBatch as realRunBatch, type BatchRun, type RunBatchOptions } from './run-batch';

export interface ScreenOptions {
  files: string[];
  /** Worker threads (default: all cores). */
  jobs?: number;
  workerHeapMb?: number;
  signal?: AbortSignal;
  /** The AI review of each law after the rules (CLI --ai, web jobs with AI); absent: rules only. */
  ai?: {
    review: (r: LawResult, opts: { signal?: AbortSignal }) => Promise<AiLawResult>;
    /** Laws in review at once. */
    parallel: number;
  };
  /**
   * Deliver in input order (CLI: deterministic outputs) or each law as soon as it is done (web: stored at once, so
   * a restart never repeats a law the model already reviewed).
   */
  ordered: boolean;
  /** Gets every law once it is fully screened; awaited, so a slow consumer holds the screening back. */
  deliver: (r: AiLawResult) => void | Promise<void>;
  /** Laws fully screened so far (rules and, if asked, the model). */
  onProgress?: (done: number, total: number) => void;
  /** Seam for tests; default: the worker-thread batch runner. */
  runBatch?: (opts: RunBatchOptions) => Promise<BatchRun>;
}

/**
 * The one screening pipeline of the CLI batch and the web batch jobs: the rule engine on worker threads, then
 * optionally the AI review with bounded parallelism. Every law that went in reaches `deliver` exactly once (unless
 * aborted); on failure or abort every law in review settles before the error is re-thrown.
 */
export async function screenLaws(opts: ScreenOptions): Promise<BatchRun> {
  const t0 = performance.now();
  let done = 0;
  const deliver = async (r: AiLawResult) => {
    await opts.deliver(r);
    opts.onProgress?.(++done, opts.files.length);
  };
  const { ai, signal } = opts;
  const review = ai
    ? createPipeline<LawResult, AiLawResult>({
        limit: ai.parallel,
        ordered: opts.ordered,
        process: (r) => ai.review(r, signal ? { signal } : {}),
        sink: deliver,
      })
    : undefined;
  let run: BatchRun;
  try {
    run = await (opts.runBatch ?? realRunBatch)({
      files: opts.files,
      ...(opts.jobs ? { jobs: opts.jobs } : {}),
      ...(opts.workerHeapMb ? { workerHeapMb: opts.workerHeapMb } : {}),
      ...(signal ? { signal } : {}),
      onResult: (r) => (review ? review.push(r) : deliver(r)),
    });
  } finally {
    // every law in review settles (finished or aborted) before the screening ends either way
    await review?.drain().catch(() => undefined);
  }
  await review?.drain();
  return { ...run, seconds: (performance.now() - t0) / 1000 };
}
