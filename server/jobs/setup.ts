import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config';
import { type BatchJobsDeps, createBatchJobs } from './runner';
import { inProcessQueue } from './queue';
import { redisQueue } from './redis-queue';
import { defaultBatchThreads } from '../batch/run-batch';

export interface JobSetup {
  config: Config;
  store: BatchJobsDeps['store'];
  runBatch: BatchJobsDeps['runBatch'];
  /** DATA_DIR/uploads: a deleted job's uploaded files go with it. */
  uploadsDir: string;
  aiReview?: BatchJobsDeps['aiReview'];
  threads?: number;
  /** This process runs jobs (web+worker in one process, or a worker process). */
  consume: boolean;
}

/**
 * The batch jobs of one process, shared by the web server and `npm run worker`: with REDIS_URL the ids wait in a
 * BullMQ queue that every worker process consumes, otherwise in this process.
 */
export function setUpJobs(s: JobSetup) {
  const { config } = s;
  const queue = config.REDIS_URL
    ? redisQueue({ url: config.REDIS_URL, prefix: `${config.REDIS_PREFIX}:queue`, lockMs: config.QUEUE_LOCK_MS })
    : inProcessQueue();
  return createBatchJobs({
    store: s.store,
    runBatch: s.runBatch,
    // one per core where the process does nothing else (`npm run worker`); the web server passes fewer
    threads: s.threads ?? defaultBatchThreads(),
    workerHeapMb: config.INGEST_HEAP_MB,
    maxResultBytes: config.JOB_MAX_RESULTS_MB * 1024 * 1024,
    maxWaiting: config.JOB_QUEUE_MAX,
    onDelete: (id) => rmSync(join(s.uploadsDir, id), { recursive: true, force: true }),
    ...(s.aiReview ? { aiReview: s.aiReview, aiParallel: config.LLM_MAX_CONCURRENCY } : {}),
    queue,
    consume: s.consume,
  });
}
