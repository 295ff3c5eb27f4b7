/**
 * One typed error for everything a user can cause or see. The code's type maps to the HTTP status,
 * the German `userMessage` is what the user sees, the English `message` is what the log gets.
 */
export type ErrorType = 'bad_request' | 'unauthorized' | 'forbidden' | 'not_found' | 'too_large' | 'rate_limited' | 'unavailable' | 'internal';

const STATUS: Record<ErrorType, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  too_large: 413,
  rate_limited: 429,
  unavailable: 503,
  internal: 500,
};

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly type: ErrorType,
    /** e.g. "bad_request:upload" */
    readonly code: string,
    readonly userMessage: string,
    logMessage?: string,
    options?: { cause?: unknown },
  ) {
    super(logMessage ?? userMessage, options);
    this.status = STATUS[type];
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;

/** "30 Sekunden", "1 Minute", "5 Minuten": a wait in the words of the German messages. */
export function germanWait(seconds: number): string {
  if (seconds < 90) return `${Math.max(1, Math.round(seconds))} Sekunden`;
  const minutes = Math.round(seconds / 60);
  return minutes === 1 ? '1 Minute' : `${minutes} Minuten`;
}

/**
 * A bounded queue of the service is full: 503 with a Retry-After header (HTTP) and a German message that names the
 * wait, so that a client retries when a place is likely free instead of at once.
 */
export class BusyError extends AppError {
  constructor(
    code: string,
    /** German sentence saying what is busy; the message adds when to retry. */
    what: string,
    readonly retryAfterS: number,
    logMessage: string,
  ) {
    super('unavailable', code, `${what} Bitte versuchen Sie es in etwa ${germanWait(retryAfterS)} erneut.`, logMessage);
  }
}

/** Maps any thrown value to an AppError; unknown errors become a generic German message. */
export function toAppError(e: unknown): AppError {
  if (isAppError(e)) return e;
  return new AppError(
    'internal',
    'internal:unexpected',
    'Ein unerwarteter Fehler ist aufgetreten. Bitte versuchen Sie es erneut.',
    e instanceof Error ? e.message : String(e),
    { cause: e },
  );
}

/** What a client ever sees of an error: the typed code and the German message (HTTP body, socket ack, socket event). */
export interface ErrorBody {
  code: string;
  message: string;
}

/** The logger an error is reported to; structural so that this module needs no logger of its own. */
interface ErrorLog {
  error(obj: object, msg: string): void;
  info(obj: object, msg: string): void;
}

/**
 * The one way an error leaves the server towards a client: maps it to an AppError, logs it once on the caller's
 * logger (which carries the request id), and returns the status and the body to send. Bugs are logged as errors with
 * the stack; what the user caused is logged at info with the English log message.
 */
export function reportError(err: unknown, log: ErrorLog, context: Record<string, unknown> = {}): { status: number; body: ErrorBody } {
  const e = toAppError(err);
  if (e.status >= 500) log.error({ ...context, err, code: e.code }, 'request failed');
  else log.info({ ...context, code: e.code, reason: e.message }, 'error sent to client');
  return { status: e.status, body: { code: e.code, message: e.userMessage } };
}
