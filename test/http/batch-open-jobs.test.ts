import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { runBatch } from '../../server/batch/run-batch';
import { MAX_OPEN_JOBS } from '../../server/services/batch';
import { makeApp, type TestApp } from './harness';

/**
 * Jobs run one after another: a user who queues hundreds of whole-corpus screenings (300 requests a minute pass the
 * rate limit) would make everybody else's one-law job wait for hours. Each owner has at most MAX_OPEN_JOBS queued
 * or running jobs; the next gets a German 429 until one of them ends.
 */

let t: TestApp;
beforeAll(async () => {
  // every job hangs until it is cancelled, so that all of them stay open
  const hanging: typeof runBatch = async (opts) => {
    await new Promise<never>((_res, rej) => opts.signal?.addEventListener('abort', () => rej(opts.signal!.reason), { once: true }));
    throw new Error('unreachable');
  };
  t = await makeApp({}, { runBatch: hanging });
});
afterAll(() => t.dispose());

describe('open batch jobs per user', () => {
  it('the job beyond the limit gets a German 429; other users are not affected; cancelling one frees a place', async () => {
    const flooder = request.agent(t.app);
    await flooder.get('/api/me');
    const ids: string[] = [];
    for (let i = 0; i < MAX_OPEN_JOBS; i++) ids.push((await flooder.post('/api/batch').send({ laws: 'all' }).expect(202)).body.jobId as string);
    const refused = await flooder.post('/api/batch').send({ laws: 'all' }).expect(429);
    expect(refused.body.error).toEqual({ code: 'rate_limited:batch_jobs', message: expect.stringContaining('Prüfaufträge') });
    // a ZIP job counts the same (refused before the archive is extracted)
    await flooder.post('/api/batch').attach('file', Buffer.from('PK'), 'a.zip').expect(429);
    expect((await flooder.get('/api/batch').expect(200)).body).toHaveLength(MAX_OPEN_JOBS);

    const other = request.agent(t.app);
    await other.get('/api/me');
    await other.post('/api/batch').send({ laws: ['NDIG'] }).expect(202);

    await flooder.delete(`/api/batch/${ids[0]}`).expect(204);
    await flooder.post('/api/batch').send({ laws: ['NDIG'] }).expect(202);
    await request(t.app).get('/healthz').expect(200);
  });
});
