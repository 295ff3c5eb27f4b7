import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createApp } from '../../server/app';
import { loadConfig } from '../../server/config';
import { logger } from '../../server/logger';
import { openSearchIndex, type SearchIndex } from '../../server/retrieval/index';
import { openStorage } from '../../server/storage/index';

/** Chat limits a benchmark does not hit (CHAT_MESSAGES_PER_MINUTE, CHAT_MESSAGE_BURST, CHAT_MAX_SOCKETS_PER_SESSION). */
export const UNLIMITED_CHAT = { CHAT_MESSAGES_PER_MINUTE: '1e9', CHAT_MESSAGE_BURST: '1000000000', CHAT_MAX_SOCKETS_PER_SESSION: '10000' };

/**
 * The real server (createApp, shipped corpus, no model) on an ephemeral port with a temporary DATA_DIR, or with a
 * DATA_DIR and settings (REDIS_URL …) shared with other instances, which is then left in place.
 */
export async function startOfflineServer(
  prefix: string,
  shared: { dataDir?: string; env?: Record<string, string> } = {},
): Promise<{ url: string; index: SearchIndex; close(): Promise<void> }> {
  const dataDir = shared.dataDir ?? mkdtempSync(join(tmpdir(), prefix));
  // eval:chat asks hundreds of questions in one session and bench:chat asks as fast as answers come (burst): the
  // per-user chat limits would refuse them, so they are lifted here explicitly (a caller's env still wins)
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...UNLIMITED_CHAT, ...shared.env });
  // as server/index.ts does: the process logger follows the configuration (no request lines in the bench output)
  logger.level = config.LOG_LEVEL;
  const index = await openSearchIndex({ corpusDir: resolve(import.meta.dirname, '../../corpus'), cacheDir: join(tmpdir(), 'dc-bench-index') });
  const storage = await openStorage(config);
  // rate limits are per IP; all bench clients share 127.0.0.1
  const server = createApp({ config, index, storage, rateLimits: { api: 1e9, session: 1e9 } });
  await server.ready;
  await new Promise<void>((r) => server.httpServer.listen(0, '127.0.0.1', () => r()));
  return {
    url: `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`,
    index,
    async close() {
      await server.close();
      await storage.close();
      if (!shared.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
