import type { BatchJobStatus } from '../contracts/api';
import type { LawResult } from '../batch/analyze-law';
import { withoutModelReview, type AiLawResult } from '../batch/law-ai';
import type { RunBatchOptions, BatchTotals } from '../batch/run-batch';
import { logger } from '../logger';
import type { BatchStore, JobRecord, NewJobOptions } from '../storage/batch';
import { createPipeline } from './pipeline';

export interface JobEvents {
  progress(sessionId: string, p: { jobId: string; done: number; total: number }): void;
  status(sessionId: string, p: { jobId: string; status: BatchJobStatus; message?: string }): void;
}

export interface BatchJobsDeps {
  store: BatchStore;
  runBatch: (opts: RunBatchOptions) => Promise<BatchTotals>;
  /** Worker threads per job. */
  threads?: number;
  /** Heap limit of each worker thread in MB; a law that needs more is skipped with a German reason. */
  workerHeapMb?: number;
  /** Called when a job is deleted (e.g. to remove its uploaded files). */
  onDelete?: (jobId: string) => void;
  /** AI review of one law (server/llm reviewLaw); absent without a configured model. */
  aiReview?: (r: LawResult, opts: { signal: AbortSignal }) => Promise<AiLawResult>;
  /** Laws in AI review at once; the provider's LLM_MAX_CONCURRENCY still caps the model calls. */
  aiParallel?: number;
  /** Stored results per job (config JOB_MAX_RESULTS_MB); a job that reaches it stops with a notice. */
  maxResultBytes?: number;
}

const FAILED_MESSAGE = 'Der Prüfauftrag ist fehlgeschlagen. Bereits geprüfte Gesetze bleiben gespeichert.';
const quotaMessage = (bytes: number) =>
  `Der Prüfauftrag hat seine Speichergrenze für Ergebnisse (${Math.round(bytes / 1048576).toLocaleString('de-DE')} MB) erreicht und wurde angehalten. ` +
  'Die bis dahin geprüften Gesetze bleiben gespeichert; bitte teilen Sie die übrigen auf kleinere Prüfaufträge auf.';
const NO_MODEL_NOTICE = 'Kein Sprachmodell konfiguriert; dieses Gesetz wurde nur mit den Regeln geprüft.';

/**
 * Batch screening jobs: a FIFO queue that runs one job at a time in the background. Every law result is
 * stored as it arrives, so a job interrupted by a restart resumes with the laws that are still missing.
 */
export function createBatchJobs(deps: BatchJobsDeps) {
  const { store } = deps;
  const queue: string[] = [];
  let events: JobEvents | undefined;
  let current: { id: string; controller: AbortController; reason?: 'cancel' | 'shutdown' | 'quota' } | undefined;
  let loop: Promise<void> | undefined;
  let closed = false;

  const emitStatus = (job: JobRecord, status: BatchJobStatus, message?: string) =>
    events?.status(job.sessionId, { jobId: job.id, status, ...(message ? { message } : {}) });

  async function run(id: string): Promise<void> {
    const job = store.getById(id);
    if (!job || job.status === 'cancelled' || job.status === 'done') return;
    const controller = new AbortController();
    const run = { id, controller } as NonNullable<typeof current>;
    current = run;
    store.setStatus(id, 'running');
    emitStatus(job, 'running');
    const stored = store.donePaths(id);
    let done = stored.size;
    const remaining = job.files.filter((f) => !stored.has(f));
    events?.progress(job.sessionId, { jobId: id, done, total: job.total });
    const t0 = performance.now();
    // summed once here, then counted per stored law: a sum per law would cost quadratic time over a large job
    let resultBytes = deps.maxResultBytes ? store.resultBytes(id) : 0;
    const save = (r: AiLawResult) => {
      if (controller.signal.aborted) return;
      const bytes = store.addResult(id, r);
      if (bytes !== undefined) {
        done++;
        resultBytes += bytes;
      }
      events?.progress(job.sessionId, { jobId: id, done, total: job.total });
      if (deps.maxResultBytes && resultBytes > deps.maxResultBytes) {
        run.reason = 'quota';
        controller.abort();
      }
    };
    // With AI review each law is stored as soon as its review is finished, so a restart never bills it twice.
    const review = job.ai ? deps.aiReview : undefined;
    const ai = review
      ? createPipeline<LawResult, AiLawResult>({
          limit: deps.aiParallel ?? 2,
          ordered: false,
          process: (r) => review(r, { signal: controller.signal }),
          sink: save,
        })
      : undefined;
    const withoutModel = (r: LawResult): AiLawResult => (r.error ? r : withoutModelReview(r, r.findings.length ? [NO_MODEL_NOTICE] : []));
    try {
      try {
        await deps.runBatch({
          files: remaining,
          ...(deps.threads ? { jobs: deps.threads } : {}),
          ...(deps.workerHeapMb ? { workerHeapMb: deps.workerHeapMb } : {}),
          signal: controller.signal,
          onResult: (r: LawResult) => (ai ? ai.push(r) : save(job.ai ? withoutModel(r) : r)),
        });
      } finally {
        // every law in review settles (finished or aborted) before the job ends either way
        await ai?.drain().catch(() => undefined);
      }
      await ai?.drain();
      store.addSeconds(id, (performance.now() - t0) / 1000);
      store.setStatus(id, 'done');
      emitStatus(job, 'done');
    } catch (e) {
      store.addSeconds(id, (performance.now() - t0) / 1000);
      if (current.reason === 'shutdown') {
        // stays 'running' in the database, so the next start resumes it
        logger.info({ jobId: id, done }, 'batch job interrupted by shutdown');
      } else if (current.reason === 'cancel') {
        logger.info({ jobId: id }, 'batch job cancelled');
      } else if (current.reason === 'quota') {
        logger.warn({ jobId: id, resultBytes }, 'batch job reached its results quota');
        const message = quotaMessage(deps.maxResultBytes!);
        store.setStatus(id, 'failed', message);
        emitStatus(job, 'failed', message);
      } else {
        logger.error({ err: e, jobId: id }, 'batch job failed');
        store.setStatus(id, 'failed', FAILED_MESSAGE);
        emitStatus(job, 'failed', FAILED_MESSAGE);
      }
    } finally {
      current = undefined;
    }
  }

  function kick(): void {
    if (loop || closed) return;
    loop = (async () => {
      while (queue.length > 0 && !closed) await run(queue.shift()!);
    })().finally(() => {
      loop = undefined;
      if (queue.length > 0 && !closed) kick();
    });
  }

  function enqueue(id: string): void {
    if (!queue.includes(id) && current?.id !== id) queue.push(id);
    kick();
  }

  return {
    setEvents(e: JobEvents): void {
      events = e;
    },
    create(sessionId: string, name: string, files: string[], opts: NewJobOptions = {}): JobRecord {
      const job = store.create(sessionId, name, files, opts);
      emitStatus(job, 'queued');
      enqueue(job.id);
      return job;
    },
    get: (sessionId: string, id: string) => store.get(sessionId, id),
    list: (sessionId: string) => store.list(sessionId),
    /** Cancels a queued or running job and deletes it with its results. */
    remove(sessionId: string, id: string): boolean {
      const job = store.get(sessionId, id);
      if (!job) return false;
      const i = queue.indexOf(id);
      if (i >= 0) queue.splice(i, 1);
      if (current?.id === id) {
        current.reason = 'cancel';
        current.controller.abort();
      }
      store.remove(sessionId, id);
      deps.onDelete?.(id);
      emitStatus(job, 'cancelled');
      return true;
    },
    /** Re-queues jobs that were queued or running when the server stopped. */
    resume(): number {
      const jobs = store.unfinished();
      for (const j of jobs) enqueue(j.id);
      if (jobs.length) logger.info({ jobs: jobs.length }, 'resuming batch jobs');
      return jobs.length;
    },
    /** Resolves when the queue is empty (tests, shutdown). */
    async idle(): Promise<void> {
      while (loop) await loop;
    },
    /** Stops the running job without marking it finished; its stored results survive for the resume. */
    async close(): Promise<void> {
      closed = true;
      queue.length = 0;
      if (current) {
        current.reason = 'shutdown';
        current.controller.abort();
      }
      await loop;
    },
  };
}
export type BatchJobs = ReturnType<typeof createBatchJobs>;
