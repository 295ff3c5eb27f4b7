import { ConfigError, type Config, llmEnabled, loadConfig } from './config';
import type { LlmLayer } from './app';
import { logger } from './logger';
import type { Metrics } from './metrics';

/** Start-up pieces shared by the web server (server/index.ts) and the job worker (server/worker.ts). */

/** The configuration, or a German and English list of every invalid variable and exit 1. */
export function readConfigOrExit(): Config {
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
export async function llmLayer(config: Config, metrics?: Metrics): Promise<LlmLayer | undefined> {
  if (!llmEnabled(config)) return undefined;
  const { createLlmServices } = await import('./llm/index');
  const onUsage = (purpose: string, usage: { prompt: number; completion: number }) => {
    metrics?.tokens.inc({ purpose, kind: 'prompt' }, usage.prompt);
    metrics?.tokens.inc({ purpose, kind: 'completion' }, usage.completion);
  };
  return createLlmServices(config, { onUsage }) ?? undefined;
}

/**
 * Runs `stop` once on SIGINT or SIGTERM and exits; a stop that hangs (a job that does not end) is cut off after
 * 10 s, so an orchestrator's restart is never blocked.
 */
export function onShutdown(message: string, stop: () => Promise<void>): void {
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, message);
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    try {
      await stop();
    } finally {
      process.exit(0);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}
