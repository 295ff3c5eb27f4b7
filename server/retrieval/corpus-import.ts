import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { AppError } from '../errors';
import { readManifest, slugify, writeManifest, type ManifestEntry } from './manifest';
import { readFrontMatter } from './law-file';
import { entryFromFrontMatter } from './sources';

export interface ImportOptions {
  /** Overrides for a single imported file (plain text/PDF/DOCX rarely say their abbreviation). */
  abbreviation?: string;
  title?: string;
  jurisdiction?: 'Bund' | 'Niedersachsen' | 'Sonstige';
  /** Extracts text from PDF/DOCX; injected so that this module does not load the extraction stack. */
  extractText?: (data: Buffer, fileName: string) => Promise<string>;
}

const TEXT_EXT = new Set(['.md', '.markdown', '.txt']);
const BINARY_EXT = new Set(['.pdf', '.docx']);

/** Title line and "(ABBR)" from the first lines of a plain law text ("Niedersächsisches … Gesetz (NDIG)"). */
function guessTitle(text: string): { title?: string; abbreviation?: string } {
  const first = text.split('\n').map((l) => l.replace(/^#+\s*/, '').trim()).find((l) => l.length > 3);
  if (!first) return {};
  const m = /^(.*?)\s*\(([A-ZÄÖÜ][\p{L}\d .\-]{1,20})\)\s*$/u.exec(first);
  return m ? { title: m[1]!, abbreviation: m[2]! } : { title: first.slice(0, 200) };
}

const yamlString = (s: string) => JSON.stringify(s);

/**
 * Adds law files to a corpus directory (manifest.json + laws/ + guidance/): Markdown with front matter is
 * copied unchanged; plain text, PDF and DOCX are stored as Markdown with front matter. An entry with the
 * same id is replaced (re-import of a newer version).
 */
export async function addToCorpus(dir: string, paths: string[], opts: ImportOptions = {}): Promise<ManifestEntry[]> {
  if (paths.length > 1 && (opts.abbreviation || opts.title)) {
    throw new AppError('bad_request', 'bad_request:import', 'Abkürzung und Titel können nur für eine einzelne Datei angegeben werden.');
  }
  const manifest = readManifest(dir);
  const added: ManifestEntry[] = [];
  const today = new Date().toISOString().slice(0, 10);
  for (const path of paths) {
    if (!existsSync(path)) throw new AppError('bad_request', 'bad_request:import', `Datei nicht gefunden: ${path}`);
    const ext = extname(path).toLowerCase();
    let markdown: string | null = null;
    let raw: string;
    if (TEXT_EXT.has(ext)) raw = readFileSync(path, 'utf8');
    else if (BINARY_EXT.has(ext)) {
      if (!opts.extractText) throw new AppError('unavailable', 'unavailable:extract', 'Textauszug aus PDF/DOCX ist nicht verfügbar.');
      raw = await opts.extractText(readFileSync(path), basename(path));
    } else {
      throw new AppError('bad_request', 'bad_request:import', `Nicht unterstütztes Dateiformat „${ext || basename(path)}“ (erlaubt: .md, .txt, .pdf, .docx).`);
    }
    if (!raw.trim()) throw new AppError('bad_request', 'bad_request:import', `Die Datei ${basename(path)} enthält keinen Text.`);
    const hasFrontMatter = Object.keys(readFrontMatter(raw).meta).length > 0;
    let entry = entryFromFrontMatter(raw, basename(path).replace(/(\/index)?\.[^.]+$/, ''));
    if (!hasFrontMatter) {
      const guess = guessTitle(raw);
      const abbreviation = opts.abbreviation ?? guess.abbreviation ?? basename(path, extname(path));
      const title = opts.title ?? guess.title ?? abbreviation;
      entry = {
        ...entry,
        id: slugify(abbreviation),
        abbreviation,
        title,
        jurisdiction: opts.jurisdiction ?? 'Sonstige',
        source: `Import ${basename(path)}`,
        stand: `importiert am ${today}`,
        excerpt: false,
      };
      markdown = ['---', `title: ${yamlString(title)}`, `abbreviation: ${yamlString(abbreviation)}`, `jurisdiction: ${entry.jurisdiction}`,
        `source: ${yamlString(entry.source)}`, `stand: ${yamlString(entry.stand!)}`, 'complete: true', '---', '', raw.trim(), ''].join('\n');
    } else {
      entry = {
        ...entry,
        ...(opts.abbreviation ? { abbreviation: opts.abbreviation } : {}),
        ...(opts.title ? { title: opts.title } : {}),
        ...(opts.jurisdiction ? { jurisdiction: opts.jurisdiction } : {}),
      };
    }
    const id = entry.kind === 'guidance' ? slugify(basename(path, extname(path))) : slugify(entry.abbreviation);
    const file = join(entry.kind === 'guidance' ? 'guidance' : 'laws', `${id}.md`);
    mkdirSync(join(dir, entry.kind === 'guidance' ? 'guidance' : 'laws'), { recursive: true });
    if (markdown !== null) writeFileSync(join(dir, file), markdown);
    else if (join(dir, file) !== path) copyFileSync(path, join(dir, file));
    const full: ManifestEntry = { ...entry, id, file };
    manifest.documents = [...manifest.documents.filter((d) => d.id !== id), full];
    added.push(full);
  }
  mkdirSync(dir, { recursive: true });
  writeManifest(dir, manifest);
  return added;
}
