import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createApp, type LlmLayer } from './app';
import { ConfigError, type Config, llmEnabled, loadConfig } from './config';
import { logger } from './logger';
import { type Metrics, createMetrics } from './metrics';
import { openSearchIndex } from './retrieval/index';
import { openStorage } from './storage/index';

/** Start-up: config (fatal when invalid), persisted search index, storage, app, listen, graceful shutdown. */

function readConfig(): Config {
  try {
    return loadConfig(process.env);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    // stderr on purpose: the logger's level itself comes from the invalid configuration
    process.stderr.write(
      `Ungültige Konfiguration – bitte die folgenden Umgebungsvariablen korrigieren (siehe .env.example):\n` +
        `Invalid configuration – please fix these environment variables (see .env.example):\n${e.issues.join('\n')}\n`,
    );
    process.exit(1);
  }
}

/** The LLM layer only when a model is configured; otherwise nothing of it is even loaded. */
async function llmLayer(config: Config, metrics: Metrics): Promise<LlmLayer | undefined> {
  if (!llmEnabled(config)) return undefined;
  const { createLlmServices } = await import('./llm/index');
  const onUsage = (purpose: string, usage: { prompt: number; completion: number }) => {
    metrics.tokens.inc({ purpose, kind: 'prompt' }, usage.prompt);
    metrics.tokens.inc({ purpose, kind: 'completion' }, usage.completion);
  };
  return createLlmServices(config, { onUsage }) ?? undefined;
}

async function main(): Promise<void> {
  const config = readConfig();
  logger.level = config.LOG_LEVEL;
  const dataDir = resolve(config.DATA_DIR);
  const index = await openSearchIndex({
    corpusDir: config.CORPUS_DIR,
    cacheDir: join(dataDir, 'index'),
    // laws imported with the CLI corpus import live beside the data
    extraDirs: [join(dataDir, 'corpus')].filter((d) => existsDir(d)),
  });
  const storage = openStorage(dataDir);
  const metrics = createMetrics();
  const llm = await llmLayer(config, metrics);
  const server = createApp({ config, index, storage, metrics, ...(llm ? { llm } : {}) });

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

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    try {
      await server.close();
      storage.close();
    } finally {
      process.exit(0);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
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
