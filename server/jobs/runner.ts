import type { BatchJobStatus } from '../contracts/api';
import type { LawResult } from '../batch/analyze-law';
import { withoutModelReview, type AiLawResult } from '../batch/law-ai';
import type { BatchRun, RunBatchOptions } from '../batch/run-batch';
import { screenLaws } from '../batch/screen';
import { BusyError } from '../errors';
import { currentLogContext, logger, withLogContext } from '../logger';
import type { BatchStore, JobRecord, NewJobOptions } from '../storage/batch';
import { type JobMeta, type JobOutcome, type JobQueue, inProcessQueue } from './queue';

export interface JobEvents {
  progress(sessionId: string, p: { jobId: string; done: number; total: number }): void;
  status(sessionId: string, p: { jobId: string; status: BatchJobStatus; message?: string }): void;
}

export interface BatchJobsDeps {
  store: BatchStore;
  runBatch: (opts: RunBatchOptions) => Promise<BatchRun>;
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
  /** Where job ids wait (default: in this process). */
  queue?: JobQueue;
  /** This process runs jobs (roles `all` and `worker`); a `web` instance only enqueues them. */
  consume?: boolean;
  /** Stored results per job (config JOB_MAX_RESULTS_MB); a job that reaches it stops with a notice. */
  maxResultBytes?: number;
  /** Jobs that may wait for a worker (config JOB_QUEUE_MAX); beyond it new jobs are refused with 503. */
  maxWaiting?: number;
}

/** A function, not an inline comparison: `remove()` sets the reason while `run` awaits, which narrowing cannot see. */
const cancelled = (a: { reason?: string }) => a.reason === 'cancel';

const FAILED_MESSAGE = 'Der Prüfauftrag ist fehlgeschlagen. Bereits geprüfte Gesetze bleiben gespeichert.';
const quotaMessage = (bytes: number) =>
  `Der Prüfauftrag hat seine Speichergrenze für Ergebnisse (${Math.round(bytes / 1048576).toLocaleString('de-DE')} MB) erreicht und wurde angehalten. ` +
  'Die bis dahin geprüften Gesetze bleiben gespeichert; bitte teilen Sie die übrigen auf kleinere Prüfaufträge auf.';
/**
 * When to retry a job refused at a full queue: a batch job takes minutes (a whole corpus with the model far longer),
 * so a place is rarely free sooner, and clients retrying at once would only load the queue check.
 */
const QUEUE_FULL_RETRY_S = 300;
const queueFull = (waiting: number) =>
  new BusyError(
    'unavailable:jobs_busy',
    `Der Dienst ist gerade ausgelastet: ${waiting === 1 ? 'Ein Prüfauftrag wartet schon auf seine' : `${waiting} Prüfaufträge warten schon auf ihre`} Ausführung.`,
    QUEUE_FULL_RETRY_S,
    `batch queue full (${waiting} waiting)`,
  );
const NO_MODEL_NOTICE = 'Kein Sprachmodell konfiguriert; dieses Gesetz wurde nur mit den Regeln geprüft.';

/**
 * Batch screening jobs, run one at a time per worker in the background. Every law result is stored as it arrives,
 * so a job interrupted by a restart or a killed worker resumes with the laws that are still missing, and a law is
 * never stored twice.
 */
export function createBatchJobs(deps: BatchJobsDeps) {
  const { store } = deps;
  const queue = deps.queue ?? inProcessQueue();
  let events: JobEvents | undefined;
  let current: { id: string; controller: AbortController; reason?: 'cancel' | 'shutdown' | 'quota' } | undefined;

  const emitStatus = (job: JobRecord, status: BatchJobStatus, message?: string) =>
    events?.status(job.sessionId, { jobId: job.id, status, ...(message ? { message } : {}) });

  /** Runs one job with its id and its creating request's id on every log line it causes. */
  const run = (id: string, meta: JobMeta): Promise<JobOutcome> => withLogContext({ ...meta, jobId: id }, () => runJob(id));

  async function runJob(id: string): Promise<JobOutcome> {
    // current before the first await, so that a deletion while the job is being read still aborts this run
    const controller = new AbortController();
    const active = { id, controller } as NonNullable<typeof current>;
    current = active;
    const job = await store.getById(id);
    if (!job || job.status === 'cancelled' || job.status === 'done' || job.status === 'failed' || cancelled(active)) {
      current = undefined;
      return 'finished';
    }
    await store.setStatus(id, 'running');
    emitStatus(job, 'running');
    const stored = await store.donePaths(id);
    let done = stored.size;
    const remaining = job.files.filter((f) => !stored.has(f));
    events?.progress(job.sessionId, { jobId: id, done, total: job.total });
    const t0 = performance.now();
    // summed once here, then counted per stored law: a sum per law would cost quadratic time over a large job
    let resultBytes = deps.maxResultBytes ? await store.resultBytes(id) : 0;
    const save = async (r: AiLawResult) => {
      if (controller.signal.aborted) return;
      // deleted through another instance: a worker of a shared queue learns it from storage (in-process, remove() aborts)
      if (queue.kind === 'redis' && !(await store.getById(id))) {
        active.reason = 'cancel';
        controller.abort();
        return;
      }
      const bytes = await store.addResult(id, r);
      if (bytes !== undefined) {
        done++;
        resultBytes += bytes;
      }
      events?.progress(job.sessionId, { jobId: id, done, total: job.total });
      if (deps.maxResultBytes && resultBytes > deps.maxResultBytes) {
        active.reason = 'quota';
        controller.abort();
      }
    };
    // With AI review each law is stored as soon as its review is finished, so a restart never bills it twice.
    const review = job.ai ? deps.aiReview : undefined;
    const withoutModel = (r: AiLawResult): AiLawResult => (r.error ? r : withoutModelReview(r, r.findings.length ? [NO_MODEL_NOTICE] : []));
    // stopped while the job was being prepared (shutdown or deletion): the batch must not start with a spent signal
    if (controller.signal.aborted) {
      current = undefined;
      return (active.reason as string | undefined) === 'shutdown' ? 'interrupted' : 'finished';
    }
    try {
      await screenLaws({
        files: remaining,
        ...(deps.threads ? { jobs: deps.threads } : {}),
        ...(deps.workerHeapMb ? { workerHeapMb: deps.workerHeapMb } : {}),
        signal: controller.signal,
        ...(review ? { ai: { review: (r, o) => review(r, { signal: o.signal ?? controller.signal }), parallel: deps.aiParallel ?? 2 } } : {}),
        ordered: false,
        deliver: job.ai && !review ? (r) => save(withoutModel(r)) : save,
        runBatch: deps.runBatch,
      });
      await store.addSeconds(id, (performance.now() - t0) / 1000);
      await store.setStatus(id, 'done');
      emitStatus(job, 'done');
    } catch (e) {
      await store.addSeconds(id, (performance.now() - t0) / 1000).catch(() => undefined);
      if (active.reason === 'shutdown') {
        // stays 'running' in the database, so the next start (or another worker) resumes it
        logger.info({ jobId: id, done }, 'batch job interrupted by shutdown');
        return 'interrupted';
      } else if (active.reason === 'cancel') {
        logger.info({ jobId: id }, 'batch job cancelled');
      } else if (active.reason === 'quota') {
        logger.warn({ jobId: id, resultBytes }, 'batch job reached its results quota');
        const message = quotaMessage(deps.maxResultBytes!);
        await store.setStatus(id, 'failed', message);
        emitStatus(job, 'failed', message);
      } else {
        logger.error({ err: e, jobId: id }, 'batch job failed');
        await store.setStatus(id, 'failed', FAILED_MESSAGE).catch((err: unknown) => logger.error({ err, jobId: id }, 'could not mark batch job failed'));
        emitStatus(job, 'failed', FAILED_MESSAGE);
      }
    } finally {
      current = undefined;
    }
    return 'finished';
  }

  /**
   * Refuses a new job while the queue is full. With Redis the count spans every instance; instances creating jobs at
   * the same moment may each pass the check, so the queue can exceed the limit by that many.
   */
  async function checkRoom(): Promise<void> {
    if (deps.maxWaiting === undefined) return;
    const waiting = await queue.waiting();
    if (waiting >= deps.maxWaiting) throw queueFull(waiting);
  }

  const enqueue = (id: string, meta?: JobMeta) => queue.add(id, meta).catch((e: unknown) => logger.error({ err: e, jobId: id }, 'could not queue batch job'));
  if (deps.consume !== false) queue.consume(run);

  return {
    queueKind: queue.kind,
    /** For work before `create` that a full queue would waste (extracting an uploaded ZIP). */
    checkRoom,
    setEvents(e: JobEvents): void {
      events = e;
    },
    /** Stores and queues a job, unless the queue is full. */
    async create(sessionId: string, name: string, files: string[], opts: NewJobOptions = {}): Promise<JobRecord> {
      await checkRoom();
      const job = await store.create(sessionId, name, files, opts);
      emitStatus(job, 'queued');
      const { requestId } = currentLogContext();
      enqueue(job.id, requestId ? { requestId } : {});
      return job;
    },
    get: (sessionId: string, id: string) => store.get(sessionId, id),
    /** A queued job's place in the queue of all jobs (1: next). */
    position: (id: string) => queue.position(id),
    list: (sessionId: string) => store.list(sessionId),
    /** Cancels a queued or running job and deletes it with its results. */
    async remove(sessionId: string, id: string): Promise<boolean> {
      const job = await store.get(sessionId, id);
      if (!job) return false;
      void queue.drop(id);
      if (current?.id === id) {
        current.reason = 'cancel';
        current.controller.abort();
      }
      await store.remove(sessionId, id);
      deps.onDelete?.(id);
      emitStatus(job, 'cancelled');
      return true;
    },
    /** Re-queues jobs that were queued or running when the server stopped. */
    async resume(): Promise<number> {
      const jobs = await store.unfinished();
      for (const j of jobs) enqueue(j.id);
      if (jobs.length) logger.info({ jobs: jobs.length }, 'resuming batch jobs');
      return jobs.length;
    },
    /** Resolves when the queue is empty (tests, shutdown). */
    idle: () => queue.idle(),
    /** Stops the running job without marking it finished; its stored results survive for the resume. */
    async close(): Promise<void> {
      if (current) {
        current.reason = 'shutdown';
        current.controller.abort();
      }
      await queue.close();
    },
  };
}
export type BatchJobs = ReturnType<typeof createBatchJobs>;
