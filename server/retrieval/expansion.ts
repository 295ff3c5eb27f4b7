import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { AppError } from '../errors';
import { memoByText } from '../memo';
import { ANALYZER_VERSION, fold, QUERY_STOP_WORDS, STOP_WORDS, stem, tokenize } from './normalize';
import { compileFramingPhrase, isNegationCue, type FramingPhrase } from './query-scope';

/**
 * Query-expansion data shipped with the code in corpus/thesaurus/ (never read from /usr/share at run time):
 * - openthesaurus-de.tsv: synonym groups from OpenThesaurus (LGPL), filtered to the corpus vocabulary by
 *   `npm run -s cli -- thesaurus`; one group per line, members separated by ";".
 * - rechtsbegriffe.tsv: the legal-concept map a lawyer edits: everyday words of a question → statute terms.
 * - sachgebiete.tsv: everyday words that place a question in a field of law (offices, life situations) → its laws.
 * - weltwissen.tsv: closed lists no lexicon links to the statutes (countries → Mitgliedstaat/Drittstaat, embassies,
 *   congregations); read as part of the concept map, so it shares its weight and its switch.
 * - rahmen.tsv: drafters' framing phrases ("Gesetzentwurf zum digitalen …"), whose words count less (query-scope.ts).
 * - vorschriftsarten.tsv: phrases that ask for a kind of provision (who regulates the details, what a breach costs) →
 *   the § title words that mark that kind.
 */
export const THESAURUS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../corpus/thesaurus');
export const THESAURUS_FILE = 'openthesaurus-de.tsv';
export const CONCEPTS_FILE = 'rechtsbegriffe.tsv';
export const FIELDS_FILE = 'sachgebiete.tsv';
export const WORLD_FILE = 'weltwissen.tsv';
export const FRAMING_FILE = 'rahmen.tsv';
export const ROLES_FILE = 'vorschriftsarten.tsv';

/**
 * One thesaurus group: its words, a tab, their stems (precomputed by the generator: stemming 20,000 words at
 * start-up would cost seconds). One regex per line keeps validating the whole file fast.
 */
const GROUP_LINE = /^\p{L}+(?:;\p{L}+)+\t[\p{Ll}\d]+(?: [\p{Ll}\d]+)*$/u;
const GROUP_LINE_MESSAGE = 'Wörter mit ";" getrennt, Tab, ihre Stämme';
/** The analyzer version the stems were computed with (header line "# analyzer-version: N"). */
const VERSION_LINE = /^# analyzer-version: (\d+)$/m;
/** "scan*|*scann*" – alternatives; "*" stands for any letters; several words must all occur in the question. */
const PatternSchema = z.string().regex(/^[\p{L}\d*\- ]+$/u, 'Wörter, Leerzeichen und *');
const ConceptSchema = z.object({ patterns: z.array(PatternSchema).min(1), terms: z.array(z.string().min(1)).min(1) });
export type Concept = z.infer<typeof ConceptSchema>;

/** Data lines of a TSV file: "#" comments and blank lines dropped, with their 1-based line numbers. */
function dataLines(text: string): [number, string][] {
  return text
    .split('\n')
    .map((l, i) => [i + 1, l.trim()] as [number, string])
    .filter(([, l]) => l !== '' && !l.startsWith('#'));
}

function invalid(file: string, line: number, issue: string): AppError {
  return new AppError('internal', 'internal:thesaurus', 'Die Thesaurus-Daten des Korpus sind beschädigt.', `${file}:${line}: ${issue}`);
}

export interface ThesaurusGroup {
  words: string[];
  stems: string[];
}

/** Thesaurus lines; stems written by another analyzer version are computed afresh (slow, but right). */
export function parseThesaurus(text: string, file = THESAURUS_FILE): ThesaurusGroup[] {
  const current = Number(VERSION_LINE.exec(text)?.[1]) === ANALYZER_VERSION;
  return dataLines(text).map(([n, l]) => {
    // the schema's regex directly: 8,000 lines through zod cost more than a tenth of a second at start-up
    if (!GROUP_LINE.test(l)) throw invalid(file, n, GROUP_LINE_MESSAGE);
    const [words, stems] = l.split('\t') as [string, string];
    const list = words.split(';');
    return { words: list, stems: current ? stems.split(' ') : groupStems(list) };
  });
}

/** Distinct stems of a group's words, as the query analyzer computes them. */
export function groupStems(words: string[]): string[] {
  return [...new Set(words.map((w) => stem(w.toLowerCase())))];
}

/** A thesaurus line as the generator writes it. */
export function thesaurusLine(words: string[]): string {
  return `${words.join(';')}\t${groupStems(words).join(' ')}`;
}

export const thesaurusHeaderVersion = () => `# analyzer-version: ${ANALYZER_VERSION}`;

export function parseConcepts(text: string, file = CONCEPTS_FILE): Concept[] {
  return dataLines(text).map(([n, l]) => {
    const [left = '', right = ''] = l.split('\t');
    const parsed = ConceptSchema.safeParse({
      patterns: left.split('|').map((p) => p.trim().toLowerCase()).filter(Boolean),
      terms: right.split(';').map((t) => t.trim()).filter(Boolean),
    });
    if (!parsed.success) throw invalid(file, n, `${parsed.error.issues[0]!.message} (erwartet: Ausdruck<TAB>Fachbegriff; Fachbegriff)`);
    return parsed.data;
  });
}

const FramingSchema = z.string().regex(/^[\p{L}*\- ]+$/u, 'Wörter, Leerzeichen und *');

/** Framing phrases, one per line. */
export function parseFraming(text: string, file = FRAMING_FILE): FramingPhrase[] {
  return dataLines(text).map(([n, l]) => {
    const parsed = FramingSchema.safeParse(l);
    if (!parsed.success) throw invalid(file, n, `${parsed.error.issues[0]!.message} (erwartet: eine Wendung je Zeile)`);
    return compileFramingPhrase(parsed.data);
  });
}

export interface CompiledConcept {
  /** Each alternative: its pattern words ("scan*", "online"), all of which must match some token of the question. */
  alternatives: string[][];
  /** Surface words of the statute terms (analysed by the caller). */
  words: string[];
  /** The right-hand entries as written (law abbreviations in the field map). */
  terms: string[];
}

export function compileConcepts(concepts: Concept[]): CompiledConcept[] {
  return concepts.map((c) => ({
    // a hyphen splits words in questions too ("Online-Ausweis" → online, ausweis)
    alternatives: c.patterns.map((p) => p.split(/[\s-]+/).filter(Boolean)),
    words: [...new Set(c.terms.flatMap((t) => tokenize(t)))],
    terms: c.terms,
  }));
}

/** German inflection endings of nouns, adjectives and verbs, longest first. */
const ENDING = /(?:ten|te|est|st|et|en|er|es|em|e|n|s|t)$/;

/**
 * A folded word without its inflection ending ("nachbarn" → "nachbar", "äußere"/"äußern" → "außer"). A pattern
 * word without "*" matches the tokens with its stem and the same form without ending: the stem alone joins words
 * of different meaning ("persönlich"/"Person", "Rat"/"raten", "anderen"/"ändern").
 */
function withoutEnding(folded: string): string {
  return folded.length > 4 ? folded.replace(ENDING, '') : folded;
}

/**
 * The concept map turned into lookups, built once per map: every distinct pattern word gets an id; a word without
 * "*" is found by the stem of a token, a wildcard word by its regex. Which ids a token matches is cached per token,
 * so that a question costs a few map lookups instead of every pattern tried on every token.
 */
interface ConceptIndex {
  /**
   * Stem → the pattern words with that stem, each with its id, its form without inflection ending and whether it is a
   * function word itself.
   */
  byStem: Map<string, { id: number; base: string; functionWord: boolean }[]>;
  wild: { re: RegExp; id: number }[];
  /**
   * Each alternative's pattern word ids; `phrase` when all its words are function words ("von sich aus", "nicht da"):
   * such words occur in almost every question, so the alternative counts only as the contiguous phrase.
   */
  alternatives: { concept: number; ids: number[]; phrase: boolean }[];
  /** The pattern word ids a token matches. */
  tokenIds: (token: string) => number[];
}
const conceptIndexes = new WeakMap<CompiledConcept[], ConceptIndex>();
const isFunctionWord = (word: string) => STOP_WORDS.has(word.toLowerCase()) || QUERY_STOP_WORDS.has(word.toLowerCase());

function conceptIndex(concepts: CompiledConcept[]): ConceptIndex {
  let index = conceptIndexes.get(concepts);
  if (index) return index;
  const ids = new Map<string, number>();
  const byStem = new Map<string, { id: number; base: string; functionWord: boolean }[]>();
  const wild: { re: RegExp; id: number }[] = [];
  const idOf = (word: string) => {
    let id = ids.get(word);
    if (id !== undefined) return id;
    id = ids.size;
    ids.set(word, id);
    if (word.includes('*')) {
      wild.push({ re: new RegExp(`^${fold(word).split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('\\p{L}*')}$`, 'u'), id });
    } else {
      const s = stem(word);
      byStem.set(s, [...(byStem.get(s) ?? []), { id, base: withoutEnding(fold(word)), functionWord: isFunctionWord(word) }]);
    }
    return id;
  };
  const alternatives = concepts.flatMap((c, concept) =>
    c.alternatives.map((words) => ({ concept, ids: words.map(idOf), phrase: words.length > 1 && words.every((w) => !w.includes('*') && isFunctionWord(w)) })),
  );
  const tokenIds = memoByText((t: string) => {
    const folded = fold(t);
    const base = withoutEnding(folded);
    // a function word of the question is no inflected form of a content word ("nicht" is not "Nichte", "will" not
    // "Wille"): it matches only pattern words that are function words too ("keine" → kein)
    const functionToken = isFunctionWord(t);
    const inflected = (byStem.get(stem(t)) ?? []).filter((p) => p.base === base && (p.functionWord || !functionToken)).map((p) => p.id);
    return [...inflected, ...wild.filter((w) => w.re.test(folded)).map((w) => w.id)];
  }, 50_000);
  index = { byStem, wild, alternatives, tokenIds };
  conceptIndexes.set(concepts, index);
  return index;
}

/** Statute words the concept map adds for a question's tokens. */
export function conceptWords(concepts: CompiledConcept[], tokens: string[]): string[] {
  const out = new Set<string>();
  for (const c of matchedConcepts(concepts, tokens)) for (const w of concepts[c]!.words) out.add(w);
  return [...out];
}

/**
 * Statute words the concept map adds, each with the factor of the question words that triggered it: an entry
 * matched only through negated or framing words (`factors`, query-scope.ts) weighs what they weigh. An alternative
 * that names a negation itself ("ohne papier") is the lawyer's reading of that negation and counts fully.
 */
export function conceptWordFactors(concepts: CompiledConcept[], tokens: string[], factors: ReadonlyMap<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  if (factors.size === 0) {
    for (const w of conceptWords(concepts, tokens)) out.set(w, 1);
    return out;
  }
  const index = conceptIndex(concepts);
  const idFactor = new Map<number, number>();
  const cueIds = new Set<number>();
  for (const t of tokens)
    for (const id of index.tokenIds(t)) {
      idFactor.set(id, Math.max(idFactor.get(id) ?? 0, factors.get(t) ?? 1));
      if (isNegationCue(t)) cueIds.add(id);
    }
  for (const a of index.alternatives) {
    if (!alternativeMatches(index, a, tokens, (id) => idFactor.has(id))) continue;
    const f = a.ids.some((id) => cueIds.has(id)) ? 1 : Math.min(...a.ids.map((id) => idFactor.get(id)!));
    for (const w of concepts[a.concept]!.words) out.set(w, Math.max(out.get(w) ?? 0, f));
  }
  return out;
}

/** Whether an alternative's words all occur among the tokens, a function-word phrase as contiguous words in order. */
function alternativeMatches(index: ConceptIndex, a: ConceptIndex['alternatives'][number], tokens: string[], has: (id: number) => boolean): boolean {
  if (!a.ids.every(has)) return false;
  if (!a.phrase) return true;
  const at = (i: number, k: number) => index.tokenIds(tokens[i + k]!).includes(a.ids[k]!);
  for (let i = 0; i + a.ids.length <= tokens.length; i++) if (a.ids.every((_, k) => at(i, k))) return true;
  return false;
}

/** Right-hand entries of the rows a question's tokens match: laws of the field map, title words of the kinds map. */
export function matchedTerms(rows: CompiledConcept[], tokens: string[]): string[] {
  return [...new Set(matchedConcepts(rows, tokens).flatMap((c) => rows[c]!.terms))];
}

/** Laws of the fields of law the field map finds in a question's tokens. */
export const fieldLaws = matchedTerms;

/** Indexes of the entries with an alternative whose words all occur among the tokens, in the file's order. */
function matchedConcepts(concepts: CompiledConcept[], tokens: string[]): number[] {
  const index = conceptIndex(concepts);
  const matched = new Set<number>();
  for (const t of tokens) for (const id of index.tokenIds(t)) matched.add(id);
  if (matched.size === 0) return [];
  const hit = new Set<number>();
  for (const a of index.alternatives) if (!hit.has(a.concept) && alternativeMatches(index, a, tokens, (id) => matched.has(id))) hit.add(a.concept);
  // in the map's order: the caller keeps the first weight of a word
  return [...hit].sort((x, y) => x - y);
}

/**
 * Stems that share a thesaurus group with a stem; the groups of a stem are only joined when a query asks.
 * Related stems are ranked by how tightly they are linked: a shared small group says more than a shared large one,
 * and two shared groups more than one (sum of 1/(group size - 1) over the shared groups).
 */
export class Thesaurus {
  private readonly groupsOf = new Map<string, number[]>();
  /** Related stems by stem (cached: queries repeat their words). */
  private readonly cachedRanked = memoByText((stemmed: string) => this.rank(stemmed), 50_000);
  /** Lower-case members by stem, built at the first question rather than at every index build. */
  private verbs?: Map<string, string[]>;

  constructor(private readonly groups: ThesaurusGroup[]) {
    groups.forEach((g, i) => {
      for (const s of g.stems) {
        const list = this.groupsOf.get(s);
        if (list) list.push(i);
        else this.groupsOf.set(s, [i]);
      }
    });
  }

  /** Lower-case group members (verbs, adjectives: OpenThesaurus capitalises nouns) with this stem, for derivations. */
  verbsOf(stemmed: string): string[] {
    if (!this.verbs) {
      this.verbs = new Map();
      for (const g of this.groups)
        for (const w of g.words) {
          if (w[0] !== w[0]!.toLowerCase()) continue;
          const s = stem(w);
          const list = this.verbs.get(s);
          if (!list) this.verbs.set(s, [w]);
          else if (!list.includes(w)) list.push(w);
        }
    }
    return this.verbs.get(stemmed) ?? [];
  }

  related(stemmed: string): string[] {
    return this.ranked(stemmed).map((r) => r.stem);
  }

  /** Related stems, strongest link first. */
  ranked(stemmed: string): RelatedStem[] {
    return this.cachedRanked(stemmed);
  }

  private rank(stemmed: string): RelatedStem[] {
    const strength = new Map<string, number>();
    for (const i of this.groupsOf.get(stemmed) ?? []) {
      const stems = this.groups[i]!.stems;
      for (const s of stems) if (s !== stemmed) strength.set(s, (strength.get(s) ?? 0) + 1 / Math.max(1, stems.length - 1));
    }
    return [...strength].map(([stem, link]) => ({ stem, link })).sort((a, b) => b.link - a.link);
  }
}

export interface RelatedStem {
  stem: string;
  /** Link strength: 1 for the only other word of a two-word group. */
  link: number;
}

export interface QueryExpansionData {
  thesaurus: Thesaurus;
  concepts: CompiledConcept[];
  /** Field map: right-hand sides are law abbreviations. */
  fields?: CompiledConcept[];
  /** Drafters' framing phrases. */
  framing?: FramingPhrase[];
  /** Kinds of provision: right-hand sides are § title words. */
  roles?: CompiledConcept[];
}

/** A capitalised single word of at least four letters: a noun. */
const NOUN = /^\p{Lu}\p{Ll}{3,}$/u;
/** Nouns that are also endings of other words ("elektron-ische", "wachs-ende"): never a compound head. */
const SUFFIX_NOUNS = new Set(['ende', 'ische']);
let nouns: string[] | undefined;

/**
 * The nouns of the shipped OpenThesaurus, lower-cased: general German that the decompounder may use as compound
 * parts besides the corpus vocabulary, so that "Unterschriftsfeld" splits although the statutes never write "Feld"
 * on its own. Read once; a missing file means none.
 */
export function generalNouns(): string[] {
  if (nouns) return nouns;
  const file = join(THESAURUS_DIR, THESAURUS_FILE);
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const words = dataLines(text).flatMap(([, l]) => l.split('\t')[0]!.split(';'));
  return (nouns = [...new Set(words.filter((w) => NOUN.test(w)).map((w) => w.toLowerCase()).filter((w) => !SUFFIX_NOUNS.has(w)))]);
}

let shipped: QueryExpansionData | undefined;

/** The shipped expansion data, loaded and validated once; a missing file means no expansion of that kind. */
export function shippedExpansion(dir = THESAURUS_DIR): QueryExpansionData {
  if (shipped && dir === THESAURUS_DIR) return shipped;
  const read = (f: string) => (existsSync(join(dir, f)) ? readFileSync(join(dir, f), 'utf8') : '');
  const data = {
    thesaurus: new Thesaurus(parseThesaurus(read(THESAURUS_FILE))),
    concepts: compileConcepts([...parseConcepts(read(CONCEPTS_FILE)), ...parseConcepts(read(WORLD_FILE), WORLD_FILE)]),
    fields: compileConcepts(parseConcepts(read(FIELDS_FILE), FIELDS_FILE)),
    framing: parseFraming(read(FRAMING_FILE)),
    roles: compileConcepts(parseConcepts(read(ROLES_FILE), ROLES_FILE)),
  };
  if (dir === THESAURUS_DIR) shipped = data;
  return data;
}
