import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { RequestHandler, Response } from 'express';
import multer from 'multer';
import { AppError } from '../../errors';
import { readUpload, type UploadedFile } from '../../ingest/upload-file';
import { logger } from '../../logger';
import { sessionOf } from '../session';

/**
 * Multipart parsing straight to a file in `incomingDir` (one file under a random name; the client's name is only a
 * label), with the size limit enforced while the bytes arrive. multer removes a partial file itself when a limit
 * is hit, the body is malformed or the client aborts; once the file is complete it is removed when the response
 * closes, whatever the handler did, so no path leaves it behind.
 * Besides its own MulterErrors (limits, field names) multer passes on the parser's errors for a malformed body
 * (no boundary, truncated, broken part headers) as plain Errors: those are bad input, a German 400.
 */
export function uploadSingle(maxUploadMb: number, incomingDir: string, parallelPerUser: number): RequestHandler {
  mkdirSync(incomingDir, { recursive: true });
  const slots = uploadSlots(parallelPerUser);
  const parse = multer({
    storage: multer.diskStorage({ destination: incomingDir, filename: (_req, _file, cb) => cb(null, `${randomUUID()}.upload`) }),
    limits: { fileSize: Math.round(maxUploadMb * 1024 * 1024), files: 1, fields: 10, fieldSize: 10_000, parts: 12 },
  }).single('file');
  return (req, res, next) => {
    if (!slots.take(res)) {
      next(
        new AppError(
          'rate_limited',
          'rate_limited:uploads_in_flight',
          `Es laufen bereits ${parallelPerUser} Uploads von Ihnen. Bitte warten Sie, bis einer fertig ist.`,
          `${parallelPerUser} uploads of this user in flight`,
        ),
      );
      return;
    }
    parse(req, res, (err?: unknown) => {
      const path = req.file?.path;
      if (path) {
        const remove = () => void rm(path, { force: true }).catch((e: unknown) => logger.warn({ err: e, path }, 'could not remove an upload file'));
        if (res.writableFinished || res.destroyed) remove();
        else res.once('close', remove);
      }
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
 * Uploads one user has open at once, from the first byte to the response: each holds a draft worker or a slot of
 * its queue for up to INGEST_TIMEOUT_S, and a user who sends many at once would leave every other user waiting
 * or refused. Counted per instance: every instance has a draft pool of its own.
 */
function uploadSlots(max: number) {
  const open = new Map<string, number>();
  return {
    take(res: Response): boolean {
      const user = sessionOf(res);
      const n = open.get(user) ?? 0;
      if (n >= max) return false;
      open.set(user, n + 1);
      res.once('close', () => {
        const left = (open.get(user) ?? 1) - 1;
        if (left > 0) open.set(user, left);
        else open.delete(user);
      });
      return true;
    },
  };
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
