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

  toJSON() {
    return { error: { code: this.code, message: this.userMessage } };
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;

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
