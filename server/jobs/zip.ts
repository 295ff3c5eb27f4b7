import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { isLawFileName } from '../batch/files';
import { AppError } from '../errors';
import { openZip, pipeEntry, zipEntries } from '../ingest/zip-reader';

/** ZIP-bomb and path-traversal limits for uploaded law archives (web API contract). */
export interface ZipLimits {
  maxEntries: number;
  maxTotalBytes: number;
  /** Largest allowed uncompressed/compressed ratio of one entry. */
  maxRatio: number;
}
export const ZIP_LIMITS: ZipLimits = { maxEntries: 5000, maxTotalBytes: 500 * 1024 * 1024, maxRatio: 100 };


const zipError = (message: string, log?: string) => new AppError('bad_request', 'bad_request:zip', message, log ?? message);

const UNSAFE_PATHS = 'Das ZIP-Archiv enthält unzulässige Pfade (absolut oder mit „..“). Bitte packen Sie die Gesetzestexte ohne solche Pfade neu.';
const CORRUPT = 'Das ZIP-Archiv ist beschädigt. Bitte packen Sie die Gesetzestexte neu und laden Sie das Archiv erneut hoch.';

/** yauzl validates entry names itself and reports unsafe ones as errors. */
const entryError = (e: Error) =>
  /relative path|absolute path|invalid characters/i.test(e.message) ? zipError(UNSAFE_PATHS, e.message) : zipError(CORRUPT, e.message);

/** A relative, normalised path inside the archive, or undefined when it would leave the target directory. */
function safeRelative(name: string): string | undefined {
  if (name.includes('\0') || name.includes('\\') || name.startsWith('/') || /^[A-Za-z]:/.test(name)) return undefined;
  const parts = name.split('/').filter((p) => p !== '' && p !== '.');
  if (parts.some((p) => p === '..')) return undefined;
  return parts.join('/');
}

const corrupt = (cause: unknown) => zipError(CORRUPT, String(cause));

/**
 * Names the file system cannot hold: a component or path too long, or one name used for a file and for a
 * folder ("a.md" and "a.md/b.md"). The archive's fault, not ours, so a German 400 instead of a 500.
 */
const UNWRITABLE = new Set(['ENAMETOOLONG', 'ENOTDIR', 'EEXIST', 'EISDIR']);
const unwritable = (name: string, e: unknown): AppError | undefined =>
  UNWRITABLE.has((e as NodeJS.ErrnoException | undefined)?.code ?? '')
    ? zipError(
        'Das ZIP-Archiv enthält Pfade, die sich nicht entpacken lassen (zu lange Namen oder eine Datei und ein Ordner gleichen Namens).',
        `cannot write ${name.slice(0, 200)}: ${String(e).slice(0, 300)}`,
      )
    : undefined;

export interface ExtractedZip {
  /** Absolute paths of the extracted law files, in archive order. */
  files: string[];
  /** German notices for the job (e.g. entries skipped because their name occurred twice). */
  notices: string[];
  /** Bytes written to `dest`. */
  bytes: number;
}

/** "gesetz.md (2×), b/c.md (3×)": names that occurred more than once, with how often. */
function duplicateNotice(counts: Map<string, number>): string[] {
  const dups = [...counts].filter(([, n]) => n > 1);
  if (dups.length === 0) return [];
  const listed = dups.slice(0, 10).map(([name, n]) => `${name} (${n}×)`).join(', ');
  return [
    `Das ZIP-Archiv enthält ${dups.length === 1 ? 'einen Dateinamen' : `${dups.length} Dateinamen`} mehrfach; geprüft wurde jeweils nur die erste Datei dieses Namens: ${listed}${dups.length > 10 ? ', …' : ''}.`,
  ];
}

/**
 * Extracts the .md/.txt files of an uploaded ZIP into `dest`. Sizes are counted while streaming (headers can
 * lie); any limit breach aborts the whole upload. A name that occurs twice keeps its first file and is reported.
 */
/** `source`: the archive's bytes or the path of an uploaded archive on disk. */
export async function extractLawZip(source: Buffer | string, dest: string, limits: ZipLimits = ZIP_LIMITS): Promise<ExtractedZip> {
  const zip = await openZip(source, (err) => zipError('Die Datei ist kein gültiges ZIP-Archiv. Bitte wählen Sie eine ZIP-Datei mit Gesetzestexten (.md oder .txt).', String(err)));
  if (zip.entryCount > limits.maxEntries) {
    zip.close();
    throw zipError(`Das ZIP-Archiv enthält zu viele Einträge (${zip.entryCount}, höchstens ${limits.maxEntries}).`);
  }
  const root = resolve(dest);
  await mkdir(root, { recursive: true });
  const files: string[] = [];
  const seen = new Map<string, number>();
  const budget = { left: limits.maxTotalBytes };
  const tooBig = () => zipError(`Das ZIP-Archiv ist entpackt zu groß (höchstens ${Math.round(limits.maxTotalBytes / 1048576)} MB).`);

  try {
    for await (const entry of zipEntries(zip, entryError)) {
      if (entry.fileName.endsWith('/')) continue;
      const rel = safeRelative(entry.fileName);
      if (!rel) throw zipError(UNSAFE_PATHS, `unsafe path ${entry.fileName}`);
      if (!isLawFileName(rel)) continue;
      const count = (seen.get(rel) ?? 0) + 1;
      seen.set(rel, count);
      if (count > 1) continue;
      if (entry.compressedSize > 0 && entry.uncompressedSize / entry.compressedSize > limits.maxRatio) {
        throw zipError('Das ZIP-Archiv ist auffällig stark komprimiert und wird aus Sicherheitsgründen abgelehnt.', `ratio ${rel}`);
      }
      if (entry.uncompressedSize > budget.left) throw tooBig();
      const target = join(root, rel);
      if (!target.startsWith(root + sep)) throw zipError(UNSAFE_PATHS, `escape ${rel}`);
      await mkdir(dirname(target), { recursive: true }).catch((e: unknown) => {
        throw unwritable(rel, e) ?? e;
      });
      await pipeEntry(zip, entry, budget, { corrupt: (e) => unwritable(rel, e) ?? corrupt(e), over: tooBig }, createWriteStream(target));
      files.push(target);
    }
  } finally {
    zip.close();
  }
  if (files.length === 0) throw zipError('Das ZIP-Archiv enthält keine Gesetzesdateien (.md oder .txt). Bitte legen Sie die Gesetzestexte als .md- oder .txt-Dateien in das Archiv.');
  return { files, notices: duplicateNotice(seen), bytes: limits.maxTotalBytes - budget.left };
}
