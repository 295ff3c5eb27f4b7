import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, listen, makeApp, sessionCookie, tempDir, type ClientSocket, type TestApp } from '../http/harness';
import { REDIS_URL, followJob, lawsZip, startWorker } from './workers';

/**
 * Graceful shutdown of a worker process: on SIGTERM it stops taking jobs, hands the running one back to the queue
 * and exits 0; another worker resumes the job at once, long before the lock of the stopped worker would lapse
 * (QUEUE_LOCK_MS is a minute here, so a takeover after a stall could not explain the result).
 */


const dataDir = tempDir('dc-shutdown-');
const env = { REDIS_URL, REDIS_PREFIX: `dc-test-${randomUUID()}`, QUEUE_LOCK_MS: '60000', DATA_DIR: dataDir };
const started: ChildProcess[] = [];
let web: TestApp;
let socket: ClientSocket;
let cookie: string;

beforeAll(async () => {
  web = await makeApp({ ...env, ROLE: 'web' }, { dataDir });
  const url = await listen(web);
  cookie = sessionCookie((await request(web.app).get('/api/me')).headers['set-cookie']);
  socket = await connect(url, cookie);
});

afterAll(async () => {
  socket?.close();
  for (const w of started) w.kill('SIGKILL');
  await web?.dispose({ keepData: true });
  rmSync(dataDir, { recursive: true, force: true });
});

describe('graceful shutdown of a worker', () => {
  it('SIGTERM hands the running job back; another worker finishes it and every law is stored once', async () => {
    const first = await startWorker(env, started);
    const total = 80;
    const created = await request(web.app).post('/api/batch').set('Cookie', cookie).attach('file', lawsZip(total), 'gesetze.zip').expect(202);
    const jobId = created.body.jobId as string;

    const { progress, finished, interruptedAt } = followJob(socket, jobId, 5, () => first.child.kill('SIGTERM'));
    const stoppedAt = await interruptedAt;
    expect(stoppedAt).toBeLessThan(total);
    // exits by itself, cleanly (the shutdown handler cuts off at 10 s with exit code 1)
    expect(await first.exited).toBe(0);
    expect(first.output()).toContain('batch job interrupted by shutdown');
    const doneWhenStopped = progress.at(-1)!.done;
    expect(doneWhenStopped).toBeLessThan(total);

    await startWorker(env, started);
    expect(await finished).toBe('done');
    expect(progress.at(-1)).toEqual({ jobId, done: total, total });
    const rows = (await web.storage.sql.all('SELECT path, COUNT(*) AS n FROM batch_results WHERE job_id = ? GROUP BY path', [jobId])) as { n: number }[];
    expect(rows).toHaveLength(total);
    expect(rows.every((r) => r.n === 1)).toBe(true);
    // the job's log lines name it (and its request) in the worker that handed it back
    const interrupted = first
      .output()
      .split('\n')
      .filter((l) => l.includes('interrupted by shutdown'))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(interrupted[0]).toMatchObject({ jobId, requestId: created.headers['x-request-id'] });
  }, 120_000);
});
