import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import { AppError } from '../errors';

/** ZIP-bomb and path-traversal limits for uploaded law archives (web API contract). */
export interface ZipLimits {
  maxEntries: number;
  maxTotalBytes: number;
  /** Largest allowed uncompressed/compressed ratio of one entry. */
  maxRatio: number;
}
export const ZIP_LIMITS: ZipLimits = { maxEntries: 5000, maxTotalBytes: 500 * 1024 * 1024, maxRatio: 100 };

const LAW_EXTENSIONS = new Set(['.md', '.txt']);

const zipError = (message: string, log?: string) => new AppError('bad_request', 'bad_request:zip', message, log ?? message);

const UNSAFE_PATHS = 'Das ZIP-Archiv enthält unzulässige Pfade (absolut oder mit „..“).';

/** yauzl validates entry names itself and reports unsafe ones as errors. */
const entryError = (e: Error) =>
  /relative path|absolute path|invalid characters/i.test(e.message) ? zipError(UNSAFE_PATHS, e.message) : zipError('Das ZIP-Archiv ist beschädigt.', e.message);

/** A relative, normalised path inside the archive, or undefined when it would leave the target directory. */
function safeRelative(name: string): string | undefined {
  if (name.includes('\0') || name.includes('\\') || name.startsWith('/') || /^[A-Za-z]:/.test(name)) return undefined;
  const parts = name.split('/').filter((p) => p !== '' && p !== '.');
  if (parts.some((p) => p === '..')) return undefined;
  return parts.join('/');
}

function openZip(buf: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((res, rej) =>
    yauzl.fromBuffer(buf, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (err, zip) =>
      err || !zip ? rej(zipError('Die Datei ist kein gültiges ZIP-Archiv.', String(err))) : res(zip),
    ),
  );
}

/**
 * Extracts the .md/.txt files of an uploaded ZIP into `dest` and returns their absolute paths in archive
 * order. Sizes are counted while streaming (headers can lie); any limit breach aborts the whole upload.
 */
export async function extractLawZip(buf: Buffer, dest: string, limits: ZipLimits = ZIP_LIMITS): Promise<string[]> {
  const zip = await openZip(buf);
  if (zip.entryCount > limits.maxEntries) {
    zip.close();
    throw zipError(`Das ZIP-Archiv enthält zu viele Einträge (${zip.entryCount}, höchstens ${limits.maxEntries}).`);
  }
  const root = resolve(dest);
  await mkdir(root, { recursive: true });
  const files: string[] = [];
  let total = 0;

  const entries = (async function* () {
    while (true) {
      const entry = await new Promise<yauzl.Entry | undefined>((res, rej) => {
        const onEntry = (e: yauzl.Entry) => (cleanup(), res(e));
        const onEnd = () => (cleanup(), res(undefined));
        const onError = (e: Error) => (cleanup(), rej(entryError(e)));
        const cleanup = () => {
          zip.off('entry', onEntry);
          zip.off('end', onEnd);
          zip.off('error', onError);
        };
        zip.on('entry', onEntry);
        zip.once('end', onEnd);
        zip.once('error', onError);
        zip.readEntry();
      });
      if (!entry) return;
      yield entry;
    }
  })();

  try {
    for await (const entry of entries) {
      if (entry.fileName.endsWith('/')) continue;
      const rel = safeRelative(entry.fileName);
      if (!rel) throw zipError(UNSAFE_PATHS, `unsafe path ${entry.fileName}`);
      if (!LAW_EXTENSIONS.has(extname(rel).toLowerCase())) continue;
      if (entry.compressedSize > 0 && entry.uncompressedSize / entry.compressedSize > limits.maxRatio) {
        throw zipError('Das ZIP-Archiv ist auffällig stark komprimiert und wird aus Sicherheitsgründen abgelehnt.', `ratio ${rel}`);
      }
      if (total + entry.uncompressedSize > limits.maxTotalBytes) {
        throw zipError(`Das ZIP-Archiv ist entpackt zu groß (höchstens ${Math.round(limits.maxTotalBytes / 1048576)} MB).`);
      }
      const target = join(root, rel);
      if (!target.startsWith(root + sep)) throw zipError(UNSAFE_PATHS, `escape ${rel}`);
      await mkdir(dirname(target), { recursive: true });
      const stream = await new Promise<NodeJS.ReadableStream>((res, rej) =>
        zip.openReadStream(entry, (err, s) => (err || !s ? rej(zipError('Das ZIP-Archiv ist beschädigt.', String(err))) : res(s))),
      );
      const counter = new Transform({
        transform(chunk: Buffer, _enc, cb) {
          total += chunk.length;
          if (total > limits.maxTotalBytes) cb(zipError(`Das ZIP-Archiv ist entpackt zu groß (höchstens ${Math.round(limits.maxTotalBytes / 1048576)} MB).`));
          else cb(null, chunk);
        },
      });
      try {
        await pipeline(stream, counter, createWriteStream(target));
      } catch (e) {
        throw e instanceof AppError ? e : zipError('Das ZIP-Archiv ist beschädigt.', (e as Error).message);
      }
      files.push(target);
    }
  } finally {
    zip.close();
  }
  if (files.length === 0) throw zipError('Das ZIP-Archiv enthält keine Gesetzesdateien (.md oder .txt).');
  return files;
}
