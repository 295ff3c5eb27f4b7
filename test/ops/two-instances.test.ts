import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, listen, makeApp, sessionCookie, tempDir, type ClientSocket, type TestApp } from '../http/harness';
import { createTestDatabase, type TestDatabase } from '../support/postgres';
import { REDIS_URL, followJob, lawsZip, rowsPerLaw, startWorker } from './workers';

/**
 * The service set-up of issue 11 on the machine's PostgreSQL and Redis: two web instances (ROLE=web) with data
 * directories of their own, so that everything they share goes through the database and Redis, and worker
 * processes. A review uploaded on A is read on B with the same session; a socket on A follows a job created on B;
 * the worker is killed mid-job, a new one finishes it, and every law is stored exactly once.
 */


const DRAFT = '# Entwurf eines Gesetzes\n\n## § 1 Antrag\n\nDer Antrag ist schriftlich bei der Behörde zu stellen und eigenhändig zu unterschreiben.\n';

let db: TestDatabase;
let env: Record<string, string>;
// A alone; B shares its directory with the workers (the extracted ZIP uploads they screen)
const dirA = tempDir('dc-two-a-');
const dirB = tempDir('dc-two-b-');
const workers: ChildProcess[] = [];
let a: TestApp;
let b: TestApp;
let socket: ClientSocket;
let cookie: string;

beforeAll(async () => {
  db = await createTestDatabase();
  env = { DATABASE_URL: db.url, REDIS_URL, REDIS_PREFIX: `dc-test-${randomUUID()}`, QUEUE_LOCK_MS: '1000', ROLE: 'web' };
  [a, b] = await Promise.all([makeApp(env, { dataDir: dirA }), makeApp(env, { dataDir: dirB })]);
  const urlA = await listen(a);
  cookie = sessionCookie((await request(a.app).get('/api/me')).headers['set-cookie']);
  socket = await connect(urlA, cookie);
}, 60_000);

afterAll(async () => {
  socket?.close();
  for (const w of workers) w.kill('SIGKILL');
  await a?.dispose({ keepData: true });
  await b?.dispose({ keepData: true });
  await db?.drop();
  for (const d of [dirA, dirB]) rmSync(d, { recursive: true, force: true });
});

describe('two web instances and workers on PostgreSQL and Redis', () => {
  it('both report PostgreSQL and the Redis queue and are ready', async () => {
    for (const app of [a, b]) {
      const health = await request(app.app).get('/healthz').expect(200);
      expect(health.body).toMatchObject({ storage: 'postgres', queue: 'redis' });
      await expect.poll(async () => (await request(app.app).get('/readyz')).body.checks, { timeout: 10_000 }).toMatchObject({ database: 'ok', redis: 'ok' });
    }
  });

  it('a review uploaded on A is read, decided and deleted on B with the same session cookie', async () => {
    const up = await request(a.app).post('/api/reviews').set('Cookie', cookie).attach('file', Buffer.from(DRAFT), 'entwurf.txt').expect(201);
    const id = up.body.id as string;
    expect(up.body.findings.length).toBeGreaterThan(0);
    const onB = await request(b.app).get(`/api/reviews/${id}`).set('Cookie', cookie).expect(200);
    expect(onB.body).toMatchObject({ id, title: up.body.title, findings: up.body.findings });
    expect((await request(b.app).get('/api/reviews').set('Cookie', cookie).expect(200)).body.map((r: { id: string }) => r.id)).toEqual([id]);

    const findingId = up.body.findings[0].id as string;
    await request(b.app).patch(`/api/reviews/${id}/findings/${findingId}`).set('Cookie', cookie).send({ decision: 'accepted' }).expect(200);
    expect((await request(a.app).get(`/api/reviews/${id}`).set('Cookie', cookie).expect(200)).body.decisions).toEqual({ [findingId]: 'accepted' });

    // another browser sees nothing of it on either instance
    const other = sessionCookie((await request(b.app).get('/api/me')).headers['set-cookie']);
    await request(a.app).get(`/api/reviews/${id}`).set('Cookie', other).expect(404);
    await request(b.app).delete(`/api/reviews/${id}`).set('Cookie', cookie).expect(204);
    await request(a.app).get(`/api/reviews/${id}`).set('Cookie', cookie).expect(404);
  });

  it('a socket on A follows a job created on B; a killed worker is replaced and every law is stored once', async () => {
    const first = (await startWorker({ ...env, DATA_DIR: dirB }, workers)).child;
    const total = 80;
    const created = await request(b.app).post('/api/batch').set('Cookie', cookie).attach('file', lawsZip(total), 'gesetze.zip').expect(202);
    const jobId = created.body.jobId as string;

    const { progress, finished, interruptedAt } = followJob(socket, jobId, 5, () => first.kill('SIGKILL'));
    const killedAt = await interruptedAt;
    expect(killedAt, 'the first worker was killed before the job was finished').toBeLessThan(total);

    await startWorker({ ...env, DATA_DIR: dirB }, workers);
    expect(await finished).toBe('done');
    expect(progress.at(-1)).toEqual({ jobId, done: total, total });

    const job = await request(a.app).get(`/api/batch/${jobId}`).set('Cookie', cookie).expect(200);
    expect(job.body).toMatchObject({ status: 'done', done: total, total });
    const rows = await rowsPerLaw(a, 'batch_results', jobId);
    expect(rows).toHaveLength(total);
    expect(rows.every((n) => n === 1)).toBe(true);
    // every law's findings once: as many rows as one screening of one law yields, times the laws
    const perLaw = await rowsPerLaw(a, 'batch_findings', jobId);
    expect(perLaw).toHaveLength(total);
    expect(new Set(perLaw).size).toBe(1);
  }, 120_000);
});
