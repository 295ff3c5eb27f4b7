import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { logger } from '../logger';
import { LUA_NOW_MS } from '../redis';

/**
 * Places held at once per key: open sockets per browser session (a session needs a few tabs; dozens only cost the
 * other users' time), open uploads per user (each holds a draft worker). Counted in this process without Redis,
 * across all instances with it: behind a load balancer one user's sockets and uploads land on every instance.
 */
export interface SlotCounter {
  /** Counts one more place of `key`; undefined when it holds `max` already. The release is idempotent. */
  admit(key: string): Promise<(() => void) | undefined>;
  /** Stops background work; places still held are freed by their releases. */
  close(): void;
}

/** Makes a release that runs `fn` once, however often it is called. */
const once = (fn: () => void) => {
  let released = false;
  return () => {
    if (released) return;
    released = true;
    fn();
  };
};

/**
 * Counted in this process (one instance, or no REDIS_URL). The check and the count happen in one synchronous step,
 * so that parallel handshakes cannot all pass the check before any of them is counted.
 */
export function memorySlots(max: number): SlotCounter {
  const open = new Map<string, number>();
  return {
    async admit(key) {
      const n = open.get(key) ?? 0;
      if (n >= max) return undefined;
      open.set(key, n + 1);
      return once(() => {
        const left = (open.get(key) ?? 1) - 1;
        if (left > 0) open.set(key, left);
        else open.delete(key);
      });
    },
    close: () => undefined,
  };
}

/**
 * One sorted set per key: a member per held place, scored with the time it lapses (Redis's clock). Lapsed
 * members are dropped before the check, and check and add are one script, so parallel admissions on several
 * instances cannot all pass. An instance refreshes its own members; when it crashes, they lapse after the
 * TTL instead of blocking the key for good (a plain counter would keep a dead instance's counts).
 */
const ADMIT = `${LUA_NOW_MS}local ttl = tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[1]) then return 0 end
redis.call('ZADD', KEYS[1], now + ttl, ARGV[2])
redis.call('PEXPIRE', KEYS[1], ttl)
return 1
`;

/** Pushes the lapse time of this instance's members (KEYS[i], ARGV[i + 1]) forward; ARGV[1] is the TTL. */
const REFRESH = `${LUA_NOW_MS}local ttl = tonumber(ARGV[1])
for i, key in ipairs(KEYS) do
  redis.call('ZADD', key, now + ttl, ARGV[i + 1])
  redis.call('PEXPIRE', key, ttl)
end
return #KEYS
`;

export interface RedisSlotOptions {
  /** How long a place outlives the last refresh of its instance (a crashed instance's places). */
  ttlMs?: number;
}

/** A minute: a crashed instance's places stay taken at most that long. */
const DEFAULT_TTL_MS = 60_000;
/** Members refreshed per script call, so that one call does not hold Redis long. */
const REFRESH_CHUNK = 500;

/** Counted in Redis under `prefix`, shared by every instance with the same Redis server and prefix. */
export function redisSlots(client: Redis, prefix: string, max: number, opts: RedisSlotOptions = {}): SlotCounter {
  const ttl = opts.ttlMs ?? DEFAULT_TTL_MS;
  /** This instance's held places: member → key. */
  const mine = new Map<string, string>();
  const warn = (what: string) => (e: unknown) => logger.warn({ err: e instanceof Error ? e.message : String(e) }, what);
  const refresh = () => {
    const entries = [...mine];
    for (let i = 0; i < entries.length; i += REFRESH_CHUNK) {
      const chunk = entries.slice(i, i + REFRESH_CHUNK);
      client.eval(REFRESH, chunk.length, ...chunk.map(([, key]) => key), ttl, ...chunk.map(([member]) => member)).catch(warn('could not refresh slot counts'));
    }
  };
  // three refreshes per TTL: one late or lost refresh does not let a live place lapse
  const timer = setInterval(refresh, Math.max(1, Math.floor(ttl / 3)));
  timer.unref();
  return {
    async admit(id) {
      const key = `${prefix}${id}`;
      const member = randomUUID();
      if ((await client.eval(ADMIT, 1, key, max, member, ttl)) !== 1) return undefined;
      mine.set(member, key);
      return once(() => {
        mine.delete(member);
        // commands on one connection run in order: a refresh sent before this cannot bring the member back after it
        client.zrem(key, member).catch(warn('could not release a slot'));
      });
    },
    close: () => clearInterval(timer),
  };
}
