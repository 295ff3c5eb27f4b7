import type { Store } from 'express-rate-limit';
import { RedisStore, type RedisReply } from 'rate-limit-redis';
import { connectRedis } from '../redis';

/** Rate-limit counters in Redis, shared by every web instance: a client cannot multiply its limit by the instances. */
export function redisRateLimitStores(url: string, prefix: string): { store: (name: string) => Store; close(): Promise<void> } {
  const client = connectRedis(url, 'rate limits');
  return {
    store: (name) =>
      new RedisStore({
        sendCommand: (command: string, ...args: string[]) => client.call(command, ...args) as Promise<RedisReply>,
        prefix: `${prefix}:rate-limit:${name}:`,
      }),
    close: async () => {
      await client.quit().catch(() => undefined);
    },
  };
}
