import { Queue, Worker } from 'bullmq';
import { logger } from '../logger';
import { connectRedis } from '../redis';
import type { JobQueue } from './queue';

/** Thrown by the processor when this worker shuts down mid-job: BullMQ then hands the job to another worker. */
class HandedBack extends Error {}

export interface RedisQueueOptions {
  url: string;
  prefix: string;
  /**
   * How long a worker holds a job without renewing its lock. A worker that dies (SIGKILL, lost machine) stops
   * renewing; after this time another worker takes the job over and resumes it with the laws still missing.
   */
  lockMs: number;
}

const QUEUE = 'batch';

/** Batch job ids in a BullMQ queue: web instances add, worker processes consume; a job survives a killed worker. */
export function redisQueue(opts: RedisQueueOptions): JobQueue {
  const connection = connectRedis(opts.url, 'queue');
  const queue = new Queue(QUEUE, { connection, prefix: opts.prefix });
  let worker: Worker | undefined;

  return {
    kind: 'redis',
    async add(id, meta = {}) {
      // the job id deduplicates: an id waiting or running is not added again; finished ids are removed
      await queue.add(QUEUE, { jobId: id, ...meta }, { jobId: id, removeOnComplete: true, removeOnFail: true, attempts: 1000, backoff: { type: 'fixed', delay: 1000 } });
    },
    async drop(id) {
      await queue.remove(id).catch(() => undefined);
    },
    // a job handed back at a worker's shutdown waits as 'delayed' (its backoff) and counts as waiting too
    waiting: () => queue.getJobCountByTypes('waiting', 'delayed', 'prioritized'),
    async position(id) {
      // ids only, oldest first; the line is bounded by JOB_QUEUE_MAX
      const i = (await queue.getRanges(['wait'], 0, -1, true)).indexOf(id);
      return i < 0 ? undefined : i + 1;
    },
    consume(run) {
      worker = new Worker(
        QUEUE,
        async (job) => {
          const requestId = typeof job.data.requestId === 'string' ? job.data.requestId : undefined;
          if ((await run(String(job.data.jobId), requestId ? { requestId } : {})) === 'interrupted') throw new HandedBack(`job ${job.id} handed back at shutdown`);
        },
        {
          connection: connectRedis(opts.url, 'queue worker'),
          prefix: opts.prefix,
          concurrency: 1,
          lockDuration: opts.lockMs,
          stalledInterval: opts.lockMs,
          // a job taken over after a crash is resumed, not counted as failed
          maxStalledCount: 1000,
        },
      );
      worker.on('error', (e) => logger.warn({ err: e.message }, 'queue worker error'));
    },
    async idle() {
      while ((await queue.getActiveCount()) + (await queue.getWaitingCount()) > 0) await new Promise((r) => setTimeout(r, 50));
    },
    async close() {
      // waits for the running job, which the runner has aborted and which is then handed back
      await worker?.close();
      await queue.close();
      await connection.quit().catch(() => undefined);
    },
  };
}
