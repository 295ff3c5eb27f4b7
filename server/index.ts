import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createApp } from './app';
import { logger } from './logger';
import { createMetrics } from './metrics';
import { openSearchIndex } from './retrieval/index';
import { openStorage } from './storage/index';
import { llmLayer, onShutdown, readConfigOrExit } from './startup';

/** Start-up: config (fatal when invalid), persisted search index, storage, app, listen, graceful shutdown. */

async function main(): Promise<void> {
  const config = readConfigOrExit();
  logger.level = config.LOG_LEVEL;
  const dataDir = resolve(config.DATA_DIR);
  const index = await openSearchIndex({
    corpusDir: config.CORPUS_DIR,
    cacheDir: join(dataDir, 'index'),
    // laws imported with the CLI corpus import live beside the data
    extraDirs: [join(dataDir, 'corpus')].filter((d) => existsDir(d)),
  });
  const storage = await openStorage(config);
  const metrics = createMetrics();
  const llm = await llmLayer(config, metrics);
  const server = createApp({ config, index, storage, metrics, ...(llm ? { llm } : {}) });
  // expired data is gone before the first request
  await server.ready;

  await new Promise<void>((res) => {
    server.httpServer.once('error', (e: NodeJS.ErrnoException) => {
      process.stderr.write(
        e.code === 'EADDRINUSE'
          ? `Port ${config.PORT} ist bereits belegt; bitte mit PORT=… einen anderen wählen.\nPort ${config.PORT} is already in use; choose another with PORT=….\n`
          : `Der Server konnte nicht starten (${e.message}).\nThe server could not start (${e.message}).\n`,
      );
      process.exit(1);
    });
    server.httpServer.listen(config.PORT, config.HOST, () => res());
  });
  const addr = server.httpServer.address();
  const port = typeof addr === 'object' && addr ? addr.port : config.PORT;
  const host = config.HOST === '0.0.0.0' || config.HOST === '::' ? 'localhost' : config.HOST;
  logger.info(
    { corpus: index.stats(), llm: llm?.model ?? 'none', dataDir },
    `Digitalcheck-Assistent läuft auf http://${host.includes(':') ? `[${host}]` : host}:${port}`,
  );

  onShutdown('shutting down', async () => {
    await server.close();
    await storage.close();
  });
}

function existsDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

main().catch((e: unknown) => {
  logger.fatal({ err: e }, 'start-up failed');
  process.exit(1);
});
