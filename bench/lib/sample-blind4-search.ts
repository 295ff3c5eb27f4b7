import { resolve } from 'node:path';
import { shuffle } from './blind-draw';
import { seededRandom } from './random';
import { relevanceKey, SEARCH_QUESTION_KINDS, type SearchQuestion } from './search-questions';
import { listSources, loadSource } from '../../server/retrieval/sources';

/**
 * Reproducible draw of the target sections of search blind set 4 (test/fixtures/README-blind4-search.md). It only
 * chooses which § each question must be answered by, and the kind of question; the questions are written by hand
 * from the § text. It reads the corpus files, never the search engine.
 *   npx tsx bench/lib/sample-blind4-search.ts [CORPUS_DIR]
 *
 * The law is drawn first, weighted by how often drafters in the Digitalcheck deal with it (procedure, e-government,
 * identification, service, form rules, Niedersachsen administration); then one § of that law uniformly among its
 * eligible §§, without replacement. Sections of earlier sets are neither preferred nor avoided.
 */

const SEED = 20261210;
const QUESTIONS = 60;
/** The mix of the hidden set of drafters' questions (issue 10): 36 paraphrases, 8 of each other kind. */
export const BLIND4_KIND_COUNTS: Record<(typeof SEARCH_QUESTION_KINDS)[number], number> = {
  paraphrase: 36,
  keyword: 8,
  concept: 8,
  citation: 8,
};

/**
 * Relative weight of a law. Core procedure and e-government laws weigh most; the large codes (AO, SGB, BGB) count as
 * much as a mid-sized law because drafters meet only their procedural parts; Niedersachsen excerpts weigh little
 * because they hold a handful of §§ each. This is also the law list the seeded sets (blind 4/5/6, dev 5/6) were drawn
 * from: a shipped law missing here (VwGO, FGO, SGG, IFG, BMG, added later) is never drawn, so the existing draws keep
 * their sections; a new set that should draw from more laws needs its own weights, not an entry here.
 */
export const LAW_WEIGHTS: Record<string, number> = {
  VwVfG: 6,
  EGovG: 5,
  OZG: 4,
  NDIG: 4,
  VwZG: 3,
  BGB: 3,
  'SGB X': 3,
  AO: 3,
  PAuswG: 3,
  NBauO: 3,
  NPOG: 3,
  VDG: 2,
  NKomVG: 2,
  'De-Mail-G': 2,
  'SGB I': 2,
  BGG: 2,
  BDSG: 2,
  NVwVfG: 1,
  NVwZG: 1,
  'BITV 2.0': 1,
  NBrandSchG: 1,
  NRettDG: 1,
  NKWG: 1,
  NKWO: 1,
  NGastG: 1,
  NPersVG: 1,
  NV: 1,
  NGelVerk: 1,
  NVOZustG: 1,
};

/** In the BGB drafters ask about the form rules only; elsewhere every § with text is eligible. */
const BGB_FORM = /schriftlich|Schriftform|Textform|elektronische[nr]? Form|beglaubig|beurkund|unterschr|eigenhändig|notariell/i;
/** A § needs this much wording to answer a question (a heading or one cross-reference does not). */
const MIN_CHARS = 150;

/**
 * Drawn §§ replaced by the next draw, decided from the § text before any question was written: only where no
 * question could single the § out from its law (pure cross-reference or duplicate wording). Empty if none.
 */
export const BLIND4_SKIPPED: readonly { law: string; section: string; reason: string }[] = [];

export interface SearchTarget {
  law: string;
  section: string;
  title: string;
  kind: (typeof SEARCH_QUESTION_KINDS)[number];
}

interface Candidate {
  law: string;
  section: string;
  title: string;
}

function eligibleSections(corpusDir: string, weights: Record<string, number>): Map<string, Candidate[]> {
  const byLaw = new Map<string, Candidate[]>();
  for (const { doc, kind } of listSources([corpusDir]).map(loadSource)) {
    if (kind !== 'law' || !(doc.abbreviation in weights)) continue;
    const seen = new Set<string>();
    const list: Candidate[] = [];
    for (const p of doc.provisions) {
      if (!/^(§|Art\.)\s/.test(p.label) || seen.has(p.label)) continue;
      const body = doc.text
        .slice(p.start, p.end)
        .replace(/^[^\n]*\n/, '')
        .replace(/TEXT NICHT GEFUNDEN[^\n]*|TITEL NICHT GEFUNDEN[^\n]*|\[…\]/g, '')
        .trim();
      if (body.length < MIN_CHARS || /^\(?weggefallen\)?|^-$/i.test(body) || /\(weggefallen\)/i.test(p.title)) continue;
      if (doc.abbreviation === 'BGB' && !BGB_FORM.test(body)) continue;
      seen.add(p.label);
      list.push({ law: doc.abbreviation, section: p.label, title: p.title });
    }
    byLaw.set(doc.abbreviation, list);
  }
  return byLaw;
}

/** The 60 targets in question order (pb4-01 …), each with the kind of question to write. */
export function drawBlind4SearchTargets(corpusDir = resolve(import.meta.dirname, '../../corpus')): SearchTarget[] {
  return drawSearchTargets({ seed: SEED, kindCounts: BLIND4_KIND_COUNTS, skipped: BLIND4_SKIPPED }, corpusDir);
}

/**
 * What a seeded search draw needs: its seed, how many questions of each kind, §§ replaced by the next draw, and the law
 * weights (LAW_WEIGHTS unless a later set brings its own table, so that earlier draws keep their sections).
 */
export interface SearchDrawSpec {
  seed: number;
  kindCounts: Partial<Record<(typeof SEARCH_QUESTION_KINDS)[number], number>>;
  skipped: readonly { law: string; section: string }[];
  weights?: Record<string, number>;
  /** Sections left out of the pool before the draw (`law|section`, as `relevanceKey`), e.g. every one an earlier set asked. */
  excluded?: ReadonlySet<string>;
}

/**
 * The blind-4 draw with another seed and mix (used by later sets too): laws by their weights, then one eligible § of the
 * law uniformly without replacement, kinds by a seeded shuffle.
 */
export function drawSearchTargets(spec: SearchDrawSpec, corpusDir = resolve(import.meta.dirname, '../../corpus')): SearchTarget[] {
  const rand = seededRandom(spec.seed);
  const questions = Object.values(spec.kindCounts).reduce((a, n) => a + (n ?? 0), 0);
  const weights = spec.weights ?? LAW_WEIGHTS;
  const pools = eligibleSections(corpusDir, weights);
  if (spec.excluded) {
    const excluded = spec.excluded;
    for (const [law, list] of pools) pools.set(law, list.filter((c) => !excluded.has(relevanceKey(c.law, c.section))));
  }
  const skipped = new Set(spec.skipped.map((s) => `${s.law}|${s.section}`));
  const drawn: Candidate[] = [];
  while (drawn.length < questions) {
    const laws = [...pools].filter(([, list]) => list.length > 0);
    if (laws.length === 0) throw new Error('corpus too small for the draw');
    const total = laws.reduce((a, [law]) => a + weights[law]!, 0);
    let x = rand() * total;
    const [law, list] = laws.find(([l]) => (x -= weights[l]!) < 0) ?? laws[laws.length - 1]!;
    const [c] = list.splice(Math.floor(rand() * list.length), 1);
    pools.set(law, list);
    if (c && !skipped.has(`${c.law}|${c.section}`)) drawn.push(c);
  }
  const kinds = shuffle(
    SEARCH_QUESTION_KINDS.flatMap((k) => Array.from({ length: spec.kindCounts[k] ?? 0 }, () => k)),
    rand,
  );
  return drawn.map((c, i) => ({ ...c, kind: kinds[i]! }));
}

/** The drawn target of each question as the set stores it: its first relevant section and its kind. */
export const targetOf = (q: SearchQuestion) => ({ law: q.relevant[0]!.law, section: q.relevant[0]!.section, kind: q.kind });

/**
 * The command line of every search draw: the targets of `draw` on the corpus folder given as first argument, one line
 * each under the question id it gets (`prefix-01` …), for writing the questions by hand.
 */
export function printSearchTargets(prefix: string, draw: (corpusDir?: string) => SearchTarget[]): void {
  const targets = draw(process.argv[2] ? resolve(process.argv[2]) : undefined);
  targets.forEach((t, i) => console.log(`${prefix}-${String(i + 1).padStart(2, '0')}\t${t.kind}\t${t.law}\t${t.section}\t${t.title}`));
}

if (import.meta.url === `file://${process.argv[1]}`) printSearchTargets('pb4', drawBlind4SearchTargets);
