import { fileURLToPath } from 'node:url';
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { bundleWorker, workerExecArgv } from '../../batch/worker-bundle';
import { AppError } from '../../errors';
import { tooComplex } from '../../ingest/limits';
import { logger } from '../../logger';
import type { DraftAnalysis } from './analyze-draft';
import type { DraftOutcome, DraftTask } from './draft-worker';

/**
 * Uploaded drafts are analysed in worker threads with a heap cap and a wall-clock budget: a file that exhausts
 * either costs its worker, which is stopped, and the user gets a German 413; the main thread keeps serving
 * /healthz and sockets meanwhile. Workers start on the first upload and end after a while without one.
 */
export interface DraftPoolOptions {
  threads: number;
  heapMb: number;
  timeoutMs: number;
  maxFindings: number;
  /** Drafts waiting for a free worker beyond which uploads are refused with 503. */
  maxQueue?: number;
}

export interface DraftAnalyzeOptions {
  includeDocument?: boolean;
  onStage?: (stage: 'structure' | 'checks') => void;
}

const ENTRY = fileURLToPath(new URL('./draft-worker.ts', import.meta.url));
const IDLE_MS = 30_000;
/** How long a finished analysis waits for its stage messages (they travel on their own channel). */
const STAGE_GRACE_MS = 1000;

const BUSY = new AppError(
  'unavailable',
  'unavailable:ingest_busy',
  'Der Server prüft gerade viele Entwürfe gleichzeitig. Bitte versuchen Sie es in einigen Minuten erneut.',
  'draft queue full',
);

/** Why a worker ended without an answer: its limits (the file's fault) or anything else (ours). */
function failure(e: unknown, timedOut: boolean): AppError {
  const err = e as { code?: string; name?: string; message?: string };
  if (timedOut) return tooComplex('draft analysis exceeded its time budget', e);
  if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') return tooComplex('draft analysis exceeded the worker heap', e);
  // "Invalid string length", "Maximum call stack size exceeded": input too large for a data structure
  if (err.name === 'RangeError') return tooComplex(`draft analysis: ${err.message}`, e);
  if (err.message === 'Task queue is at limit') return BUSY;
  return new AppError('internal', 'internal:ingest', 'Die Datei konnte wegen eines internen Fehlers nicht verarbeitet werden.', `draft worker failed: ${err.message}`, { cause: e });
}

export function createDraftAnalyzer(opts: DraftPoolOptions) {
  let pool: Promise<Piscina> | undefined;
  const start = async () => {
    const p = new Piscina({
      filename: await bundleWorker(ENTRY, 'draft'),
      // one worker stays warm once drafts arrive; loading a fresh one costs seconds on a busy machine
      minThreads: 1,
      maxThreads: opts.threads,
      idleTimeout: IDLE_MS,
      maxQueue: opts.maxQueue ?? opts.threads * 8,
      execArgv: workerExecArgv(),
      resourceLimits: { maxOldGenerationSizeMb: opts.heapMb },
    });
    // a worker ended by its limits is reported here as well as to its task; unhandled it would end the process
    p.on('error', (err: unknown) => logger.warn({ err }, 'draft worker pool reported an error'));
    return p;
  };

  return {
    async analyze(buf: Buffer, filename: string, o: DraftAnalyzeOptions = {}): Promise<DraftAnalysis> {
      const p = await (pool ??= start().catch((e: unknown) => {
        pool = undefined;
        throw e;
      }));
      const controller = new AbortController();
      let timedOut = false;
      let timer: NodeJS.Timeout | undefined;
      const { port1, port2 } = new MessageChannel();
      // the budget starts when a worker takes the draft: time in the queue or loading a fresh worker is not the file's
      port1.on('message', (msg: 'started' | 'structure' | 'checks') => {
        if (msg !== 'started') return o.onStage?.(msg);
        timer = setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, opts.timeoutMs);
      });
      // the worker closes its end when it is done; 'close' comes after every message it posted
      const stagesDelivered = new Promise<void>((r) => port1.once('close', () => r()));
      const task: DraftTask = { data: new Uint8Array(buf), filename, maxFindings: opts.maxFindings, includeDocument: Boolean(o.includeDocument), port: port2 };
      let outcome: DraftOutcome;
      try {
        outcome = (await p.run(task, { signal: controller.signal, transferList: [port2] })) as DraftOutcome;
        await Promise.race([stagesDelivered, new Promise((r) => setTimeout(r, STAGE_GRACE_MS))]);
      } catch (e) {
        const err = failure(e, timedOut);
        logger.warn({ err: e, file: filename }, err.message);
        throw err;
      } finally {
        clearTimeout(timer);
        port1.close();
      }
      if (!outcome.ok) throw new AppError(outcome.error.type, outcome.error.code, outcome.error.userMessage, outcome.error.message);
      return outcome.analysis;
    },
    async close(): Promise<void> {
      const p = pool;
      pool = undefined;
      if (p) await (await p.catch(() => undefined))?.destroy();
    },
  };
}
export type DraftAnalyzer = ReturnType<typeof createDraftAnalyzer>;
