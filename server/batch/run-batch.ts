import { availableParallelism, loadavg } from 'node:os';
import { Piscina } from 'piscina';
import { skippedResult, type LawResult } from './law-result';
import { bundleWorker, workerExecArgv } from './worker-bundle';
import { logger } from '../logger';

export interface RunBatchOptions {
  files: string[];
  /** Worker threads; default: defaultBatchThreads(). */
  jobs?: number;
  /** Heap limit per worker thread in MB (web jobs); a law that exceeds it is skipped, the process lives on. */
  workerHeapMb?: number;
  /** Called once per file, strictly in the order of `files`; the next result waits until the returned promise settles. */
  onResult: (r: LawResult) => void | Promise<void>;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/**
 * One worker per core. The main thread only receives the results and writes the outputs (about a tenth of the batch
 * CPU), so it shares a core instead of holding one back: with a worker per core but one, a 2-core machine screened
 * on one core, and on a quiet machine the batch took 17.9 times ripgrep's wall time for 13.3 times its CPU time
 * (npm run bench:batch). A second worker costs 10–15 % more CPU (its isolate compiles the engine again), far
 * less than the idle core; on a machine whose cores are busy with other work it does not help (shared 2-core
 * machine at load 13–19: more CPU and more wall time). `npm run worker` uses it, the web server leaves one core to
 * its event loop (app.ts); the CLI (which the bench runs) counts only the free cores (freeCoreThreads).
 */
export const defaultBatchThreads = (): number => availableParallelism();

/**
 * The CLI's default: one worker per core that other work leaves free (cores minus the one-minute load average, at
 * least one). A second worker's isolate compiles and warms the engine again; where other processes keep the cores busy
 * it only adds that CPU and no speed (shared 2-core machine at load 11–12, three runs each over the federal corpus:
 * one worker 9.5–12.1 s CPU and 20.7–25.8 s wall, two workers 11.4–14.9 s CPU and 21.7–27.3 s wall). On an idle
 * machine it is defaultBatchThreads(). The servers keep their fixed count: their load changes while they run.
 */
export function freeCoreThreads(cores = availableParallelism(), load = loadavg()[0] ?? 0): number {
  return Math.max(1, Math.min(cores, Math.ceil(cores - load)));
}

/** How a run went; the totals of its laws are counted by their consumer (server/batch/summary.ts), not here. */
export interface BatchRun {
  seconds: number;
  /** 'threads' normally; 'in-process' only when worker threads cannot start in this context. */
  mode: 'threads' | 'in-process';
}

interface Runner {
  mode: BatchRun['mode'];
  analyze(path: string): Promise<LawResult>;
  close(): Promise<void>;
}

async function inProcessRunner(reason: unknown): Promise<Runner> {
  logger.warn({ err: reason }, 'worker threads unavailable, analysing in-process');
  const { analyzeLawFile } = await import('./analyze-law');
  // yield to the event loop between files so that progress events and aborts still get through
  const analyze = (path: string) =>
    new Promise<LawResult>((resolve, reject) =>
      setImmediate(() => {
        try {
          resolve(analyzeLawFile(path));
        } catch (e) {
          reject(e);
        }
      }),
    );
  return { mode: 'in-process', analyze, close: async () => undefined };
}

/** A pool whose workers have proven that they load (one ping per thread). */
async function startPool(jobs: number, heapMb?: number): Promise<Piscina> {
  const pool = new Piscina({
    ...(heapMb ? { resourceLimits: { maxOldGenerationSizeMb: heapMb } } : {}),
    filename: await bundleWorker(),
    minThreads: jobs,
    maxThreads: jobs,
    idleTimeout: 1000,
    execArgv: workerExecArgv(),
    // a few tasks queued inside each worker: it starts the next file at once instead of idling until the busy
    // main thread has handled the previous result (measured: about 8 % less wall time over the corpus)
    concurrentTasksPerWorker: 4,
  });
  // piscina reports stray worker messages (a result arriving for a task it already dropped while the pool is
  // destroyed) as an 'error' event; unhandled, that event would crash the whole server
  pool.on('error', (err: unknown) => logger.warn({ err }, 'worker pool reported an error'));
  try {
    await Promise.all(Array.from({ length: jobs }, () => pool.run(null, { name: 'ping' })));
    return pool;
  } catch (e) {
    await pool.destroy().catch(() => undefined);
    throw e;
  }
}

const TOO_COMPLEX_LAW = 'Die Datei ist zu groß oder zu komplex, um sie sicher zu verarbeiten (Speichergrenze der Analyse überschritten).';

async function createRunner(jobs: number, heapMb?: number): Promise<Runner> {
  let pool: Piscina;
  try {
    pool = await startPool(jobs, heapMb);
  } catch (e) {
    return inProcessRunner(e);
  }
  let closing = false;
  return {
    mode: 'threads',
    // No abort signal goes to piscina: with several tasks queued per worker, aborting single tasks makes the pool
    // receive results for tasks it has forgotten. An abort stops the loop in runBatch instead, and destroying the
    // pool ends the files still in flight.
    analyze: (path) =>
      // the worker itself never rejects for a bad file, so a rejection here means the worker died (e.g. out of memory)
      // or the pool was destroyed after an abort
      (pool.run({ path }) as Promise<LawResult>).catch((e: unknown) => {
        if ((e as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY') return skippedResult(path, TOO_COMPLEX_LAW);
        if (!closing) logger.error({ err: e, path }, 'worker failed on file');
        return skippedResult(path, 'Interner Fehler bei der Analyse (Worker abgebrochen).');
      }),
    close: () => {
      closing = true;
      return pool.destroy();
    },
  };
}

/**
 * Screens many law files on all cores. At most `window` files are in flight or waiting for delivery, so
 * memory stays bounded however many files there are, and results are delivered in input order, which
 * makes every output deterministic and lets a resumable job restart after the number of delivered files.
 */
export async function runBatch(opts: RunBatchOptions): Promise<BatchRun> {
  const t0 = performance.now();
  const { files, signal } = opts;
  const jobs = Math.max(1, opts.jobs ?? defaultBatchThreads());
  // enough files per thread that workers stay busy while a large law (SGB V: 2 MB) holds up in-order delivery;
  // results are small (no law text), so even 64 of them cost little memory
  const window = Math.max(64, jobs * 32);
  const totals: BatchRun = { seconds: 0, mode: 'threads' };
  signal?.throwIfAborted();
  if (files.length === 0) return totals;

  const runner = await createRunner(Math.min(jobs, files.length), opts.workerHeapMb);
  totals.mode = runner.mode;
  const ready = new Map<number, LawResult>();
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  signal?.addEventListener('abort', notify, { once: true });
  let submitted = 0;
  let delivered = 0;
  try {
    while (delivered < files.length) {
      while (submitted < files.length && submitted < delivered + window && !signal?.aborted) {
        const i = submitted++;
        void runner
          .analyze(files[i]!)
          // a defect must cost one file, never leave the loop waiting for a result that cannot come
          .catch((e: unknown) => skippedResult(files[i]!, `Interner Fehler bei der Analyse (${e instanceof Error ? e.message : String(e)}).`))
          .then((r) => {
            ready.set(i, r);
            notify();
          });
      }
      signal?.throwIfAborted();
      const r = ready.get(delivered);
      if (!r) {
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      ready.delete(delivered);
      delivered++;
      await opts.onResult(r);
      opts.onProgress?.(delivered, files.length);
    }
  } finally {
    signal?.removeEventListener('abort', notify);
    await runner.close();
  }
  totals.seconds = (performance.now() - t0) / 1000;
  return totals;
}
