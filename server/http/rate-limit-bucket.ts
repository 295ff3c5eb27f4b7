import type { Redis } from 'ioredis';
import { LUA_NOW_MS } from '../redis';

/**
 * Token buckets: each key holds up to `burst` tokens and gets `perMinute` back per minute; an action takes one.
 * Unlike the fixed windows of the HTTP limits, a bucket allows a short burst (a few quick follow-up questions)
 * while capping the sustained rate.
 */
export interface BucketSettings {
  burst: number;
  perMinute: number;
}

export interface TokenBuckets {
  /** Takes a token of `key`'s bucket; false when it is empty (the action is refused). */
  take(key: string): Promise<boolean>;
}

const MINUTE_MS = 60_000;
/**
 * Beyond this many keys in memory, full buckets (keys idle long enough) are dropped, as they hold no information;
 * at most once a second, so that many active keys do not make every take a scan.
 */
const SWEEP_ABOVE = 10_000;
const SWEEP_EVERY_MS = 1000;

/** Buckets in this process (one instance, or no REDIS_URL). */
export function memoryBuckets(s: BucketSettings, now: () => number = Date.now): TokenBuckets {
  const buckets = new Map<string, { tokens: number; at: number }>();
  let swept = -Infinity;
  const refilled = (b: { tokens: number; at: number }, t: number) => Math.min(s.burst, b.tokens + ((t - b.at) * s.perMinute) / MINUTE_MS);
  return {
    async take(key) {
      const t = now();
      if (buckets.size > SWEEP_ABOVE && t - swept >= SWEEP_EVERY_MS) {
        swept = t;
        for (const [k, b] of buckets) if (refilled(b, t) >= s.burst) buckets.delete(k);
      }
      const b = buckets.get(key);
      const tokens = b ? refilled(b, t) : s.burst;
      const ok = tokens >= 1;
      buckets.set(key, { tokens: ok ? tokens - 1 : tokens, at: t });
      return ok;
    },
  };
}

/**
 * Refill and take in one atomic step in Redis, on Redis's clock (instances' clocks may differ); the key expires
 * once the bucket would be full again.
 */
const TAKE = `${LUA_NOW_MS}
local burst = tonumber(ARGV[1])
local perMs = tonumber(ARGV[2])
local b = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(b[1]) or burst
local at = tonumber(b[2]) or now
tokens = math.min(burst, tokens + math.max(0, now - at) * perMs)
local ok = 0
if tokens >= 1 then
  tokens = tokens - 1
  ok = 1
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil(burst / perMs))
return ok
`;

/** Buckets in Redis, shared by every web instance: a client cannot multiply its allowance by the instances. */
export function redisBuckets(client: Redis, prefix: string, s: BucketSettings): TokenBuckets {
  return {
    take: async (key) => (await client.eval(TAKE, 1, `${prefix}${key}`, s.burst, s.perMinute / MINUTE_MS)) === 1,
  };
}
