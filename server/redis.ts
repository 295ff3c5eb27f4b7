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
