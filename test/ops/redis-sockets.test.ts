import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReadyResponseSchema } from '../../server/contracts/api';
import type { ServerToClientEvents } from '../../server/contracts/socket';
import { connect, listen, makeApp, sessionCookie, tempDir, type ClientSocket, type TestApp } from '../http/harness';

/**
 * Two web instances behind a load balancer, sharing the data directory and the Redis server of this machine
 * (127.0.0.1:6379): a browser connected to A follows a batch job that B started and runs.
 */

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
type Progress = Parameters<ServerToClientEvents['batch:progress']>[0];

const dataDir = tempDir('dc-redis-');
let a: TestApp;
let b: TestApp;
let socket: ClientSocket;
let cookie: string;

beforeAll(async () => {
  // a prefix of its own: other test runs on the same Redis server must not see these broadcasts
  const env = { REDIS_URL, REDIS_PREFIX: `dc-test-${randomUUID()}` };
  a = await makeApp(env, { dataDir });
  b = await makeApp(env, { dataDir });
  const urlA = await listen(a);
  cookie = sessionCookie((await request(a.app).get('/api/me')).headers['set-cookie']);
  socket = await connect(urlA, cookie);
});

afterAll(async () => {
  socket?.close();
  await a?.dispose({ keepData: true });
  await b?.dispose({ keepData: true });
  rmSync(dataDir, { recursive: true, force: true });
});

describe('socket.io across instances (Redis adapter)', () => {
  it('both instances are ready with Redis connected', async () => {
    for (const app of [a, b]) {
      let ready = ReadyResponseSchema.parse((await request(app.app).get('/readyz')).body);
      // the connection is opened in the background at start; give it a moment
      for (let i = 0; i < 50 && ready.status !== 'ready'; i++) {
        await new Promise((r) => setTimeout(r, 100));
        ready = ReadyResponseSchema.parse((await request(app.app).get('/readyz')).body);
      }
      expect(ready, `Redis at ${REDIS_URL} must be running for this test`).toEqual({
        status: 'ready',
        checks: { database: 'ok', corpus: 'ok', redis: 'ok' },
      });
    }
  });

  it('a socket on A receives the progress of a job created and run on B', async () => {
    const progress: Progress[] = [];
    const res = await request(b.app).post('/api/batch').set('Cookie', cookie).send({ laws: ['NDIG', 'VwZG'], name: 'Über B' }).expect(202);
    const jobId = res.body.jobId as string;
    const status = await new Promise<string>((resolve) => {
      socket.on('batch:progress', (p) => p.jobId === jobId && progress.push(p));
      socket.on('batch:status', (s) => {
        if (s.jobId === jobId && ['done', 'failed', 'cancelled'].includes(s.status)) resolve(s.status);
      });
    });
    expect(status).toBe('done');
    expect(progress.at(-1)).toEqual({ jobId, done: 2, total: 2 });
    // and A serves the finished job from the shared storage
    const job = await request(a.app).get(`/api/batch/${jobId}`).set('Cookie', cookie).expect(200);
    expect(job.body).toMatchObject({ status: 'done', done: 2, total: 2 });
  });
});
