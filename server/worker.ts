import { join, resolve } from 'node:path';
import { Emitter } from '@socket.io/redis-emitter';
import { runBatch } from './batch/run-batch';
import type { ServerToClientEvents } from './contracts/socket';
import { setUpJobs } from './jobs/setup';
import { logger } from './logger';
import { connectRedis } from './redis';
import { ownerRoom } from './socket/index';
import { llmLayer, onShutdown, readConfigOrExit } from './startup';
import { openStorage } from './storage/index';

/**
 * `npm run worker`: a process that runs batch jobs from the Redis queue and nothing else. Any number of them share
 * the queue; progress reaches the browsers through the web instances' socket.io Redis adapter.
 */
async function main(): Promise<void> {
  const config = readConfigOrExit();
  logger.level = config.LOG_LEVEL;
  if (!config.REDIS_URL) {
    process.stderr.write(
      'Der Worker braucht REDIS_URL (die Warteschlange der Prüfaufträge). Ohne Redis führt `npm start` Aufträge selbst aus.\n' +
        'The worker needs REDIS_URL.\n',
    );
    process.exit(1);
  }
  const dataDir = resolve(config.DATA_DIR);
  const storage = await openStorage(config);
  const llm = await llmLayer(config);
  const redis = connectRedis(config.REDIS_URL, 'socket.io emitter');
  const emitter = new Emitter<ServerToClientEvents>(redis, { key: `${config.REDIS_PREFIX}:socket.io` });

  const jobs = setUpJobs({
    config,
    store: storage.batch,
    runBatch,
    uploadsDir: join(dataDir, 'uploads'),
    consume: true,
    ...(llm?.reviewLaw ? { aiReview: llm.reviewLaw } : {}),
  });
  jobs.setEvents({
    progress: (sessionId, p) => emitter.to(ownerRoom(sessionId)).emit('batch:progress', p),
    status: (sessionId, p) => emitter.to(ownerRoom(sessionId)).emit('batch:status', p),
  });
  await jobs.resume();
  logger.info({ dataDir, llm: llm?.model ?? 'none' }, 'Worker bereit: wartet auf Prüfaufträge');

  onShutdown('worker shutting down; a running job is handed back to the queue', async () => {
    await jobs.close();
    await redis.quit();
    await storage.close();
  });
}

main().catch((e: unknown) => {
  logger.fatal({ err: e }, 'worker start-up failed');
  process.exit(1);
});
