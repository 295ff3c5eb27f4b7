import { createHash } from 'node:crypto';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { LawDocument } from '../contracts/document';
import type { SearchHit } from '../contracts/search';
import { logger } from '../logger';
import { buildIndexData, type IndexDocument } from './build';
import { casingOf, type Casing } from './casing';
import { SearchEngine, type EngineOptions, type SearchOptions } from './engine';
import { generalNouns } from './expansion';
import { ANALYZER_VERSION } from './normalize';
import { fingerprint, listSources, loadSource } from './sources';
import { loadIndex, saveIndex } from './store';

export type { EngineOptions, SearchOptions } from './engine';
export type { IndexDocument } from './build';

export interface ProvisionText {
  law: string;
  lawTitle: string;
  stand?: string;
  excerpt?: boolean;
  jurisdiction: string;
  section: string;
  title: string;
  paragraphs: { number: string | null; text: string }[];
}

export interface LawListing {
  abbreviation: string;
  title: string;
  jurisdiction: string;
  kind: 'law' | 'guidance';
  stand?: string;
  excerpt?: boolean;
  provisions: number;
  path: string;
}

export interface SearchIndex {
  search(query: string, opts?: SearchOptions): SearchHit[];
  /** A whole provision; `law` in any spelling (abbreviation or title), `section` like "§ 3a" or "3a". */
  getProvision(law: string, section: string): ProvisionText | undefined;
  listLaws(): LawListing[];
  /** Laws and guides counted apart (a guide is no law); provisions are the laws' §§ only. */
  stats(): { laws: number; guidance: number; provisions: number };
  /** The text with its misspelt words replaced by the vocabulary words they stand for ("schrifform" → "schriftform"). */
  correctSpelling(text: string): string;
  /** How the corpus writes its words (read with the index, not at a chat turn). */
  casing(): Casing;
  /** Canonical abbreviation of a law in any spelling the name table knows. */
  lawAbbreviation(name: string): string | undefined;
  /** Units (Absätze) for dense retrieval: their number, their text with law and § context, and a hit for one. */
  unitCount(): number;
  unitContext(unit: number): string;
  unitHit(unit: number, score: number): SearchHit;
}

function wrap(engine: SearchEngine): SearchIndex {
  const d = engine.data;
  const provisionCount = new Map<number, number>();
  for (const s of d.sections) provisionCount.set(s.law, (provisionCount.get(s.law) ?? 0) + 1);
  const isLaw = (i: number) => d.laws[i]!.kind === 'law';
  const stats = {
    laws: d.laws.filter((_, i) => isLaw(i)).length,
    guidance: d.laws.filter((_, i) => !isLaw(i)).length,
    provisions: d.sections.filter((s) => isLaw(s.law)).length,
  };
  const casing = casingOf(d);
  return {
    search: (query, opts) => engine.search(query, opts),
    casing: () => casing,
    correctSpelling(text) {
      const corrections = new Map(engine.corrections(text).map((c) => [c.word, c.correction]));
      if (corrections.size === 0) return text;
      return text.replace(/[\p{L}\d]+/gu, (w) => {
        const c = corrections.get(w.toLowerCase());
        // a capitalised word stays capitalised: the card matcher and the answer read nouns by their capital
        return c === undefined ? w : w[0] === w[0]!.toLowerCase() ? c : c[0]!.toUpperCase() + c.slice(1);
      });
    },
    getProvision(law, section) {
      const p = engine.provision(law, section);
      if (!p) return undefined;
      const l = d.laws[p.law]!;
      return {
        law: l.abbreviation,
        lawTitle: l.title,
        ...(l.stand ? { stand: l.stand } : {}),
        ...(l.excerpt ? { excerpt: true } : {}),
        jurisdiction: l.jurisdiction,
        section: p.section.label,
        title: p.section.title,
        paragraphs: p.units.map((u) => ({ number: d.unitPara[u] || null, text: engine.text(u) })),
      };
    },
    listLaws: () =>
      d.laws.map((l, i) => ({
        abbreviation: l.abbreviation,
        title: l.title,
        jurisdiction: l.jurisdiction,
        kind: l.kind,
        ...(l.stand ? { stand: l.stand } : {}),
        ...(l.excerpt ? { excerpt: true } : {}),
        provisions: provisionCount.get(i) ?? 0,
        path: l.path,
      })),
    stats: () => stats,
    lawAbbreviation(name) {
      const l = engine.lawIndex(name);
      return l === undefined ? undefined : d.laws[l]!.abbreviation;
    },
    unitCount: () => d.unitSection.length,
    unitContext(unit) {
      const sec = d.sections[d.unitSection[unit]!]!;
      const law = d.laws[sec.law]!;
      return `${law.title} (${law.abbreviation}) ${sec.label} ${sec.title}: ${engine.text(unit)}`;
    },
    unitHit: (unit, score) => engine.hit(unit, score),
  };
}

/** In-memory index over parsed documents (tests, evaluation ablations); nothing is persisted. */
export function createSearchIndexFromDocuments(
  docs: (LawDocument | IndexDocument)[],
  options: EngineOptions = { decompound: true, synonyms: true },
): SearchIndex {
  const items = docs.map((d) =>
    'doc' in d ? d : { doc: d, kind: 'law' as const, jurisdiction: d.jurisdiction, path: '' },
  );
  return wrap(new SearchEngine(buildIndexData(items, options), options));
}

/**
 * Opens the index of a corpus directory (with manifest.json, or any tree of law Markdown files such as
 * the extracted federal corpus) plus extra directories (user imports). The index is persisted in cacheDir
 * under a key of the corpus fingerprint and the analyzer version: a second open only loads it; a changed
 * corpus is re-indexed.
 */
export async function openSearchIndex(opts: {
  corpusDir: string;
  cacheDir: string;
  extraDirs?: string[];
  analyzer?: EngineOptions;
  /** Cache file prefix instead of a hash of the directories, for a set whose folder changes (web imports). */
  cacheName?: string;
}): Promise<SearchIndex & { rebuilt: boolean }> {
  const options = opts.analyzer ?? { decompound: true, synonyms: true };
  // a missing extra directory (no imports yet) must not change the cache key
  const dirs = [opts.corpusDir, ...(opts.extraDirs ?? []).filter((d) => existsSync(d))].map((d) => resolve(d));
  const sources = listSources(dirs);
  // the general nouns split compounds in the index: a regenerated thesaurus must re-index as well
  const nouns = options.decompound ? createHash('sha256').update(generalNouns().join(' ')).digest('hex').slice(0, 12) : '';
  const version = `analyzer-${ANALYZER_VERSION}-decompound-${options.decompound}-${nouns}`;
  const key = fingerprint(dirs, sources, version);
  const dirsId = opts.cacheName ?? createHash('sha256').update(dirs.join('\0')).digest('hex').slice(0, 12);
  const file = join(opts.cacheDir, `search-${dirsId}-${key.slice(0, 16)}.bin`);
  const cached = loadIndex(file, key);
  if (cached) {
    logger.debug({ file, laws: cached.laws.length }, 'search index loaded');
    return { ...wrap(new SearchEngine(cached, options)), rebuilt: false };
  }
  const started = Date.now();
  const data = buildIndexData(lazy(sources, loadSource), options);
  saveIndex(file, data, key);
  removeStale(opts.cacheDir, `search-${dirsId}-`, file);
  logger.info({ file, laws: data.laws.length, units: data.unitSection.length, ms: Date.now() - started }, 'search index built');
  return { ...wrap(new SearchEngine(data, options)), rebuilt: true };
}

function* lazy<T, U>(items: T[], f: (t: T) => U): Generator<U> {
  for (const it of items) yield f(it);
}

function removeStale(dir: string, prefix: string, keep: string): void {
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (f.startsWith(prefix) && f.endsWith('.bin') && p !== keep) rmSync(p, { force: true });
  }
}
