import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { HINDRANCE_CATEGORIES } from '../../server/contracts/finding';
import { checkText } from '../../server/rules/engine';
import { isLabellable, landesrechtUnits, shuffle } from './blind-draw';
import { isBlind6FederalLaw, isBlind6LaenderId } from './blind6-split';
import { corpusRoot, lawUnits, listLandesrechtSlugs, listLawPaths, readLaw, type CorpusUnit } from './corpus';
import { seededRandom } from './random';
import { parseRulesDev } from './rules-dev';

/**
 * Precision sample of the rule engine on unseen text (README-rules-dev.md, "Precision sample 6", issue 8): unlike the
 * blind draws this one RUNS the engine and samples its findings, so it measures precision only (recall needs a set).
 * Laws: the first 40 federal laws and 15 Landesrecht statutes in seeded random order that have at least one finding
 * (a law without any adds nothing to a precision figure, and most short ordinances have none), none of any labelled
 * rule set (federal by slug, Landesrecht by Absatz id), none reserved for blind set 6 (blind6-split.ts), none named in
 * `--exclude` files (an earlier sample). Findings: one per Absatz and hindrance code, at most three per law, `size`
 * at random. The blind-6 set files themselves are never read: the predicates reserve their text.
 *   npx tsx bench/lib/sample-precision6.ts SEED SIZE OUT.jsonl [--exclude EARLIER.jsonl ...]
 */

const FIXTURES = resolve(import.meta.dirname, '../../test/fixtures');
const FEDERAL_LAWS = 40;
const LAENDER_LAWS = 15;
const PER_LAW = 3;

export interface SampledFinding {
  id: string;
  law: string;
  slug: string;
  land?: string;
  ref: string;
  category: string;
  quote: string;
  text: string;
}

/**
 * Federal slugs and Landesrecht Absatz ids of every labelled rule set except the blind-6 and blind-7 files (never
 * opened; their text is reserved by the same predicates) and this sampler's own files. A directory scan, not the
 * shared list of blind-draw.ts: this sampler runs the engine, so a re-draw depends on the engine version anyway.
 */
function usedInSets(): { slugs: Set<string>; ids: Set<string> } {
  const slugs = new Set<string>();
  const ids = new Set<string>();
  for (const f of readdirSync(FIXTURES)) {
    // the precision files are this sampler's own output: earlier samples are left out by --exclude, so a draw stays reproducible
    if (!/^rules-.*\.jsonl$/.test(f) || f.includes('blind6') || f.includes('blind7') || f.includes('depapered') || f.includes('precision')) continue;
    for (const item of parseRulesDev(readFileSync(resolve(FIXTURES, f), 'utf8'))) {
      if (item.land) ids.add(item.id);
      else slugs.add(item.slug);
    }
  }
  return { slugs, ids };
}

/** Law slugs of earlier samples (`--exclude`), so that a second sample reads laws the first did not. */
export function excludedSlugs(files: string[]): Set<string> {
  const out = new Set<string>();
  for (const f of files)
    for (const line of readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()))
      out.add((JSON.parse(line) as { slug: string }).slug);
  return out;
}

/** Findings of one law's labellable Absätze: one per Absatz and hindrance code. */
function lawFindings(units: (CorpusUnit & { land?: string })[]): SampledFinding[] {
  const out: SampledFinding[] = [];
  for (const u of units.filter(isLabellable)) {
    const seen = new Set<string>();
    for (const f of checkText(u.text, { law: u.law, ...(u.land ? { land: u.land } : {}) })) {
      if (!HINDRANCE_CATEGORIES.includes(f.category) || seen.has(f.category)) continue;
      seen.add(f.category);
      out.push({ id: u.id, law: u.law, slug: u.slug, ...(u.land ? { land: u.land } : {}), ref: u.ref, category: f.category, quote: f.quote.match, text: u.text });
    }
  }
  return out;
}

/** The first `n` laws in `order` with at least one finding. */
function firstWithFindings<T>(order: T[], n: number, findings: (law: T) => SampledFinding[]): SampledFinding[][] {
  const out: SampledFinding[][] = [];
  for (const law of order) {
    if (out.length >= n) break;
    const f = findings(law);
    if (f.length > 0) out.push(f);
  }
  return out;
}

/** What a precision draw reads: the reserved text it never touches, the earlier sets it leaves out, how many laws. */
export interface PrecisionDraw {
  reservedFederal: (slug: string) => boolean;
  reservedLaender: (id: string) => boolean;
  /** Federal laws left out whole (by slug) and Absätze left out one by one (by id: Landesrecht always, federal too). */
  used: { slugs: Set<string>; ids: Set<string> };
  federalLaws: number;
  laenderLaws: number;
  /** Further findings in the same pool, e.g. those of real drafts. */
  extra: SampledFinding[][];
}

const SAMPLE6: () => PrecisionDraw = () => ({
  reservedFederal: isBlind6FederalLaw,
  reservedLaender: isBlind6LaenderId,
  used: usedInSets(),
  federalLaws: FEDERAL_LAWS,
  laenderLaws: LAENDER_LAWS,
  extra: [],
});

/** `size` findings at random, at most PER_LAW per law, from the first laws in seeded order that have findings. */
export function drawPrecisionSample(seed: number, size: number, exclude: Set<string>, draw: PrecisionDraw = SAMPLE6()): SampledFinding[] {
  const rand = seededRandom(seed);
  const { used, extra } = draw;
  const federal = firstWithFindings(
    shuffle(
      [...listLawPaths(corpusRoot())].filter((p) => {
        const slug = basename(resolve(p, '..'));
        return !draw.reservedFederal(slug) && !used.slugs.has(slug) && !exclude.has(slug);
      }),
      rand,
    ),
    draw.federalLaws,
    // Absätze of earlier sets are left out by id too (a revisit draw, sample-precision7.ts, reads laws they came from)
    (p) => lawFindings(lawUnits(readLaw(p)).filter((u) => !used.ids.has(u.id))),
  );
  const laender = firstWithFindings(
    shuffle(listLandesrechtSlugs().filter((s) => !exclude.has(s)), rand),
    draw.laenderLaws,
    (slug) => lawFindings(landesrechtUnits(slug).filter((u) => !draw.reservedLaender(u.id) && !used.ids.has(u.id))),
  );
  const pool = [...federal, ...laender, ...extra].flat();
  const perLaw = new Map<string, number>();
  const picked: SampledFinding[] = [];
  for (const f of shuffle(pool, rand)) {
    if (picked.length >= size) break;
    if ((perLaw.get(f.slug) ?? 0) >= PER_LAW) continue;
    perLaw.set(f.slug, (perLaw.get(f.slug) ?? 0) + 1);
    picked.push(f);
  }
  console.error(`${federal.length} federal laws, ${laender.length} Landesrecht statutes, ${extra.filter((d) => d.length).length} further documents with findings, ${pool.length} findings`);
  return picked;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [seed, size, out, ...rest] = process.argv.slice(2);
  if (!seed || !size || !out) throw new Error('usage: npx tsx bench/lib/sample-precision6.ts SEED SIZE OUT.jsonl [--exclude FILE ...]');
  const exclude = excludedSlugs(rest.filter((a) => a !== '--exclude'));
  const picked = drawPrecisionSample(Number(seed), Number(size), exclude);
  writeFileSync(out, picked.map((f) => JSON.stringify(f)).join('\n') + '\n');
  console.error(`${picked.length} findings → ${out}`);
}
