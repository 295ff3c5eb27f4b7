import pino from 'pino';

/** The only place that writes logs. Log messages are English; user-facing messages are German. */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.VITEST ? 'silent' : 'info'),
  base: undefined,
});
export type Logger = typeof logger;
