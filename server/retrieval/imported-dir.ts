import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportedLaw } from '../storage/corpus';
import { writeManifest } from './manifest';

/**
 * Folders of earlier states are kept this long, and the state just before the current one always: a batch job may
 * still be reading their law files.
 */
const KEEP_OLD_MS = 24 * 3600 * 1000;

/**
 * Writes the laws imported into the database as a corpus folder (manifest.json + laws/), which the search index
 * and the batch screening read like any other corpus. The folder is named after the content, written once (to a
 * temporary folder, then renamed) and never changed, so several instances on one shared DATA_DIR can write the
 * same state at once, and a job that screens an older state keeps its files. Returns undefined without imports.
 */
export function writeImportedCorpus(root: string, laws: ImportedLaw[]): string | undefined {
  if (laws.length === 0) return undefined;
  const hash = createHash('sha256');
  for (const l of laws) hash.update(JSON.stringify(l)).update('\0');
  const dir = join(root, hash.digest('hex').slice(0, 16));
  if (!existsSync(dir)) {
    const tmp = `${dir}.${process.pid}.${Date.now()}.tmp`;
    mkdirSync(join(tmp, 'laws'), { recursive: true });
    mkdirSync(join(tmp, 'guidance'), { recursive: true });
    const documents = laws.map((l) => {
      const file = `${l.kind === 'guidance' ? 'guidance' : 'laws'}/${l.id}.md`;
      writeFileSync(join(tmp, file), l.markdown);
      return {
        id: l.id,
        title: l.title,
        abbreviation: l.abbreviation,
        jurisdiction: l.jurisdiction,
        kind: l.kind,
        source: l.source,
        ...(l.stand ? { stand: l.stand } : {}),
        excerpt: l.excerpt,
        file,
      };
    });
    writeManifest(tmp, { version: 1, documents });
    try {
      renameSync(tmp, dir);
    } catch {
      // another instance wrote the same state first: its folder is identical
      rmSync(tmp, { recursive: true, force: true });
    }
  }
  removeOld(root, dir);
  return dir;
}

function removeOld(root: string, keep: string): void {
  const now = Date.now();
  const others = readdirSync(root)
    .map((name) => join(root, name))
    .filter((p) => p !== keep)
    .map((p) => ({ p, mtime: statSync(p, { throwIfNoEntry: false })?.mtimeMs ?? now }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const { p, mtime } of others.slice(1)) {
    if (now - mtime > KEEP_OLD_MS) rmSync(p, { recursive: true, force: true });
  }
}
