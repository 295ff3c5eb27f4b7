import type { RequestHandler } from 'express';
import multer from 'multer';
import { AppError } from '../../errors';

/**
 * Multipart parsing into memory with a size limit; the content type is checked by content later, not here.
 * Besides its own MulterErrors (limits, field names) multer passes on the parser's errors for a malformed body
 * (no boundary, truncated, broken part headers) as plain Errors: those are bad input, a German 400.
 */
export function uploadSingle(maxUploadMb: number): RequestHandler {
  const parse = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: Math.round(maxUploadMb * 1024 * 1024), files: 1, fields: 10, fieldSize: 10_000, parts: 12 },
  }).single('file');
  return (req, res, next) =>
    parse(req, res, (err?: unknown) => {
      if (!err || err instanceof multer.MulterError) return next(err);
      next(
        new AppError(
          'bad_request',
          'bad_request:multipart',
          'Der Upload ist beschädigt oder unvollständig. Bitte laden Sie die Datei erneut hoch.',
          err instanceof Error ? `malformed multipart: ${err.message}` : 'malformed multipart',
        ),
      );
    });
}
