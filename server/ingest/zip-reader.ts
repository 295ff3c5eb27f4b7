import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';

/**
 * Reading ZIP archives (batch law archives, DOCX) from an upload without trusting their headers:
 * yauzl checks every entry's inflated byte count against the size its header declares while streaming
 * (`validateEntrySizes`), and `byteLimit` counts again, so a lying header never lets more than the
 * declared, already checked number of bytes reach memory or disk.
 */

export type ZipFile = yauzl.ZipFile;
export type ZipEntry = yauzl.Entry;

const OPTIONS: yauzl.Options = { lazyEntries: true, validateEntrySizes: true, strictFileNames: false };

/**
 * Opens a ZIP archive held in memory or, given a path, read from disk on demand (a large uploaded archive need not
 * be in memory); rejects with the caller's error when it is no ZIP archive.
 */
export function openZip(source: Buffer | string, invalid: (cause: unknown) => Error): Promise<ZipFile> {
  return new Promise((res, rej) => {
    const done = (err: Error | null, zip?: ZipFile) => (err || !zip ? rej(invalid(err)) : res(zip));
    if (typeof source === 'string') yauzl.open(source, OPTIONS, done);
    else yauzl.fromBuffer(source, OPTIONS, done);
  });
}

/** The entries in central-directory order; errors of the archive become the caller's error. */
export async function* zipEntries(zip: ZipFile, toError: (e: Error) => Error): AsyncGenerator<ZipEntry> {
  while (true) {
    const entry = await new Promise<ZipEntry | undefined>((res, rej) => {
      const onEntry = (e: ZipEntry) => (cleanup(), res(e));
      const onEnd = () => (cleanup(), res(undefined));
      const onError = (e: Error) => (cleanup(), rej(toError(e)));
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
}

function openEntry(zip: ZipFile, entry: ZipEntry, corrupt: (cause: unknown) => Error): Promise<Readable> {
  return new Promise((res, rej) => zip.openReadStream(entry, (err, s) => (err || !s ? rej(corrupt(err)) : res(s))));
}

/** Passes bytes through until `budget.left` is used up, then fails with `over()` before the next chunk is kept. */
function byteLimit(budget: { left: number }, over: () => Error): Transform {
  return new Transform({
    transform(chunk: Buffer, _enc, cb) {
      budget.left -= chunk.length;
      if (budget.left < 0) cb(over());
      else cb(null, chunk);
    },
  });
}

/** Reads one entry into memory, failing as soon as more than `maxBytes` have been inflated. */
export async function readEntryCapped(zip: ZipFile, entry: ZipEntry, maxBytes: number, errors: { corrupt: (cause: unknown) => Error; over: () => Error }): Promise<Buffer> {
  if (entry.uncompressedSize > maxBytes) throw errors.over();
  const chunks: Buffer[] = [];
  await pipeEntry(zip, entry, { left: maxBytes }, errors, async (src) => {
    for await (const chunk of src) chunks.push(chunk as Buffer);
  });
  return Buffer.concat(chunks);
}

/**
 * Streams one entry through the byte budget into `sink` (a file stream or a collector). The budget's own
 * error wins over the stream errors it causes; any other failure is the archive's fault.
 */
export async function pipeEntry(
  zip: ZipFile,
  entry: ZipEntry,
  budget: { left: number },
  errors: { corrupt: (cause: unknown) => Error; over: () => Error },
  sink: NodeJS.WritableStream | ((src: AsyncIterable<unknown>) => Promise<void>),
): Promise<void> {
  const stream = await openEntry(zip, entry, errors.corrupt);
  let exceeded: Error | undefined;
  const limiter = byteLimit(budget, () => (exceeded = errors.over()));
  try {
    await pipeline(stream, limiter, sink);
  } catch (e) {
    throw exceeded ?? errors.corrupt(e);
  }
}
