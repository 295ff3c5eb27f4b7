import { startOfflineServer } from './offline-server';

/**
 * One web instance of bench:chat --instances N, in a process of its own (so instances use separate cores):
 * BENCH_DATA_DIR is shared with the other instances (SQLite: sessions issued by one are valid on all), REDIS_URL
 * connects the socket.io Redis adapter. Reports its URL to the parent, answers 'cpu' with its CPU time so far (ms),
 * stops on 'stop'.
 */
const env: Record<string, string> = {};
if (process.env.REDIS_URL) env.REDIS_URL = process.env.REDIS_URL;
if (process.env.REDIS_PREFIX) env.REDIS_PREFIX = process.env.REDIS_PREFIX;
if (process.env.DATABASE_URL) env.DATABASE_URL = process.env.DATABASE_URL;

const server = await startOfflineServer('dc-bench-instance-', { dataDir: process.env.BENCH_DATA_DIR!, env });
process.send!({ url: server.url });
process.on('message', (m) => {
  if (m === 'cpu') {
    const { user, system } = process.cpuUsage();
    process.send!({ cpuMs: (user + system) / 1000 });
  }
  if (m !== 'stop') return;
  void server.close().finally(() => process.exit(0));
});
