import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, listen, makeApp, sessionCookie, tempDir, type ClientSocket, type TestApp } from '../http/harness';
import { REDIS_URL, followJob, lawsZip, startWorker } from './workers';

/**
 * A web instance that runs no jobs (ROLE=web) and worker processes (`server/worker.ts`) sharing the machine's Redis
 * (127.0.0.1:6379) and the data directory. A worker is killed with SIGKILL mid-job; a second one takes the job over
 * after the lock expires and finishes it, and every law is stored exactly once.
 */


const dataDir = tempDir('dc-queue-');
const env = { REDIS_URL, REDIS_PREFIX: `dc-test-${randomUUID()}`, QUEUE_LOCK_MS: '1000' };
const workers: ChildProcess[] = [];
let web: TestApp;
let socket: ClientSocket;
let cookie: string;

const startWorkerHere = () => startWorker({ ...env, DATA_DIR: dataDir }, workers).then((w) => w.child);

beforeAll(async () => {
  web = await makeApp({ ...env, ROLE: 'web' }, { dataDir });
  const url = await listen(web);
  cookie = sessionCookie((await request(web.app).get('/api/me')).headers['set-cookie']);
  socket = await connect(url, cookie);
});

afterAll(async () => {
  socket?.close();
  for (const w of workers) w.kill('SIGKILL');
  await web?.dispose({ keepData: true });
  rmSync(dataDir, { recursive: true, force: true });
});

describe('jobs on a Redis queue with separate worker processes', () => {
  it('a job survives a killed worker and every law is screened into the results exactly once', async () => {
    const health = await request(web.app).get('/healthz').expect(200);
    expect(health.body.queue).toBe('redis');

    const first = await startWorkerHere();
    const total = 80;
    const created = await request(web.app).post('/api/batch').set('Cookie', cookie).attach('file', lawsZip(total), 'gesetze.zip').expect(202);
    const jobId = created.body.jobId as string;

    const { progress, finished, interruptedAt } = followJob(socket, jobId, 5, () => first.kill('SIGKILL'));
    const killedAt = await interruptedAt;
    expect(killedAt, 'the first worker was killed before the job was finished').toBeLessThan(total);

    await startWorkerHere();
    expect(await finished).toBe('done');
    expect(progress.at(-1)).toEqual({ jobId, done: total, total });

    const job = await request(web.app).get(`/api/batch/${jobId}`).set('Cookie', cookie).expect(200);
    expect(job.body).toMatchObject({ status: 'done', done: total, total });
    const rows = (await web.storage.sql.all('SELECT path, COUNT(*) AS n FROM batch_results WHERE job_id = ? GROUP BY path', [jobId])) as { n: number }[];
    expect(rows).toHaveLength(total);
    expect(rows.every((r) => r.n === 1)).toBe(true);
  }, 120_000);
});
