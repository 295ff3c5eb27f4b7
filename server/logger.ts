import { AsyncLocalStorage } from 'node:async_hooks';
import pino, { type DestinationStream, type LevelWithSilent } from 'pino';

/** What every log line of one request (HTTP or socket) or one job carries, wherever in the code it is written. */
export interface LogContext {
  requestId?: string;
  jobId?: string;
}

const context = new AsyncLocalStorage<LogContext>();

/** Runs `fn` with `ctx` added to every log line it writes, also after awaits (a job inherits its request's id). */
export const withLogContext = <T>(ctx: LogContext, fn: () => T): T => context.run({ ...context.getStore(), ...ctx }, fn);
/** The request id and job id of the code running now, if any. */
export const currentLogContext = (): LogContext => context.getStore() ?? {};

/** A JSON logger whose lines carry the current request id and job id (tests pass their own destination). */
export function createLogger(level: LevelWithSilent, destination?: DestinationStream) {
  const options = { level, base: undefined, mixin: () => ({ ...context.getStore() }) };
  return destination ? pino(options, destination) : pino(options);
}

/** The only place that writes logs. Log messages are English; user-facing messages are German. */
export const logger = createLogger((process.env.LOG_LEVEL as LevelWithSilent | undefined) ?? (process.env.VITEST ? 'silent' : 'info'));
export type Logger = typeof logger;
