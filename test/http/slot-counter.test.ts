import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { memorySlots, redisSlots, type SlotCounter } from '../../server/http/slot-counter';
import { REDIS_URL } from '../ops/workers';

/**
 * The places held per key (open sockets per session, open uploads per user), on their own: in the process, and in
 * the machine's Redis (127.0.0.1:6379), where two counters stand for two instances and one of them may die without
 * releasing its places.
 */

const client = new Redis(REDIS_URL);
const counters: SlotCounter[] = [];
const prefixes: string[] = [];
afterAll(async () => {
  for (const c of counters) c.close();
  for (const prefix of prefixes) {
    const keys = await client.keys(`${prefix}*`);
    if (keys.length) await client.del(...keys);
  }
  await client.quit();
});

const inRedis = (prefix: string, max: number, ttlMs?: number) => {
  const c = redisSlots(client, prefix, max, ttlMs ? { ttlMs } : {});
  counters.push(c);
  prefixes.push(prefix);
  return c;
};
const admitted = async (c: SlotCounter, session: string, n: number) => {
  const out: ((() => void) | undefined)[] = [];
  for (let i = 0; i < n; i++) out.push(await c.admit(session));
  return out;
};

describe('open sockets per session', () => {
  it('in the process: refuses beyond the maximum per session, frees a place once per release', async () => {
    const c = memorySlots(2);
    const [first, second, third] = await admitted(c, 's1', 3);
    expect([Boolean(first), Boolean(second), third]).toEqual([true, true, undefined]);
    expect(await c.admit('s2')).toBeDefined();
    first!();
    first!();
    expect(await c.admit('s1')).toBeDefined();
    expect(await c.admit('s1')).toBeUndefined();
  });

  it('in Redis: two instances share the count, also for handshakes at the same moment', async () => {
    const prefix = `dc-test-${randomUUID()}:`;
    const a = inRedis(prefix, 3);
    const b = inRedis(prefix, 3);
    const all = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).admit('s')));
    expect(all.filter(Boolean)).toHaveLength(3);
    all.find(Boolean)!();
    expect(await b.admit('s')).toBeDefined();
    expect(await a.admit('s')).toBeUndefined();
  });

  it('in Redis: a dead instance\u2019s sockets lapse after the TTL, a live one\u2019s are kept by its refreshes', async () => {
    const prefix = `dc-test-${randomUUID()}:`;
    const ttlMs = 400;
    const live = inRedis(prefix, 2, ttlMs);
    const dead = inRedis(prefix, 2, ttlMs);
    expect(await live.admit('s')).toBeDefined();
    expect(await dead.admit('s')).toBeDefined();
    // the "crash": no release, no more refreshes
    dead.close();
    expect(await live.admit('s')).toBeUndefined();
    // past several TTLs only the dead instance's place came free; the live socket is still counted
    await new Promise((r) => setTimeout(r, ttlMs * 3));
    expect(await live.admit('s')).toBeDefined();
    expect(await live.admit('s')).toBeUndefined();
  });
});
