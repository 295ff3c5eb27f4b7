import { createAdapter } from '@socket.io/redis-adapter';
import { connectRedis } from '../redis';
import type { IoServer } from './index';

export interface RedisAdapterHandle {
  /** True while both connections are up; /readyz reports it. */
  ready(): boolean;
  close(): Promise<void>;
}

/**
 * Broadcasts of this instance (chat rooms, batch progress to a session's room) reach the sockets of every instance
 * that shares the Redis server and key prefix, so a browser connected to instance A sees a job started through B.
 */
export function attachRedisAdapter(io: IoServer, url: string, prefix: string): RedisAdapterHandle {
  const pub = connectRedis(url, 'socket.io pub');
  const sub = connectRedis(url, 'socket.io sub');
  io.adapter(createAdapter(pub, sub, { key: `${prefix}:socket.io` }));
  return {
    ready: () => pub.status === 'ready' && sub.status === 'ready',
    async close() {
      await Promise.allSettled([pub.quit(), sub.quit()]);
    },
  };
}
