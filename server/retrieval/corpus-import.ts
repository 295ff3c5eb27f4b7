import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { LawDocument } from '../contracts/document';
import { AppError } from '../errors';
import { decodeText } from '../ingest/decode';
import { extractText } from '../ingest/extract';
import { parseFrontMatter } from '../parser/front-matter';
import { parseDraft } from '../parser/draft';
import { parseLawMarkdown } from '../parser/law-markdown';
import { normalizeWhitespace } from '../parser/structure';
import { readManifest, slugify, writeManifest, type ManifestEntry } from './manifest';
import { entryFromFrontMatter } from './sources';

export interface ImportOptions {
  /** Overrides for a single imported file (plain text, PDF and DOCX rarely state their abbreviation). */
  abbreviation?: string;
  title?: string;
  jurisdiction?: 'Bund' | 'Niedersachsen' | 'Sonstige';
}

/** Title line and "(ABBR)" from the first line of a law text ("Niedersächsisches … Gesetz (NDIG)"). */
function guessTitle(text: string): { title?: string; abbreviation?: string } {
  const first = text.split('\n').map((l) => l.replace(/^#+\s*/, '').trim()).find((l) => l.length > 3);
  if (!first) return {};
  // the title ends before a run of blanks, never inside it: tried from each blank, a long run was re-read each time
  const m = /^(.*?)(?<!\s)\s*\(([A-ZÄÖÜ][\p{L}\d .\-]{1,20})\)\s*$/u.exec(first);
  return m ? { title: m[1]!, abbreviation: m[2]! } : { title: first.slice(0, 200) };
}

const yaml = (s: string) => JSON.stringify(s);

/** Plain law text (also from PDF/DOCX) → corpus Markdown with "## § N Titel" headings and Absätze. */
function toMarkdown(doc: LawDocument, meta: { title: string; abbreviation: string; jurisdiction: string; source: string; stand: string }): string {
  const body = doc.provisions.map((p) => {
    const head = `## ${[p.label, p.title].filter(Boolean).join(' ')}`.trim();
    const paras = p.paragraphs.map((a) => normalizeWhitespace(doc.text.slice(a.start, a.end)));
    return [head === '##' ? '' : head, ...paras].filter(Boolean).join('\n\n');
  });
  return [
    '---',
    `title: ${yaml(meta.title)}`,
    `abbreviation: ${yaml(meta.abbreviation)}`,
    `jurisdiction: ${meta.jurisdiction}`,
    `source: ${yaml(meta.source)}`,
    `stand: ${yaml(meta.stand)}`,
    'complete: true',
    '---',
    '',
    `# ${meta.title} (${meta.abbreviation})`,
    '',
    body.join('\n\n'),
    '',
  ].join('\n');
}

/** A law file converted for the corpus: its manifest entry (without the file path) and its Markdown. */
export interface ConvertedLaw {
  entry: Omit<ManifestEntry, 'file'>;
  markdown: string;
}

const MARKDOWN_FILE = /\.(md|markdown)$/i;

/**
 * One law file (its bytes and name) → corpus entry and Markdown: Markdown with front matter (federal,
 * Niedersachsen or guidance format) is kept unchanged; plain text, PDF and DOCX are parsed and written as
 * Markdown. Shared by the CLI import and the web import, which runs it in the upload worker (hostile files).
 */
export async function convertLawFile(buf: Buffer, fileName: string, opts: ImportOptions = {}, today = new Date().toISOString().slice(0, 10)): Promise<ConvertedLaw> {
  const extracted = await extractText(buf, fileName);
  // Markdown keeps its front matter byte for byte; the extractor's normalisation is for running text
  const raw = MARKDOWN_FILE.test(fileName) ? decodeText(buf) : extracted.text;
  let entry: Omit<ManifestEntry, 'file' | 'id'> & { id?: string };
  let markdown: string;
  if (Object.keys(parseFrontMatter(raw).data).length > 0) {
    const fromFile = entryFromFrontMatter(raw, basename(fileName).replace(/(\/index)?\.[^.]+$/, ''));
    // a federal file has its version line in the body; the law parser knows where
    const stand = fromFile.stand ?? (fromFile.jurisdiction === 'Bund' ? `${parseLawMarkdown(raw).stand ?? ''} (Datenstand März 2022)`.trim() : undefined);
    entry = {
      ...fromFile,
      ...(stand ? { stand } : {}),
      ...(opts.abbreviation ? { abbreviation: opts.abbreviation } : {}),
      ...(opts.title ? { title: opts.title } : {}),
      ...(opts.jurisdiction ? { jurisdiction: opts.jurisdiction } : {}),
    };
    markdown = raw;
  } else {
    const guess = guessTitle(raw);
    const abbreviation = opts.abbreviation ?? guess.abbreviation ?? basename(fileName, extname(fileName));
    const title = opts.title ?? guess.title ?? abbreviation;
    const meta = { title, abbreviation, jurisdiction: opts.jurisdiction ?? 'Sonstige', source: `Import ${basename(fileName)}`, stand: `importiert am ${today}` };
    const doc = parseDraft(raw, { title });
    // a law has §§ (or Artikel); running text without any is a note or a letter, not a law for the corpus
    if (!doc.provisions.some((p) => p.label !== '' && p.paragraphs.length > 0)) {
      throw new AppError('bad_request', 'bad_request:import', `In ${basename(fileName)} wurde kein Gesetzestext gefunden.`);
    }
    markdown = toMarkdown(doc, meta);
    entry = { ...meta, kind: 'law', excerpt: false };
  }
  const id = entry.kind === 'guidance' ? slugify(basename(fileName, extname(fileName))) : slugify(entry.abbreviation);
  if (!id) throw new AppError('bad_request', 'bad_request:import', 'Die Abkürzung des Gesetzes enthält keine Buchstaben oder Ziffern.');
  return { entry: { ...entry, id }, markdown };
}

/**
 * Adds law files to a corpus directory (manifest.json + laws/ + guidance/), converted by `convertLawFile`.
 * An entry with the same id is replaced (re-import of a newer version).
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
    const { entry, markdown } = await convertLawFile(readFileSync(path), basename(path), opts, today);
    const folder = entry.kind === 'guidance' ? 'guidance' : 'laws';
    const file = `${folder}/${entry.id}.md`;
    mkdirSync(join(dir, folder), { recursive: true });
    writeFileSync(join(dir, file), markdown);
    // the subject keywords are curated in the manifest, not in the law file: a re-import keeps them
    const previous = manifest.documents.find((d) => d.id === entry.id);
    const full: ManifestEntry = { ...entry, file, ...(previous?.keywords ? { keywords: previous.keywords } : {}) };
    manifest.documents = [...manifest.documents.filter((d) => d.id !== entry.id), full];
    added.push(full);
  }
  mkdirSync(dir, { recursive: true });
  writeManifest(dir, manifest);
  return added;
}
