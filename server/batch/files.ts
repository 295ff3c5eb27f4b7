import { readdirSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';

/** What counts as a law file, for a folder (CLI) and a ZIP (web) alike: Markdown and plain text. */
export const LAW_FILE_EXTENSIONS: ReadonlySet<string> = new Set(['.md', '.txt']);
export const isLawFileName = (name: string): boolean => LAW_FILE_EXTENSIONS.has(extname(name).toLowerCase());

export interface LawFileList {
  /** Absolute paths of every law file below the directory, sorted so that every run sees the same order. */
  files: string[];
  /** Sub-directories that could not be listed, with a German reason. */
  unreadable: { path: string; message: string }[];
}

/**
 * Collects the law files below `dir`. `exclude` (e.g. the output directory of a previous run, which
 * holds summary.md) is skipped; symbolic links to directories are not followed, so cycles cannot occur.
 * Lists synchronously: the federal corpus is one directory per law, and the promise API costs twice the CPU per
 * directory (a quarter of a second before the first law is screened); only the CLI lists directories.
 */
export async function listLawFiles(dir: string, exclude: string[] = []): Promise<LawFileList> {
  const skip = exclude.map((p) => resolve(p));
  const files: string[] = [];
  const unreadable: LawFileList['unreadable'] = [];
  const walk = (d: string): void => {
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch (e) {
      unreadable.push({ path: d, message: `Verzeichnis nicht lesbar (${(e as NodeJS.ErrnoException).code ?? 'Fehler'}).` });
      return;
    }
    for (const e of entries) {
      const p = join(d, e.name);
      if (skip.some((x) => p === x || p.startsWith(x + sep))) continue;
      if (e.isDirectory()) walk(p);
      else if (isLawFileName(e.name) && (e.isFile() || (e.isSymbolicLink() && isFileTarget(p)))) files.push(p);
    }
  };
  walk(resolve(dir));
  // code-unit order, not locale order: identical on every machine
  files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { files, unreadable };
}

function isFileTarget(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}
