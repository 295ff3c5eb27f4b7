import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { memoryBuckets, redisBuckets } from '../../server/http/rate-limit-bucket';
import { connectRedis } from '../../server/redis';
import { REDIS_URL } from '../ops/workers';

/** Token buckets: a burst, then the sustained rate; per key; in Redis shared by every instance. */

const takeN = async (take: () => Promise<boolean>, n: number) => {
  const out: boolean[] = [];
  for (let i = 0; i < n; i++) out.push(await take());
  return out;
};

describe('memory token buckets', () => {
  it('allow the burst, refuse beyond it, and give tokens back at the configured rate', async () => {
    let now = 0;
    const b = memoryBuckets({ burst: 3, perMinute: 6 }, () => now);
    expect(await takeN(() => b.take('a'), 4)).toEqual([true, true, true, false]);
    // 6 per minute: one token every 10 s
    now += 9_000;
    expect(await b.take('a')).toBe(false);
    now += 1_000;
    expect(await takeN(() => b.take('a'), 2)).toEqual([true, false]);
    // a long pause refills to the burst, not beyond
    now += 10 * 60_000;
    expect(await takeN(() => b.take('a'), 4)).toEqual([true, true, true, false]);
  });

  it('count each key on its own', async () => {
    const b = memoryBuckets({ burst: 1, perMinute: 1 }, () => 0);
    expect(await b.take('a')).toBe(true);
    expect(await b.take('a')).toBe(false);
    expect(await b.take('b')).toBe(true);
  });
});

describe('Redis token buckets', () => {
  const client = connectRedis(REDIS_URL, 'test');
  afterAll(async () => {
    await client.quit();
  });

  it('share one bucket between instances and keep keys apart', async () => {
    const prefix = `dc-test-${randomUUID()}:`;
    // a refill far slower than the test: only the burst counts
    const settings = { burst: 3, perMinute: 0.001 };
    const a = redisBuckets(client, prefix, settings);
    const b = redisBuckets(client, prefix, settings);
    expect(await takeN(() => a.take('owner-1'), 2)).toEqual([true, true]);
    expect(await takeN(() => b.take('owner-1'), 2)).toEqual([true, false]);
    expect(await a.take('owner-1')).toBe(false);
    expect(await b.take('owner-2')).toBe(true);
    // the key does not outlive a full refill
    expect(await client.pttl(`${prefix}owner-1`)).toBeGreaterThan(0);
  });
});
