import { fileURLToPath } from 'node:url';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { bundleWorker, workerExecArgv } from '../../batch/worker-bundle';
import { AppError, BusyError } from '../../errors';
import { tooComplex } from '../../ingest/limits';
import { logger } from '../../logger';
import type { Finding } from '../../contracts/finding';
import type { AbsatzRewrite } from '../../contracts/rewrite';
import type { AbsatzContext } from '../../rules/rewrite';
import type { DraftAnalysis } from './analyze-draft';
import type { ConvertLawTask, DraftTask, Outcome, RenderTask, RewriteTask } from './draft-worker';
import type { ConvertedLaw, ImportOptions } from '../../retrieval/corpus-import';
import type { RenderRequest } from './render';
import { type Place, type WaitingLine, waitingLine } from './waiting-line';

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
  /** Tasks (drafts, exports, law files) waiting for a free worker beyond which new ones are refused with 503. */
  maxQueue: number;
  /** Budget of one export rendering (default: timeoutMs). */
  exportTimeoutMs?: number;
}

export interface DraftAnalyzeOptions {
  includeDocument?: boolean;
  onStage?: (stage: 'structure' | 'checks') => void;
  /** The draft's place in this instance's line while it waits for a worker (1: next), again whenever it moves up. */
  onQueued?: (position: number) => void;
}

const ENTRY = fileURLToPath(new URL('./draft-worker.ts', import.meta.url));
const IDLE_MS = 30_000;
/** How long a finished task waits at most for its stage messages (they travel on their own channel). */
const STAGE_GRACE_MS = 1000;

const busy = (line: WaitingLine) =>
  new BusyError(
    'unavailable:ingest_busy',
    `Der Dienst ist gerade ausgelastet: ${line.waiting() === 1 ? 'Eine Datei wartet' : `${line.waiting()} Dateien warten`} schon auf ihre Prüfung.`,
    line.retryAfterS(),
    'draft queue full',
  );

/** The German answer when a task exhausted its worker's limits; `log` is the English log message. */
type LimitError = (log: string, cause: unknown) => AppError;

const exportTooLarge: LimitError = (log, cause) =>
  new AppError(
    'too_large',
    'too_large:export',
    'Der Export ist für diesen Entwurf zu umfangreich und wurde abgebrochen. Bitte laden Sie den Entwurf in Teilen hoch oder verwerfen Sie nicht benötigte Befunde.',
    log,
    { cause },
  );

interface TaskRun {
  budgetMs: number;
  what: string;
  limit: LimitError;
  log?: object;
  onStage?: (stage: 'structure' | 'checks') => void;
  onQueued?: (position: number) => void;
}

/** Why a worker ended without an answer: its limits (the input's fault) or anything else (ours). */
function failure(e: unknown, timedOut: boolean, what: string, limit: LimitError): AppError {
  const err = e as { code?: string; name?: string; message?: string };
  if (timedOut) return limit(`${what} exceeded its time budget`, e);
  if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') return limit(`${what} exceeded the worker heap`, e);
  // "Invalid string length", "Maximum call stack size exceeded": input too large for a data structure
  if (err.name === 'RangeError') return limit(`${what}: ${err.message}`, e);
  return new AppError('internal', 'internal:ingest', 'Die Datei konnte wegen eines internen Fehlers nicht verarbeitet werden. Bitte versuchen Sie es erneut; tritt der Fehler wieder auf, wenden Sie sich an den Betrieb.', `${what} worker failed: ${err.message}`, { cause: e });
}

export function createDraftAnalyzer(opts: DraftPoolOptions) {
  let pool: Promise<Piscina> | undefined;
  // the line bounds what the pool queues, so Piscina's own queue needs no limit
  const line = waitingLine({ slots: opts.threads, maxWaiting: opts.maxQueue });
  const start = async () => {
    const p = new Piscina({
      filename: await bundleWorker(ENTRY, 'draft'),
      // one worker stays warm once drafts arrive; loading a fresh one costs seconds on a busy machine
      minThreads: 1,
      maxThreads: opts.threads,
      idleTimeout: IDLE_MS,
      execArgv: workerExecArgv(),
      resourceLimits: { maxOldGenerationSizeMb: opts.heapMb },
    });
    // a worker ended by its limits is reported here as well as to its task; unhandled it would end the process
    p.on('error', (err: unknown) => logger.warn({ err }, 'draft worker pool reported an error'));
    return p;
  };

  const poolNow = () =>
    (pool ??= start().catch((e: unknown) => {
      pool = undefined;
      throw e;
    }));

  /**
   * Runs the worker export `name` with the task if the line has room (else a 503 with the wait); its budget starts
   * when a worker takes it, and the stages it reports on the way go to `onStage`. Errors cross the thread boundary
   * as data (draft-worker.ts).
   */
  async function runTask<T>(name: string, task: object, run: TaskRun): Promise<T> {
    const place = line.enter(run.onQueued);
    if (!place) throw busy(line);
    try {
      return await runAdmitted<T>(name, task, run, place);
    } finally {
      place.done();
    }
  }

  async function runAdmitted<T>(name: string, task: object, run: TaskRun, place: Place): Promise<T> {
    const p = await poolNow();
    const controller = new AbortController();
    let timedOut = false;
    let timer: NodeJS.Timeout | undefined;
    const { port1, port2 } = new MessageChannel();
    // the worker's last message is 'done': it comes after every stage it posted, and ends the wait below at once
    let delivered: () => void = () => undefined;
    const stagesDelivered = new Promise<void>((r) => (delivered = r));
    // time in the queue or loading a fresh worker is not the task's
    port1.on('message', (msg: 'started' | 'structure' | 'checks' | 'done') => {
      if (msg === 'done') return delivered();
      if (msg !== 'started') return run.onStage?.(msg);
      place.started();
      timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, run.budgetMs);
    });
    let outcome: Outcome<T>;
    try {
      outcome = (await p.run({ ...task, port: port2 }, { name, signal: controller.signal, transferList: [port2] })) as Outcome<T>;
      await Promise.race([stagesDelivered, new Promise((r) => setTimeout(r, STAGE_GRACE_MS))]);
    } catch (e) {
      const err = failure(e, timedOut, run.what, run.limit);
      logger.warn({ err: e, ...run.log }, err.message);
      throw err;
    } finally {
      clearTimeout(timer);
      port1.close();
    }
    if (!outcome.ok) throw new AppError(outcome.error.type, outcome.error.code, outcome.error.userMessage, outcome.error.message);
    return outcome.value;
  }

  return {
    /** A decision worked into the rewrite of one Absatz, off the request thread. */
    rewrite(text: string, ctx: AbsatzContext, findings: Finding[]): Promise<AbsatzRewrite> {
      // only the Absatz crosses the thread boundary, with its offsets shifted to match
      const local: AbsatzContext = { ...ctx, start: 0, end: ctx.end - ctx.start };
      const shift = (f: Finding): Finding => ({
        ...f,
        location: { ...f.location, start: f.location.start - ctx.start, end: f.location.end - ctx.start },
        ...(f.edit ? { edit: { ...f.edit, at: f.edit.at - ctx.start } } : {}),
      });
      const task: Omit<RewriteTask, 'port'> = { text: text.slice(ctx.start, ctx.end), ctx: local, findings: findings.map(shift) };
      return runTask<AbsatzRewrite>('rewrite', task, { budgetMs: opts.timeoutMs, what: 'absatz rewrite', limit: tooComplex }).then((r) => ({ ...r, start: ctx.start, end: ctx.end }));
    },
    /** An export file rendered off the request thread, within the export budget (German 413 when exceeded). */
    async render(request: RenderRequest): Promise<Buffer | string> {
      const task: Omit<RenderTask, 'port'> = { request };
      const body = await runTask<Uint8Array | string>('render', task, {
        budgetMs: opts.exportTimeoutMs ?? opts.timeoutMs,
        what: 'export rendering',
        limit: exportTooLarge,
      });
      return typeof body === 'string' ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength);
    },
    analyze(buf: Buffer, filename: string, o: DraftAnalyzeOptions = {}): Promise<DraftAnalysis> {
      const task: Omit<DraftTask, 'port'> = { data: new Uint8Array(buf), filename, maxFindings: opts.maxFindings, includeDocument: Boolean(o.includeDocument) };
      return runTask<DraftAnalysis>('default', task, {
        budgetMs: opts.timeoutMs,
        what: 'draft analysis',
        limit: tooComplex,
        log: { file: filename },
        ...(o.onStage ? { onStage: o.onStage } : {}),
        ...(o.onQueued ? { onQueued: o.onQueued } : {}),
      });
    },
    /** A law file for the corpus import, converted off the request thread within the draft limits. */
    convertLaw(buf: Buffer, filename: string, options: ImportOptions): Promise<ConvertedLaw> {
      const task: Omit<ConvertLawTask, 'port'> = { data: new Uint8Array(buf), filename, options };
      return runTask<ConvertedLaw>('convertLaw', task, { budgetMs: opts.timeoutMs, what: 'law conversion', limit: tooComplex, log: { file: filename } });
    },
    async close(): Promise<void> {
      const p = pool;
      pool = undefined;
      if (p) await (await p.catch(() => undefined))?.destroy();
    },
  };
}
export type DraftAnalyzer = ReturnType<typeof createDraftAnalyzer>;
