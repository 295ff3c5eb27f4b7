import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { followJob, lawsZip, rowsPerLaw, webOnQueue } from './workers';

/**
 * A web instance that runs no jobs (ROLE=web) and worker processes (`server/worker.ts`) sharing the machine's Redis
 * (127.0.0.1:6379) and the data directory. A worker is killed with SIGKILL mid-job; a second one takes the job over
 * after the lock expires and finishes it, and every law is stored exactly once.
 */

const q = webOnQueue('dc-queue-', 1000);

describe('jobs on a Redis queue with separate worker processes', () => {
  it('a job survives a killed worker and every law is screened into the results exactly once', async () => {
    const health = await request(q.web.app).get('/healthz').expect(200);
    expect(health.body.queue).toBe('redis');

    const first = await q.startWorker();
    const total = 80;
    const created = await request(q.web.app).post('/api/batch').set('Cookie', q.cookie).attach('file', lawsZip(total), 'gesetze.zip').expect(202);
    const jobId = created.body.jobId as string;

    const { progress, finished, interruptedAt } = followJob(q.socket, jobId, 5, () => first.child.kill('SIGKILL'));
    const killedAt = await interruptedAt;
    expect(killedAt, 'the first worker was killed before the job was finished').toBeLessThan(total);

    await q.startWorker();
    expect(await finished).toBe('done');
    expect(progress.at(-1)).toEqual({ jobId, done: total, total });

    const job = await request(q.web.app).get(`/api/batch/${jobId}`).set('Cookie', q.cookie).expect(200);
    expect(job.body).toMatchObject({ status: 'done', done: total, total });
    const rows = await rowsPerLaw(q.web, 'batch_results', jobId);
    expect(rows).toHaveLength(total);
    expect(rows.every((n) => n === 1)).toBe(true);
  }, 120_000);
});
