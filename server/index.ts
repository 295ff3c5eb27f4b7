import { resolve } from 'node:path';
import { createApp } from './app';
import { logger } from './logger';
import { createMetrics } from './metrics';
import { openCorpusIndex } from './retrieval/corpus-index';
import { openStorage } from './storage/index';
import { llmLayer, onShutdown, readConfigOrExit } from './startup';

/** Start-up: config (fatal when invalid), persisted search index, storage, app, listen, graceful shutdown. */

async function main(): Promise<void> {
  const config = readConfigOrExit();
  logger.level = config.LOG_LEVEL;
  const dataDir = resolve(config.DATA_DIR);
  const storage = await openStorage(config);
  // the shipped corpus with the CLI imports (DATA_DIR/corpus) and the laws administrators imported over the web
  const imported = await storage.corpus.all();
  const index = await openCorpusIndex({ corpusDir: config.CORPUS_DIR, dataDir }, imported);
  const metrics = createMetrics();
  const llm = await llmLayer(config, metrics);
  const server = createApp({ config, index, storage, metrics, indexedImports: imported.map(({ markdown: _text, ...meta }) => meta), ...(llm ? { llm } : {}) });
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

main().catch((e: unknown) => {
  logger.fatal({ err: e }, 'start-up failed');
  process.exit(1);
});
