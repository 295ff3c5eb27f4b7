/**
 * Where batch job ids wait until a worker runs them. In-process (the embedded default) is a FIFO in this process;
 * with Redis (server/jobs/redis-queue.ts) the ids live in a BullMQ queue that any number of worker processes consume.
 */
export interface JobQueue {
  readonly kind: 'in-process' | 'redis';
  /** Adds a job id; an id already waiting or running is not added twice. */
  add(id: string, meta?: JobMeta): Promise<void>;
  /** Drops a waiting id (its job was deleted). */
  drop(id: string): Promise<void>;
  /** Ids waiting for a worker (in this process, or in the shared queue of all instances). */
  waiting(): Promise<number>;
  /** A waiting id's place in the line (1: next), undefined when it is not waiting. */
  position(id: string): Promise<number | undefined>;
  /**
   * Makes this process a worker: `run` is called for each queued id, one job at a time. 'interrupted' (shutdown)
   * hands the job back, so that it is resumed rather than counted as finished.
   */
  consume(run: (id: string, meta: JobMeta) => Promise<JobOutcome>): void;
  /** Resolves when this process runs nothing and has nothing waiting (tests). */
  idle(): Promise<void>;
  /** Stops consuming; a job still running here is left to be resumed (by the next start or another worker). */
  close(): Promise<void>;
}

export type JobOutcome = 'finished' | 'interrupted';
/** Travels with a queued id: the request that created the job, for its log lines. */
export interface JobMeta {
  requestId?: string;
}

/** The embedded default: an interrupted job stays 'running' in storage and is queued again at the next start. */
export function inProcessQueue(): JobQueue {
  const waiting: { id: string; meta: JobMeta }[] = [];
  let running: string | undefined;
  let run: ((id: string, meta: JobMeta) => Promise<JobOutcome>) | undefined;
  let loop: Promise<void> | undefined;
  let closed = false;

  function kick(): void {
    if (loop || closed || !run) return;
    const worker = run;
    loop = (async () => {
      while (waiting.length > 0 && !closed) {
        const next = waiting.shift()!;
        running = next.id;
        try {
          await worker(next.id, next.meta);
        } finally {
          running = undefined;
        }
      }
    })().finally(() => {
      loop = undefined;
      if (waiting.length > 0 && !closed) kick();
    });
  }

  return {
    kind: 'in-process',
    async add(id, meta = {}) {
      if (!waiting.some((w) => w.id === id) && running !== id) waiting.push({ id, meta });
      kick();
    },
    async drop(id) {
      const i = waiting.findIndex((w) => w.id === id);
      if (i >= 0) waiting.splice(i, 1);
    },
    waiting: async () => waiting.length,
    async position(id) {
      const i = waiting.findIndex((w) => w.id === id);
      return i < 0 ? undefined : i + 1;
    },
    consume(fn) {
      run = fn;
      kick();
    },
    async idle() {
      while (loop) await loop;
    },
    async close() {
      closed = true;
      waiting.length = 0;
      await loop;
    },
  };
}
