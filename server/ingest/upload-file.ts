import { readFile, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../errors';

/**
 * An uploaded file as it lies on disk under DATA_DIR while its request runs: received bytes are streamed there,
 * not kept in memory, so that slow or parallel uploads of the largest allowed size do not fill the heap.
 */
export interface UploadedFile {
  originalname: string;
  path: string;
  size: number;
}

/** The upload's bytes; a file removed meanwhile (the client gave up and the request was closed) is a German 400. */
export async function readUpload(file: UploadedFile): Promise<Buffer> {
  try {
    return await readFile(file.path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    throw new AppError('bad_request', 'bad_request:upload_gone', 'Der Upload wurde abgebrochen. Bitte laden Sie die Datei erneut hoch.', `upload file ${file.path} is gone`, { cause: e });
  }
}

/**
 * Removes what a killed process left in the incoming folder. Other instances may share DATA_DIR and be receiving
 * right now, so only files that nobody has written to for `idleMs` go (a request idle that long has timed out).
 */
export async function removeStaleUploads(dir: string, idleMs: number, now = Date.now()): Promise<number> {
  const names = await readdir(dir).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return [];
    throw e;
  });
  let removed = 0;
  for (const name of names) {
    const path = join(dir, name);
    const info = await stat(path).catch(() => undefined);
    if (!info || now - info.mtimeMs < idleMs) continue;
    await rm(path, { recursive: true, force: true });
    removed++;
  }
  return removed;
}
