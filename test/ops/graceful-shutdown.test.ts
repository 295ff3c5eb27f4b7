import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { followJob, lawsZip, rowsPerLaw, webOnQueue } from './workers';

/**
 * Graceful shutdown of a worker process: on SIGTERM it stops taking jobs, hands the running one back to the queue
 * and exits 0; another worker resumes the job at once, long before the lock of the stopped worker would lapse
 * (QUEUE_LOCK_MS is a minute here, so a takeover after a stall could not explain the result).
 */

const q = webOnQueue('dc-shutdown-', 60_000);

describe('graceful shutdown of a worker', () => {
  it('SIGTERM hands the running job back; another worker finishes it and every law is stored once', async () => {
    const first = await q.startWorker();
    const total = 80;
    const created = await request(q.web.app).post('/api/batch').set('Cookie', q.cookie).attach('file', lawsZip(total), 'gesetze.zip').expect(202);
    const jobId = created.body.jobId as string;

    const { progress, finished, interruptedAt } = followJob(q.socket, jobId, 5, () => first.child.kill('SIGTERM'));
    const stoppedAt = await interruptedAt;
    expect(stoppedAt).toBeLessThan(total);
    // exits by itself, cleanly (the shutdown handler cuts off at 10 s with exit code 1)
    expect(await first.exited).toBe(0);
    expect(first.output()).toContain('batch job interrupted by shutdown');
    const doneWhenStopped = progress.at(-1)!.done;
    expect(doneWhenStopped).toBeLessThan(total);

    await q.startWorker();
    expect(await finished).toBe('done');
    expect(progress.at(-1)).toEqual({ jobId, done: total, total });
    const rows = await rowsPerLaw(q.web, 'batch_results', jobId);
    expect(rows).toHaveLength(total);
    expect(rows.every((n) => n === 1)).toBe(true);
    // the job's log lines name it (and its request) in the worker that handed it back
    const interrupted = first
      .output()
      .split('\n')
      .filter((l) => l.includes('interrupted by shutdown'))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(interrupted[0]).toMatchObject({ jobId, requestId: created.headers['x-request-id'] });
  }, 120_000);
});
