import type { ErrorRequestHandler, RequestHandler } from 'express';
import multer from 'multer';
import { AppError, BusyError, isAppError, reportError } from '../errors';
import { type Logger, type LogContext, logger, withLogContext } from '../logger';
import { notFound } from '../services/not-found';

/** Maps library errors that bad input can cause to AppErrors, so that only real bugs end up as 500. */
function fromLibraryError(err: unknown, maxUploadMb: number): AppError | undefined {
  if (err instanceof multer.MulterError) {
    if (err.code === 'LIMIT_FILE_SIZE') {
      return new AppError('too_large', 'too_large:upload', `Die Datei ist zu groß (höchstens ${maxUploadMb} MB).`, err.message);
    }
    return new AppError('bad_request', 'bad_request:upload', 'Der Upload ist ungültig: Bitte genau eine Datei im Feld „file“ senden.', err.message);
  }
  const e = err as { type?: string; status?: number; message?: string };
  if (e?.type === 'entity.too.large') {
    return new AppError('too_large', 'too_large:body', 'Die Anfrage ist zu groß. Bitte kürzen Sie den Text oder laden Sie ihn als Datei hoch.', e.message);
  }
  if (e?.type === 'entity.too.deep') {
    return new AppError('bad_request', 'bad_request:json_depth', 'Die Anfrage ist zu tief verschachtelt. Bitte laden Sie die Seite neu und versuchen Sie es erneut.', e.message);
  }
  if (e?.type === 'entity.parse.failed' || e?.type === 'encoding.unsupported' || e?.type === 'charset.unsupported') {
    return new AppError('bad_request', 'bad_request:json', 'Die Anfrage enthält kein gültiges JSON. Bitte laden Sie die Seite neu und versuchen Sie es erneut.', e.message);
  }
  if (typeof e?.status === 'number' && e.status >= 400 && e.status < 500) {
    return new AppError('bad_request', 'bad_request:request', 'Die Anfrage ist ungültig. Bitte laden Sie die Seite neu und versuchen Sie es erneut.', e.message);
  }
  return undefined;
}

/** German JSON 404 for every path nobody answered (API routes, missing assets, writes to unknown paths). */
export const notFoundRoute: RequestHandler = (_req, _res, next) => next(notFound('route'));

export function errorHandler(maxUploadMb: number, log: Logger = logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    // an error passed on from a stream callback (body parsers) arrives outside the request's log context
    const { status, body } = withLogContext((res.locals.logContext as LogContext | undefined) ?? {}, () =>
      reportError(isAppError(err) ? err : (fromLibraryError(err, maxUploadMb) ?? err), log, { url: req.originalUrl }),
    );
    if (res.headersSent) {
      res.end();
      return;
    }
    if (err instanceof BusyError) res.setHeader('Retry-After', String(err.retryAfterS));
    res.status(status).json({ error: body });
  };
}
