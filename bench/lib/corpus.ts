import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseProvisions } from '../../server/parser/provisions';
import { normalizeWhitespace } from '../../server/parser/structure';

/**
 * Read access to the federal Markdown corpus for bench scripts: locating (or extracting) it and
 * cutting a law into Absatz-sized units with whitespace-normalised text, the unit of the rules dev set.
 */

const SHARED_DATA = resolve(import.meta.dirname, '../../../shared/data');
const TARBALL = join(SHARED_DATA, 'bundesrecht.tar.xz');
/** Where setup scripts of this machine unpack the tarball (corpus/README.md; the rewrite checks use the second). */
const PREEXTRACTED = ['/tmp/bund/bundesrecht', '/tmp/rewrite/bundesrecht'];

/** An already unpacked corpus, if any (tests that need the whole corpus skip instead of unpacking it). */
export function preextractedCorpusRoot(): string | undefined {
  return PREEXTRACTED.find((p) => existsSync(p));
}

/** Directory holding <letter>/<slug>/index.md; extracts the tarball into a cache dir when needed. */
export function corpusRoot(): string {
  const unpacked = preextractedCorpusRoot();
  if (unpacked) return unpacked;
  const cache = join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'digitalcheck', 'bund');
  const root = join(cache, 'bundesrecht');
  if (!existsSync(root)) {
    if (!existsSync(TARBALL)) throw new Error(`federal corpus not found: neither ${PREEXTRACTED.join(' nor ')} nor ${TARBALL}`);
    mkdirSync(cache, { recursive: true });
    execFileSync('tar', ['-xJf', TARBALL, '-C', cache], { stdio: 'inherit' });
  }
  return root;
}

export function lawPath(root: string, slug: string): string {
  return join(root, slug[0]!.toLowerCase(), slug, 'index.md');
}

/** Source file of a Landesrecht statute by its set slug: "nds/NBauO" → data/nds/NBauO.md, "bw/FwG" → data/laender/bw/FwG.md. */
export function landesrechtPath(slug: string): string {
  const [land = '', stem = ''] = slug.split('/');
  return land === 'nds' ? join(SHARED_DATA, 'nds', `${stem}.md`) : join(SHARED_DATA, 'laender', land, `${stem}.md`);
}

/** Set slugs of every Landesrecht statute under ../shared/data ("bw/PolG", "nds/NBauO"), sorted. */
export function listLandesrechtSlugs(): string[] {
  const stems = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -'.md'.length));
  const laender = join(SHARED_DATA, 'laender');
  return [
    ...readdirSync(laender).flatMap((land) => stems(join(laender, land)).map((stem) => `${land}/${stem}`)),
    ...stems(join(SHARED_DATA, 'nds')).map((stem) => `nds/${stem}`),
  ].sort();
}

export function* listLawPaths(root: string): Generator<string> {
  for (const letter of readdirSync(root).sort()) {
    const dir = join(root, letter);
    for (const slug of readdirSync(dir).sort()) {
      const p = join(dir, slug, 'index.md');
      if (existsSync(p)) yield p;
    }
  }
}

export interface CorpusLaw {
  slug: string;
  /** jurabk from the front matter, e.g. "VwVfG". */
  abbreviation: string;
  title: string;
  text: string;
}

export function readLaw(path: string): CorpusLaw {
  const text = readFileSync(path, 'utf8');
  const front = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  const field = (k: string) => new RegExp(`^${k}:\\s*(.*)$`, 'm').exec(front)?.[1]?.trim() ?? '';
  const slug = field('slug') || path.split('/').slice(-2)[0]!;
  return { slug, abbreviation: field('jurabk') || slug, title: field('Title'), text };
}

export interface CorpusUnit {
  /** "vwvfg-64-1" (slug, §, Absatz) or "vwvfg-64" for a § without numbered Absätze. */
  id: string;
  law: string;
  slug: string;
  /** "§ 64 Abs. 1", "§ 64" or "Art. 3 Abs. 2". */
  ref: string;
  /** Text of the Absatz without its "(1)" marker, whitespace collapsed to single spaces. */
  text: string;
  /** Whole provision text (all Absätze with markers), for context and whole-§ items. */
  provisionText: string;
}

/** An "(n)" alone on its line with text on the next one, and the white space up to that line. */
const STANDALONE_MARK = /^[ \t]*\(\d+[a-z]?\)[ \t]*\n(?=[ \t]*\S)/gm;

/**
 * The law as the draws up to federal dev set 11 cut it: the parser then read an "(n)" alone on its line (EStG layout
 * "(1)\n1             Das …") as running text of the Absatz before. A vertical tab before such a marker, which the
 * parser's line-start test never skips and the whitespace normalisation of a unit does, keeps it so: the ids and texts
 * of those draws come out as they were drawn.
 */
export function withStandaloneMarksAsText(law: CorpusLaw): CorpusLaw {
  return { ...law, text: law.text.replace(STANDALONE_MARK, (line) => `\v${line}`) };
}

/** Cuts the body at the first Markdown heading: the parser lets a § run until the next § heading. */
function stripTrailingHeadings(raw: string): string {
  const at = raw.search(/\n#{1,6}\s/);
  return at === -1 ? raw : raw.slice(0, at);
}

function slugPart(label: string): string {
  return label.replace(/^(§|Art\.)\s*/, '').toLowerCase();
}

/** All Absatz units of one law in document order. */
export function lawUnits(law: CorpusLaw): CorpusUnit[] {
  const units: CorpusUnit[] = [];
  for (const prov of parseProvisions(law.text)) {
    const provisionText = normalizeWhitespace(
      stripTrailingHeadings(law.text.slice(prov.paragraphs[0]?.start ?? prov.end, prov.end)),
    );
    for (const para of prov.paragraphs) {
      const raw = stripTrailingHeadings(law.text.slice(para.start, para.end));
      const text = normalizeWhitespace(raw.replace(/^\(\d+[a-z]?\)[ \t]*/, ''));
      if (!text) continue;
      const base = `${law.slug}-${slugPart(prov.label)}`;
      units.push({
        id: para.number ? `${base}-${para.number}` : base,
        law: law.abbreviation,
        slug: law.slug,
        ref: para.number ? `${prov.label} Abs. ${para.number}` : prov.label,
        text,
        provisionText,
      });
    }
  }
  return units;
}
