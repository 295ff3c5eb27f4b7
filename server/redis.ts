import { Redis } from 'ioredis';
import { logger } from './logger';

/**
 * An ioredis connection for this service: it retries commands for as long as it reconnects (BullMQ requires that),
 * and reports connection errors in the log; without a listener ioredis reports each failed reconnect as an
 * unhandled error event.
 */
export function connectRedis(url: string, role: string): Redis {
  const client = new Redis(url, { maxRetriesPerRequest: null });
  client.on('error', (e: Error) => logger.warn({ err: e.message, role }, 'redis connection error'));
  return client;
}

/**
 * Lua prelude that sets `now` to Redis's clock in milliseconds. Scripts that expire or refill by time read this
 * clock, not the calling instance's: instances' clocks may differ, Redis's is one.
 */
export const LUA_NOW_MS = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
`;
