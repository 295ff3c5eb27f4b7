import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config';
import { BusyError } from '../../server/errors';
import { redisQueue } from '../../server/jobs/redis-queue';
import { createBatchJobs } from '../../server/jobs/runner';
import { createDraftAnalyzer } from '../../server/services/review/draft-pool';
import { waitingLine } from '../../server/services/review/waiting-line';
import { openSqliteStorage, type Storage } from '../../server/storage/index';
import { makeApp } from '../http/harness';
import { REDIS_URL } from './workers';

/**
 * Many users together must not fill an instance's draft line or the shared job queue without bound: beyond a
 * configured length new work is refused with a German 503 that says when to retry (Retry-After), and a draft that
 * waits hears its place in the line.
 */

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('the waiting line in front of the draft workers', () => {
  it('admits the slots and the line, refuses beyond, and tells each waiting task its place as it moves up', () => {
    const line = waitingLine({ slots: 1, maxWaiting: 2, initialTaskMs: 30_000 });
    const heard: Record<string, number[]> = { a: [], b: [], c: [] };
    const a = line.enter((p) => heard.a!.push(p))!;
    const b = line.enter((p) => heard.b!.push(p))!;
    const c = line.enter((p) => heard.c!.push(p))!;
    expect(line.enter()).toBeUndefined();
    expect(line.waiting()).toBe(2);
    a.started();
    expect(line.enter()).toBeUndefined();
    a.done();
    b.started();
    c.started();
    // a, taken at once, never waited; b was first in line; c moved up from 2 to 1
    expect(heard).toEqual({ a: [], b: [1], c: [2, 1] });
    expect(line.waiting()).toBe(0);
    // c runs and the slot is taken: one more may wait, the next is refused
    expect(line.enter()).toBeDefined();
    c.done();
    b.done();
  });

  it('estimates the retry from the waiting tasks, at least 5 seconds and at most 15 minutes', () => {
    const line = waitingLine({ slots: 2, maxWaiting: 100, initialTaskMs: 20_000 });
    expect(line.retryAfterS()).toBe(10);
    for (let i = 0; i < 2 + 10; i++) line.enter();
    // 10 waiting at 20 s each on 2 workers
    expect(line.retryAfterS()).toBe(100);
    for (let i = 0; i < 80; i++) line.enter();
    expect(line.retryAfterS()).toBe(900);
    expect(waitingLine({ slots: 4, maxWaiting: 1, initialTaskMs: 100 }).retryAfterS()).toBe(5);
  });

  it('a full pool refuses a draft with a 503 that names the wait; a waiting draft hears its place', async () => {
    const pool = createDraftAnalyzer({ threads: 1, heapMb: 256, timeoutMs: 60_000, maxFindings: 100, maxQueue: 1 });
    cleanups.push(() => pool.close());
    const draft = Buffer.from('§ 1 Antrag\n(1) Der Antrag ist schriftlich zu stellen.');
    const places: number[] = [];
    const first = pool.analyze(draft, 'a.txt');
    const second = pool.analyze(draft, 'b.txt', { onQueued: (p) => places.push(p) });
    const refused = await pool.analyze(draft, 'c.txt').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(BusyError);
    expect(refused).toMatchObject({ status: 503, code: 'unavailable:ingest_busy' });
    expect((refused as BusyError).retryAfterS).toBeGreaterThanOrEqual(5);
    expect((refused as BusyError).userMessage).toMatch(/^Der Dienst ist gerade ausgelastet: Eine Datei wartet schon auf ihre Prüfung\. Bitte versuchen Sie es in etwa \d+ (Sekunden|Minuten?) erneut\.$/);
    expect((await first).findings.length).toBeGreaterThan(0);
    expect((await second).findings.length).toBeGreaterThan(0);
    expect(places).toEqual([1]);
    // the line is empty again
    expect((await pool.analyze(draft, 'd.txt')).findings.length).toBeGreaterThan(0);
  });

  it('HTTP: the refusal is a 503 with Retry-After and the typed error', async () => {
    const line = waitingLine({ slots: 1, maxWaiting: 0, initialTaskMs: 60_000 });
    line.enter();
    const t = await makeApp({}, { analyzeDraft: async () => Promise.reject(new BusyError('unavailable:ingest_busy', 'Der Dienst ist gerade ausgelastet.', line.retryAfterS(), 'draft queue full')) });
    cleanups.push(() => t.dispose());
    const res = await request(t.app).post('/api/reviews').field('uploadId', 'u1').attach('file', Buffer.from('§ 1 Text'), 'e.txt').expect(503);
    expect(res.headers['retry-after']).toBe('60');
    expect(res.body.error).toEqual({ code: 'unavailable:ingest_busy', message: 'Der Dienst ist gerade ausgelastet. Bitte versuchen Sie es in etwa 60 Sekunden erneut.' });
  });

  it('DRAFT_QUEUE_MAX and JOB_QUEUE_MAX are validated configuration', () => {
    expect(loadConfig({}).DRAFT_QUEUE_MAX).toBe(16);
    expect(loadConfig({ DRAFT_QUEUE_MAX: '0', JOB_QUEUE_MAX: '3' })).toMatchObject({ DRAFT_QUEUE_MAX: 0, JOB_QUEUE_MAX: 3 });
    expect(() => loadConfig({ DRAFT_QUEUE_MAX: '-1' })).toThrow(/DRAFT_QUEUE_MAX/);
    expect(() => loadConfig({ JOB_QUEUE_MAX: '0' })).toThrow(/JOB_QUEUE_MAX/);
  });
});

describe('the batch job queue', () => {
  function storage(): Storage {
    const dir = mkdtempSync(join(tmpdir(), 'dc-busy-'));
    const s = openSqliteStorage(dir);
    cleanups.push(async () => {
      await s.close();
      rmSync(dir, { recursive: true, force: true });
    });
    return s;
  }
  const noBatch = async () => Promise.reject(new Error('no job runs in this test'));

  it('in this process: queued jobs know their place; jobs beyond JOB_QUEUE_MAX are refused with 503 and a retry in minutes, none is stored', async () => {
    const s = storage();
    const jobs = createBatchJobs({ store: s.batch, runBatch: noBatch, consume: false, maxWaiting: 2 });
    cleanups.push(() => jobs.close());
    const first = await jobs.create('A', 'eins', ['/a.md']);
    const second = await jobs.create('B', 'zwei', ['/b.md']);
    expect([await jobs.position(first.id), await jobs.position(second.id), await jobs.position('kein-auftrag')]).toEqual([1, 2, undefined]);
    const refused = await jobs.create('C', 'drei', ['/c.md']).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(BusyError);
    expect(refused).toMatchObject({ status: 503, code: 'unavailable:jobs_busy', retryAfterS: 300 });
    expect((refused as BusyError).userMessage).toBe('Der Dienst ist gerade ausgelastet: 2 Prüfaufträge warten schon auf ihre Ausführung. Bitte versuchen Sie es in etwa 5 Minuten erneut.');
    expect(await s.batch.list('C')).toEqual([]);
  });

  it('with Redis: the limit and the places count the queue all instances share', async () => {
    const prefix = `dc-test-${randomUUID()}:queue`;
    const opts = { url: REDIS_URL, prefix, lockMs: 30_000 };
    const [a, b] = [storage(), storage()];
    const onA = createBatchJobs({ store: a.batch, runBatch: noBatch, consume: false, maxWaiting: 2, queue: redisQueue(opts) });
    const onB = createBatchJobs({ store: b.batch, runBatch: noBatch, consume: false, maxWaiting: 2, queue: redisQueue(opts) });
    cleanups.push(async () => {
      await onA.close();
      await onB.close();
      const redis = new Redis(REDIS_URL);
      const keys = await redis.keys(`${prefix}:*`);
      if (keys.length) await redis.del(...keys);
      await redis.quit();
    });
    const first = await onA.create('A', 'eins', ['/a.md']);
    // queue.add runs after create returns: wait until the job is in Redis
    await expect.poll(() => onB.position(first.id)).toBe(1);
    const second = await onB.create('B', 'zwei', ['/b.md']);
    await expect.poll(() => onB.checkRoom().then(() => 'room', () => 'full')).toBe('full');
    // both instances see one line, oldest first
    expect([await onB.position(first.id), await onA.position(second.id)]).toEqual([1, 2]);
    await expect(onA.create('C', 'drei', ['/c.md'])).rejects.toMatchObject({ code: 'unavailable:jobs_busy' });
  });
});
