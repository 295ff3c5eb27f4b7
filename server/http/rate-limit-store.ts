import type { Store } from 'express-rate-limit';
import { RedisStore, type RedisReply } from 'rate-limit-redis';
import { connectRedis } from '../redis';
import { type BucketSettings, type TokenBuckets, redisBuckets } from './rate-limit-bucket';
import { type SlotCounter, redisSlots } from './slot-counter';

/**
 * Rate-limit counters, the open sockets per session and the open uploads per user in Redis, shared by every web
 * instance: a client cannot multiply its limit by the instances.
 */
export function redisRateLimitStores(
  url: string,
  prefix: string,
): {
  store: (name: string) => Store;
  buckets: (name: string, s: BucketSettings) => TokenBuckets;
  sessionSockets: (max: number) => SlotCounter;
  uploadSlots: (max: number) => SlotCounter;
  close(): Promise<void>;
} {
  const client = connectRedis(url, 'rate limits');
  return {
    store: (name) =>
      new RedisStore({
        sendCommand: (command: string, ...args: string[]) => client.call(command, ...args) as Promise<RedisReply>,
        prefix: `${prefix}:rate-limit:${name}:`,
      }),
    buckets: (name, s) => redisBuckets(client, `${prefix}:rate-limit:${name}:`, s),
    sessionSockets: (max) => redisSlots(client, `${prefix}:session-sockets:`, max),
    uploadSlots: (max) => redisSlots(client, `${prefix}:upload-slots:`, max),
    close: async () => {
      await client.quit().catch(() => undefined);
    },
  };
}
