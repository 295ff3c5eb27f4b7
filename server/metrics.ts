import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * Prometheus metrics of one app instance. Each app has its own registry: tests build many apps in one process,
 * and a process-wide registry would refuse the second registration of the same metric.
 */
export interface Metrics {
  registry: Registry;
  /** HTTP request duration by method, route pattern and status. */
  http: Histogram<'method' | 'route' | 'status'>;
  /** Duration of a socket request (a whole chat answer) by event and outcome. */
  socket: Histogram<'event' | 'outcome'>;
  /** Duration of a finished batch job by final status. */
  jobs: Histogram<'status'>;
  /** Model tokens by purpose (chat, review, documentation, embedding) and kind (prompt, completion). */
  tokens: Counter<'purpose' | 'kind'>;
}

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
const JOB_SECONDS = [1, 5, 15, 60, 300, 900, 3600, 4 * 3600];

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'digitalcheck_' });
  return {
    registry,
    http: new Histogram({
      name: 'digitalcheck_http_request_duration_seconds',
      help: 'HTTP request duration',
      labelNames: ['method', 'route', 'status'],
      buckets: SECONDS,
      registers: [registry],
    }),
    socket: new Histogram({
      name: 'digitalcheck_socket_request_duration_seconds',
      help: 'Duration of a socket request until its final event',
      labelNames: ['event', 'outcome'],
      buckets: SECONDS,
      registers: [registry],
    }),
    jobs: new Histogram({
      name: 'digitalcheck_batch_job_duration_seconds',
      help: 'Duration of finished batch jobs',
      labelNames: ['status'],
      buckets: JOB_SECONDS,
      registers: [registry],
    }),
    tokens: new Counter({
      name: 'digitalcheck_model_tokens_total',
      help: 'Tokens sent to and received from the language model',
      labelNames: ['purpose', 'kind'],
      registers: [registry],
    }),
  };
}

/** Queue depth is read at scrape time from whoever owns the jobs, so it is never stale. */
export function registerQueueDepth(metrics: Metrics, depth: () => Promise<{ queued: number; running: number }>): void {
  new Gauge({
    name: 'digitalcheck_batch_jobs',
    help: 'Batch jobs waiting or running',
    labelNames: ['state'],
    registers: [metrics.registry],
    async collect() {
      const d = await depth();
      this.set({ state: 'queued' }, d.queued);
      this.set({ state: 'running' }, d.running);
    },
  });
}
