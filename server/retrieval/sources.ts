import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { LawDocument } from '../contracts/document';
import type { IndexDocument } from './build';
import { parseFrontMatter } from '../parser/front-matter';
import { canonicalAbbreviation, landStand, titleWithoutAbbreviation } from '../parser/law-identity';
import { parseLawFile } from './law-file';
import { MANIFEST_FILE, readManifest, type ManifestEntry } from './manifest';
import { nameKey } from './law-names';
import { keywordFile, readSectionKeywords } from './section-keywords';

/** One document of a corpus directory, described by its manifest entry or by its own front matter. */
export interface SourceEntry {
  entry: Omit<ManifestEntry, 'file' | 'id'> & { id: string };
  path: string;
  /** Lay keywords per § (corpus/keywords/<id>.tsv), only for manifest documents. */
  keywordsPath?: string;
}

/** Below this total size the fingerprint hashes file contents; above it (whole federal corpus) size+mtime. */
const CONTENT_HASH_LIMIT = 50 * 1024 * 1024;

/** The first bytes of a file: enough for its front matter, without reading whole laws when listing a tree. */
function readHead(path: string, bytes = 16 * 1024): string {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const n = readSync(fd, buf, 0, bytes, 0);
    return buf.subarray(0, n).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

function walkMarkdown(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...walkMarkdown(p));
    else if (e.isFile() && /\.md$/i.test(e.name) && !/^readme\.md$/i.test(e.name)) out.push(p);
  }
  return out.sort();
}

/** Data set note of the federal corpus, appended to each federal law's own version line. */
const FEDERAL_DATA_STAND = 'Datenstand März 2022';

/**
 * Manifest-like metadata from a Markdown file's front matter (federal or Niedersachsen style). The
 * version note ("Stand") of a federal law is in its body and is filled in by `loadSource`.
 */
export function entryFromFrontMatter(md: string, fallbackName: string): SourceEntry['entry'] {
  const meta = parseFrontMatter(md).data;
  const federal = Boolean(meta.jurabk);
  const abbreviation = canonicalAbbreviation(meta.abbreviation || meta.jurabk || fallbackName);
  const title = titleWithoutAbbreviation(meta.title || meta.Title || abbreviation, abbreviation);
  const kind = meta.kind === 'guidance' ? 'guidance' : 'law';
  const jur = meta.jurisdiction;
  const jurisdiction =
    kind === 'guidance' ? 'Leitfaden' : federal ? 'Bund' : jur === 'Niedersachsen' || jur === 'Bund' ? jur : 'Sonstige';
  const source = federal
    ? `bundestag/gesetze (gesetze-im-internet.de), Stand März 2022${meta.slug ? `, ${meta.slug}` : ''}`
    : meta.source || 'unbekannt';
  const stand = landStand(meta);
  return {
    id: nameKey(abbreviation) || 'dokument',
    title,
    abbreviation,
    jurisdiction,
    kind,
    source,
    ...(stand ? { stand } : {}),
    excerpt: meta.complete === 'false',
  };
}

/**
 * Documents of the corpus directories; a later directory's document replaces an earlier one with the
 * same abbreviation (a user's imported full NDIG replaces the shipped excerpt).
 */
export function listSources(dirs: string[]): SourceEntry[] {
  const byAbbr = new Map<string, SourceEntry[]>();
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    const entries: SourceEntry[] = existsSync(join(dir, MANIFEST_FILE))
      ? readManifest(dir).documents.map(({ file, ...entry }) => {
          const keywordsPath = keywordFile(dir, entry.id);
          return { entry, path: join(dir, file), ...(keywordsPath ? { keywordsPath } : {}) };
        })
      : walkMarkdown(dir).map((path) => ({
          entry: entryFromFrontMatter(readHead(path), relative(dir, path).replace(/(\/index)?\.md$/i, '')),
          path,
        }));
    // within one directory every file counts (the federal tree has historic versions under one abbreviation)
    const own = new Map<string, SourceEntry[]>();
    for (const e of entries) own.set(nameKey(e.entry.abbreviation), [...(own.get(nameKey(e.entry.abbreviation)) ?? []), e]);
    for (const [k, list] of own) byAbbr.set(k, list);
  }
  return [...byAbbr.values()].flat();
}

/** Fingerprint of everything the index depends on (files, manifests, analyzer version). */
export function fingerprint(dirs: string[], sources: SourceEntry[], version: string): string {
  const h = createHash('sha256').update(version);
  const stats = sources.map((s) => ({ s, st: statSync(s.path) }));
  const total = stats.reduce((a, { st }) => a + st.size, 0);
  for (const dir of dirs) {
    const m = join(dir, MANIFEST_FILE);
    if (existsSync(m)) h.update(readFileSync(m));
  }
  for (const { s, st } of stats) {
    h.update(`${resolve(s.path)}\0${JSON.stringify(s.entry)}\0`);
    if (total <= CONTENT_HASH_LIMIT) h.update(readFileSync(s.path));
    if (s.keywordsPath) h.update(readFileSync(s.keywordsPath));
    else h.update(`${st.size}:${st.mtimeMs}`);
  }
  return h.digest('hex');
}

export function loadSource(s: SourceEntry): IndexDocument {
  const md = readFileSync(s.path, 'utf8');
  const doc: LawDocument = parseLawFile(md, {
    abbreviation: s.entry.abbreviation,
    title: s.entry.title,
    kind: s.entry.kind,
    jurisdiction: s.entry.jurisdiction === 'Leitfaden' ? 'Sonstige' : s.entry.jurisdiction,
    ...(s.entry.stand ? { stand: s.entry.stand } : {}),
    ...(s.entry.excerpt ? { excerpt: true } : {}),
    path: s.path,
  });
  if (!s.entry.stand && s.entry.jurisdiction === 'Bund') doc.stand = doc.stand ? `${doc.stand} (${FEDERAL_DATA_STAND})` : FEDERAL_DATA_STAND;
  return {
    doc,
    kind: s.entry.kind,
    jurisdiction: s.entry.jurisdiction,
    path: s.path,
    ...(s.entry.keywords ? { keywords: s.entry.keywords } : {}),
    ...(s.keywordsPath ? { sectionKeywords: readSectionKeywords(s.keywordsPath) } : {}),
  };
}
