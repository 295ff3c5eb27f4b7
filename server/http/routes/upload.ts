import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { RequestHandler, Response } from 'express';
import multer from 'multer';
import { AppError } from '../../errors';
import { readUpload, type UploadedFile } from '../../ingest/upload-file';
import { logger } from '../../logger';
import { sessionOf } from '../session';
import type { SlotCounter } from '../slot-counter';

/**
 * Multipart parsing straight to a file in `incomingDir` (one file under a random name; the client's name is only a
 * label), with the size limit enforced while the bytes arrive. multer removes a partial file itself when a limit
 * is hit, the body is malformed or the client aborts; once the file is complete it is removed when the response
 * closes, whatever the handler did, so no path leaves it behind.
 * Besides its own MulterErrors (limits, field names) multer passes on the parser's errors for a malformed body
 * (no boundary, truncated, broken part headers) as plain Errors: those are bad input, a German 400.
 *
 * `perUser` bounds the uploads one user has open at once, from the first byte to the response: each holds a draft
 * worker or a slot of its queue for up to INGEST_TIMEOUT_S, and a user who sends many at once would leave every
 * other user waiting or refused. With Redis the count spans all instances (one user's uploads reach every instance
 * behind the load balancer), else it is this process's.
 */
export function uploadSingle(maxUploadMb: number, incomingDir: string, perUser: { max: number; slots: SlotCounter }): RequestHandler {
  mkdirSync(incomingDir, { recursive: true });
  const parse = multer({
    storage: multer.diskStorage({ destination: incomingDir, filename: (_req, _file, cb) => cb(null, `${randomUUID()}.upload`) }),
    limits: { fileSize: Math.round(maxUploadMb * 1024 * 1024), files: 1, fields: 10, fieldSize: 10_000, parts: 12 },
  }).single('file');
  return async (req, res, next) => {
    let release: (() => void) | undefined;
    try {
      release = await perUser.slots.admit(sessionOf(res));
    } catch (e) {
      next(e);
      return;
    }
    if (!release) {
      next(
        new AppError(
          'rate_limited',
          'rate_limited:uploads_in_flight',
          `Es laufen bereits ${perUser.max} Uploads von Ihnen. Bitte warten Sie, bis einer fertig ist.`,
          `${perUser.max} uploads of this user in flight`,
        ),
      );
      return;
    }
    onceClosed(res, release);
    parse(req, res, (err?: unknown) => {
      const path = req.file?.path;
      if (path) onceClosed(res, () => void rm(path, { force: true }).catch((e: unknown) => logger.warn({ err: e, path }, 'could not remove an upload file')));
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
  };
}

/**
 * Runs `then` when the response has closed. It may have closed already (while Redis answered, while multer wrote the
 * file); then no 'close' event is left to wait for.
 */
function onceClosed(res: Response, then: () => void): void {
  if (res.writableFinished || res.destroyed) then();
  else res.once('close', then);
}

/**
 * For services that analyse the whole file in memory anyway (a draft, one law): its name and bytes. The file is
 * removed once read, so that it is gone before the answer (and its copy of the user's text with it).
 */
export async function uploadedBytes(file: UploadedFile | undefined): Promise<{ originalname: string; buffer: Buffer } | undefined> {
  if (!file) return undefined;
  const buffer = await readUpload(file);
  await discardUpload(file);
  return { originalname: file.originalname, buffer };
}

/** Removes an upload's file once it has been read; the removal when the response closes stays as the safety net. */
export async function discardUpload(file: UploadedFile | undefined): Promise<void> {
  if (file) await rm(file.path, { force: true });
}
