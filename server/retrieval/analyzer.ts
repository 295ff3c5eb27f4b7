import { memoByText } from '../memo';
import { Decompounder } from './decompound';
import { conceptWordFactors, conceptWords, fieldLaws, generalNouns, matchedTerms, shippedExpansion, type QueryExpansionData } from './expansion';
import { QUERY_STOP_WORDS, queryStopWordsOf, STOP_WORDS, stem, tokenize } from './normalize';
import { scopeFactors } from './query-scope';
import { SYNONYMS } from './synonyms';
import { TUNING } from './tuning';

/** One analysed term with its weight (1 for the word itself, less for compound parts and synonyms). */
export interface WeightedTerm {
  term: string;
  weight: number;
}

export interface AnalyzerOptions {
  decompound: boolean;
  synonyms: boolean;
  /** Query expansion by the OpenThesaurus groups (default on). */
  thesaurus?: boolean;
  /** Query expansion by the legal-concept map (default on). */
  concepts?: boolean;
  /** Fields of law named by everyday words (default on). */
  fields?: boolean;
  /** Kinds of provision a question asks for (default on). */
  roles?: boolean;
}

/** Shortest query stem looked up as a compound head: shorter ones ("amt", "rat") end too many unrelated words. */
export const MIN_HEAD = 4;
/** Corpus compounds added per query word that the statutes write only as a compound head. */
const MAX_HEAD_COMPOUNDS = 8;
/** Thesaurus stems added per query word at most: a word in many groups would otherwise drown the question. */
const MAX_THESAURUS_STEMS = 12;
/** … for a word the statutes use themselves: only its closest synonyms (the literal word already matches). */
const MAX_KNOWN_THESAURUS_STEMS = TUNING.knownThesaurusFanOut;


/** Prepositions that lay questions use where the statutes write a compound ("Vertrag übers Erbe" = Erbvertrag). */
const SPLIT_COMPOUND_LINKS = new Set(['des', 'der', 'über', 'übers', 'für', 'fürs', 'von', 'vom', 'auf', 'zum', 'zur']);
/** Determiners allowed between the preposition and the modifier ("Kosten für die Hilfe", "Antrag auf meine Rente"). */
const SPLIT_COMPOUND_DETERMINER = /^(?:der|die|das|dem|den|des|ein|eine|einen|einem|einer|eines|(?:m|d|s|ihr|unser|eur)(?:ein)?(?:e|en|em|er|es)?)$/;

/**
 * The compounds a question spells out as "X über/für/von/auf (der) Y": Y joined to X, with the linking forms German
 * compounds use (Erbe → Erb|vertrag, Antrag → Antrags|frist, Behörde → Behörden|leiter). Candidates only, as stems;
 * the caller keeps those the index knows, so a phrase the statutes never compound adds nothing.
 */
export function splitCompoundCandidates(tokens: readonly string[]): { head: string; modifier: string; stems: string[] }[] {
  const out: { head: string; modifier: string; stems: string[] }[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    const head = tokens[i]!;
    if (!SPLIT_COMPOUND_LINKS.has(tokens[i + 1]!) || head.length < 4 || QUERY_STOP_WORDS.has(head) || STOP_WORDS.has(head)) continue;
    const j = SPLIT_COMPOUND_DETERMINER.test(tokens[i + 2]!) ? i + 3 : i + 2;
    const modifier = tokens[j];
    if (!modifier || modifier.length < 3 || /\d/.test(modifier) || QUERY_STOP_WORDS.has(modifier) || STOP_WORDS.has(modifier)) continue;
    const bare = modifier.replace(/(?:es|en|e|n|s)$/, '');
    const fronts = new Set([modifier, `${modifier}s`, `${modifier}n`, bare, `${bare}s`, `${bare}es`, `${bare}en`]);
    const stems = [...fronts].filter((f) => f.length >= 3).map((f) => stem(f + head));
    out.push({ head, modifier, stems: [...new Set(stems)].filter((t) => t !== stem(head) && t !== stem(modifier)) });
  }
  return out;
}

/**
 * The -ung noun of a verb form ("verlängern" → Verlängerung, "prüft" → Prüfung, "gespeichert" via its infinitive),
 * which the stemmer does not bring together: statutes name the act in their titles ("Verlängerung von Fristen"),
 * questions ask with the verb. Candidates only; the caller keeps those the corpus uses.
 */
export function nounsOfVerb(word: string): string[] {
  if (word.length < 5) return [];
  const strong = strongVerbNoun(word);
  if (strong) return [strong];
  const bases = new Set<string>();
  if (/[^e](?:er|el)n$/.test(word)) bases.add(word.slice(0, -1));
  else if (word.endsWith('en')) bases.add(word.slice(0, -2));
  if (word.endsWith('et')) bases.add(word.slice(0, -2));
  else if (word.endsWith('t')) bases.add(word.slice(0, -1));
  // a loanword verb in -ieren often has its noun without the suffix ("quittieren" → Quittung, "installieren" → Installation
  // is beyond this rule): both forms are candidates
  for (const b of [...bases]) if (b.endsWith('ier')) bases.add(b.slice(0, -3));
  return [...bases].filter((b) => b.length >= 3).map((b) => `${b}ung`);
}

/**
 * Strong verbs name their act with the changed stem, not with -ung: "weitergeben"/"weitergibt" → Weitergabe,
 * "annehmen" → Annahme, "entgegennehmen" → Entgegennahme, "entziehen" → Entzug. Only with a prefix or particle
 * before the stem: the bare verb's noun ("Gabe", "Nahme") is no statute word.
 */
const STRONG_NOUNS: [RegExp, string][] = [
  [/^(\p{L}{2,}?)(?:ge)?(?:geben|gibt|gab|gegeben)$/u, 'gabe'],
  [/^(\p{L}{2,}?)(?:ge)?(?:nehmen|nimmt|nahm|genommen)$/u, 'nahme'],
  [/^(\p{L}{2,}?)(?:ge)?(?:ziehen|zieht|zog|gezogen)$/u, 'zug'],
];

function strongVerbNoun(word: string): string | null {
  for (const [re, noun] of STRONG_NOUNS) {
    const m = re.exec(word);
    // "zu" inside a separable verb's zu-infinitive ("anzunehmen") belongs to the form, not to the prefix
    if (m) return `${m[1]!.replace(/(?<=\p{L}{2})zu$/u, '')}${noun}`;
  }
  return null;
}

/** Inseparable prefixes that turn a verb into its legal sibling: "weigern" → verweigern, "lehnen" → ablehnen is no such case. */
const VERB_PREFIXES = ['ver', 'be', 'er', 'ent'];

/**
 * The prefixed verbs of a question verb ("weigern" → "verweigern"): statutes use the prefixed form, lay questions
 * often the bare one. Candidates only; the caller keeps those the corpus uses and asks only for rare bare verbs,
 * since common ones ("halten", "stehen") have many prefixed verbs of other meaning.
 */
export function prefixedVerbs(word: string): string[] {
  if (word.length < 5 || !/(?:ern|eln|en)$/.test(word) || VERB_PREFIXES.some((p) => word.startsWith(p))) return [];
  return VERB_PREFIXES.map((p) => `${p}${word}`);
}

/** The stem of a verb form in -t or -et ("ersetzt" → ersetz, "verwendet" → verwend). */
const tFormStem = (word: string) => word.slice(0, word.endsWith('et') ? -2 : -1);

/** Infinitive candidate of a verb form in -t or -et (3rd person or participle without "ge": "ersetzt", "verwendet"). */
export function infinitiveOfTForm(word: string): string | null {
  if (word.length < 6 || !word.endsWith('t')) return null;
  return `${tFormStem(word)}en`;
}

/** Separable particles before the "ge" of a past participle ("zu-ge-stellt", "bereit-ge-stellt"). */
const PARTICIPLE = /^(ab|an|auf|aus|bei|bereit|dar|ein|fest|fort|frei|her|hin|mit|nach|statt|teil|um|vor|weg|wieder|zu|zurück|zusammen)?ge(\p{L}{3,}?)e?t(e|en|er|es|em)?$/u;

/** Infinitive of a past participle ("gekündigt" → "kündigen"), so that it meets the noun and verb forms. */
export function participleBase(word: string): string | null {
  const m = PARTICIPLE.exec(word);
  return m ? `${m[1] ?? ''}${m[2]}en` : null;
}

/** Strong past participles: "ge" after an optional particle, or an inseparable prefix, then the changed stem and -en. */
const STRONG_PARTICIPLE = /^((?:ab|an|auf|aus|bei|ein|fest|fort|her|hin|mit|nach|um|vor|weg|wieder|zu|zurück)?ge|ver|be|ent|er|zer)(\p{L}{3,}?)en$/u;
const ZU_INFINITIVE = /^(ab|an|auf|aus|bei|ein|fest|fort|her|hin|mit|nach|um|vor|weg|wieder|zurück)zu(\p{L}{3,}en)$/u;
/** Vowel changes back to the infinitive: gebrochen → brechen, geschrieben → schreiben, gefunden → finden, geflogen → fliegen. */
const ABLAUT: [RegExp, string][] = [[/o/, 'e'], [/ie/, 'ei'], [/u/, 'i'], [/o/, 'ie'], [/^/, '']];

/**
 * Infinitive candidates of a strong participle ("versprochen" → versprechen, "aufgebrochen" → aufbrechen) and of a
 * zu-infinitive ("anzunehmen" → annehmen), which neither the stemmer nor participleBase joins to the verb: its
 * synonyms ("Zusicherung") and its -ung noun are keyed by the infinitive. Candidates only; the caller keeps those it
 * knows.
 */
export function strongParticipleBases(word: string): string[] {
  // the zu-infinitive of a separable verb ("anzunehmen", "abzugeben") is its infinitive with "zu" inside
  const zu = ZU_INFINITIVE.exec(word);
  if (zu) return [`${zu[1]}${zu[2]}`];
  const m = STRONG_PARTICIPLE.exec(word);
  if (!m) return [];
  const prefix = m[1]!.endsWith('ge') ? m[1]!.slice(0, -2) : m[1]!;
  const out = new Set<string>();
  for (const [from, to] of ABLAUT) {
    const base = `${prefix}${m[2]!.replace(from, to)}en`;
    if (base !== word) out.add(base);
  }
  return [...out];
}

/**
 * Endings a stemmer may leave on a word besides the -t/-et of a verb form (`tFormStem`): the second person -st,
 * feminine and plural nouns.
 */
const INFLECTIONS = /(?:innen|in|st|s|e)$/;

/**
 * The word without such an ending, and that base as an infinitive ("schickt" → schick, schicken). A word in -st is
 * read as a second person ("schickst"), not as the -t form of a stem in s, unlike `infinitiveOfTForm` ("erfasst").
 */
function inflectionBases(word: string): string[] {
  const base = word.endsWith('t') && !word.endsWith('st') ? tFormStem(word) : word.replace(INFLECTIONS, '');
  return base === word || base.length < 3 ? [] : [base, `${base}en`, `${base}n`];
}

const isIndexable = (w: string) => !STOP_WORDS.has(w) && (w.length > 1 || /\d/.test(w));

/** Surface words eligible as decompounding dictionary entries. */
export function isDictionaryWord(w: string, count: number): boolean {
  return count >= 2 && w.length >= 3 && !STOP_WORDS.has(w) && /^\p{L}+$/u.test(w);
}

/**
 * German analysis shared by indexing and querying: tokens → stop words out → Snowball stem (folded) →
 * compound parts from the corpus dictionary. Queries additionally drop question scaffolding and add
 * domain synonyms.
 */
export class Analyzer {
  private readonly decompounder: Decompounder;
  /**
   * Splits with general German nouns too, asked only for words the corpus vocabulary cannot split
   * ("Unterschriftsfeld" although the statutes never write "Feld" alone); its parts weigh less.
   */
  private readonly generalDecompounder?: Decompounder;
  private readonly nouns = new Set<string>();
  private readonly dictionary: ReadonlySet<string>;
  /** Index-side terms by surface word (cached: the corpus repeats its vocabulary a lot). */
  private readonly surfaceTerms = memoByText((word: string) => this.termsOf(word), 300_000);

  constructor(
    dictionary: ReadonlySet<string>,
    readonly options: AnalyzerOptions = { decompound: true, synonyms: true },
    private expansion?: QueryExpansionData,
  ) {
    this.decompounder = new Decompounder(dictionary);
    this.dictionary = dictionary;
    if (options.decompound) {
      this.nouns = new Set(generalNouns());
      this.generalDecompounder = new Decompounder(new Set([...dictionary, ...this.nouns]));
    }
  }

  /** Expansion data are loaded on the first query (or by prepareQueries): index building never needs them. */
  private get expansionData(): QueryExpansionData {
    return (this.expansion ??= shippedExpansion());
  }

  /**
   * Loads the expansion data and builds the concept lookups now, so that the first question of a server does not
   * wait for them (a few hundred ms that every client asking at the same moment would wait for too).
   */
  prepareQueries(): void {
    if (this.options.thesaurus === false && this.options.concepts === false && this.options.fields === false) return;
    conceptWords(this.expansionData.concepts, []);
    fieldLaws(this.expansionData.fields ?? [], []);
  }

  /**
   * Words of the typed question that count less than 1: negated ones and the drafter's framing (query-scope.ts).
   * Read from the raw text: the scope needs its capitals and parentheses, which the searched text has lost. Once
   * per question: the field map and every search of a chat turn (laws, then guidance) ask for the same text.
   */
  readonly scopeFactors: (text: string) => ReadonlyMap<string, number> = memoByText((text) =>
    scopeFactors(text, this.expansionData.framing ?? [], {
      negated: TUNING.negatedWeight,
      excluded: 0,
      framing: TUNING.framingWeight,
      story: TUNING.storyWeight,
      storyMinAskedWords: TUNING.storyMinAskedWords,
    }),
  );

  /**
   * Laws whose field of law the question's everyday words name ("Finanzamt" → AO), from the shipped field map;
   * words of an aside that excludes a matter ("(…, nicht Steuer- oder Sozialrecht)") name no field.
   */
  fieldLaws(text: string): string[] {
    const fields = this.options.fields === false ? undefined : this.expansionData.fields;
    if (!fields?.length) return [];
    const factors = this.scopeFactors(text);
    return fieldLaws(fields, tokenize(text).filter((w) => factors.get(w) !== 0));
  }

  /**
   * § title words of the kinds of provision the question asks for ("wer regelt die Einzelheiten" →
   * Verordnungsermächtigung), from the shipped kinds map; an excluding aside asks for none.
   */
  roleTitles(text: string): string[] {
    const roles = this.options.roles === false ? undefined : this.expansionData.roles;
    if (!roles?.length) return [];
    const factors = this.scopeFactors(text);
    return matchedTerms(roles, tokenize(text).filter((w) => factors.get(w) !== 0));
  }

  /**
   * Parts of a compound whose head is a general noun. The head decides the word class: a noun compound
   * ("Unterschrifts|feld") names a thing by its parts; an adjective ("barriere|frei") would add a common word.
   */
  private nounCompoundParts(word: string): string[] {
    const parts = this.generalDecompounder?.split(word);
    const head = parts?.at(-1);
    if (!parts || !head) return [];
    // the head carries the inflection: "…felder", "…zeilen" (of "Zeile")
    const bases = [head, head.replace(/(?:ern|er|en|es|e|s)$/, ''), head.replace(/n$/, '')];
    return bases.some((b) => this.nouns.has(b)) ? parts : [];
  }

  /** Index-side terms of one surface word. */
  analyzeWord(word: string): WeightedTerm[] {
    return this.surfaceTerms(word);
  }

  private termsOf(word: string): WeightedTerm[] {
    const out: WeightedTerm[] = [];
    if (isIndexable(word)) {
      out.push({ term: stem(word), weight: 1 });
      const parts = this.options.decompound ? this.decompounder.split(word) : null;
      if (parts) for (const p of parts) out.push({ term: stem(p), weight: TUNING.partWeight });
      else for (const p of this.nounCompoundParts(word)) out.push({ term: stem(p), weight: TUNING.generalPartWeight });
      const base = participleBase(word);
      if (base && stem(base) !== out[0]!.term) out.push({ term: stem(base), weight: TUNING.partWeight });
      // "ersetzt", "erteilt", "verwendet": the stemmer keeps the -t form apart from its infinitive ("ersetzen"), so a
      // question "Wie ersetze ich …" missed "… kann ersetzt werden"; only infinitives the corpus itself uses count
      else {
        const inf = infinitiveOfTForm(word);
        if (inf && this.dictionary.has(inf) && stem(inf) !== out[0]!.term) out.push({ term: stem(inf), weight: TUNING.partWeight });
      }
    }
    return out;
  }

  /**
   * Index terms that are compounds with this stem as their head ("zaun" → bauzaun: the statutes write "Bauzäune", never
   * "Zaun" alone), the commonest first. Only compounds whose remaining front is a modifier the decompounder knows
   * count, so that a head inside an unrelated word ("lage" in "anlage") does not. `terms` may be only the index terms
   * with the head's last MIN_HEAD letters.
   */
  compoundsWithHead(head: string, terms: readonly string[], idf: (term: string) => number): string[] {
    if (!this.options.decompound || head.length < MIN_HEAD) return [];
    return terms
      .filter((t) => t.length >= head.length + 3 && t.endsWith(head) && this.decompounder.isModifier(t.slice(0, -head.length)))
      .sort((a, b) => idf(a) - idf(b))
      .slice(0, MAX_HEAD_COMPOUNDS);
  }

  /**
   * Whether a query word is one the index cannot match in any way: its stem unknown, no compound parts or verb base,
   * no thesaurus group. Only such a word is a spelling-correction candidate.
   */
  isUnmatchable(word: string, known: (term: string) => boolean): boolean {
    if (QUERY_STOP_WORDS.has(word)) return false;
    const matchable = (w: string) => {
      const analysed = this.analyzeWord(w);
      if (analysed.length !== 1 || known(analysed[0]!.term)) return true;
      return this.options.thesaurus !== false && this.expansionData.thesaurus.ranked(analysed[0]!.term).length > 0;
    };
    // an inflected form of a word the index knows is no slip ("schickt", "Nachbarin", "Kameras", "aufgeschrieben")
    return !matchable(word) && ![...inflectionBases(word), ...strongParticipleBases(word)].some(matchable);
  }

  /**
   * Query terms with weights; the same term keeps its highest weight. `known` tells whether the index has a
   * term: a compound the corpus never uses ("Schriftformerfordernis") is represented by its parts alone.
   * `expansions` are statute terms from elsewhere (a model's rewrite), weighted like the concept map. `idf` (the
   * index's) tells how rare a known term is: only rare ones get thesaurus synonyms. `corrections` are the vocabulary
   * words misspelt query words were corrected to, weighted below the typed words. `factors` (from `scopeFactors`)
   * scale a negated or framing word with everything it expands to; 0 drops it. `headCompounds` (from
   * `compoundsWithHead`) gives the corpus compounds of a word the statutes never write alone.
   */
  analyzeQuery(
    text: string,
    known: (term: string) => boolean = () => true,
    expansions: string[] = [],
    idf?: (term: string) => number,
    corrections: string[] = [],
    factors: ReadonlyMap<string, number> = new Map(),
    headCompounds: (term: string) => string[] = () => [],
  ): WeightedTerm[] {
    const weights = new Map<string, number>();
    const put = (t: string, w: number) => {
      if ((weights.get(t) ?? 0) < w) weights.set(t, w);
    };
    const tokens = tokenize(text);
    const stopWords = queryStopWordsOf(tokens);
    const words = tokens.filter((w) => !stopWords.has(w));
    const useThesaurus = this.options.thesaurus !== false;
    // the infinitive of a strong participle is searched as a word of its own, below the typed form
    const verbOf = (w: string) =>
      strongParticipleBases(w).filter((b) => known(stem(b)) || (useThesaurus && this.expansionData.thesaurus.ranked(stem(b)).length > 0));
    const searched: [string, number][] = words.flatMap((w) => {
      const f = factors.get(w) ?? 1;
      return f === 0 ? [] : [[w, f], ...verbOf(w).map((b): [string, number] => [b, f * TUNING.participleVerbWeight])];
    });
    for (const [word, factor] of searched) {
      const analysed = this.analyzeWord(word);
      const wholeKnown = analysed.length > 0 && known(analysed[0]!.term);
      for (const { term, weight } of analysed) {
        // a split by general nouns helps a question compound the statutes never use; one they use matches literally,
        // and its general parts would only add noise ("Feuerwehr" → "Wehr")
        if (weight === TUNING.generalPartWeight && wholeKnown) continue;
        const w = factor * (weight === 1 ? 1 : wholeKnown ? TUNING.queryPartWeight : TUNING.unknownCompoundPartWeight);
        put(term, w);
        if (this.options.synonyms) for (const s of SYNONYMS.get(term) ?? []) put(s, TUNING.synonymWeight * w);
        if (weight === 1 && TUNING.verbNounWeight > 0)
          for (const noun of nounsOfVerb(participleBase(word) ?? word)) {
            const n = stem(noun);
            // a verb the statutes never use ("quittieren") is carried by its noun alone, as an unknown compound by its parts
            if (n !== term && known(n)) put(n, (wholeKnown ? TUNING.verbNounWeight : TUNING.unknownVerbNounWeight) * w);
          }
        // a lay noun the statutes use only or mostly inside compounds ("Zaun" → Bauzaun, Grenzzaun): its compounds, below the
        // typed word, since a compound is narrower than its head
        if (weight === 1 && (!wholeKnown || (idf !== undefined && idf(term) >= TUNING.headCompoundMinIdf))) {
          const compounds = headCompounds(term);
          // a word the statutes write alone more often than in these compounds ("Wand", "Standard") keeps its own sense:
          // its compounds (Brandwand, Sicherheitsstandard) would only reorder §§ that already match it
          const share = (t: string) => Math.exp(-idf!(t));
          const mostlyCompounded = !wholeKnown || compounds.reduce((sum, c) => sum + share(c), 0) > share(term);
          if (mostlyCompounded) for (const c of compounds) put(c, TUNING.headCompoundWeight * w);
        }
        // "weigern" → verweigern, Verweigerung: only for a bare verb the statutes rarely or never use
        if (weight === 1 && (!wholeKnown || (idf !== undefined && idf(term) >= TUNING.prefixedVerbMinIdf)))
          for (const verb of prefixedVerbs(word))
            for (const form of [verb, ...nounsOfVerb(verb)]) {
              const p = stem(form);
              if (p !== term && known(p)) put(p, TUNING.prefixedVerbWeight * w);
            }
        // general-language synonyms, below the typed word: for a word the statutes do not use ("Kuli", "Chef") its
        // group carries the question; for a word they use rarely only its closest few ("korrigieren" → berichtigen);
        // for their common words ("Zustellung", "Antrag") none: there a broad group adds noise ("zustellen" =
        // "versperren"), not recall
        const rare = wholeKnown && idf !== undefined && idf(term) >= TUNING.knownThesaurusMinIdf;
        if (useThesaurus && weight === 1 && (!wholeKnown || rare)) {
          const [limit, base] = wholeKnown ? [MAX_KNOWN_THESAURUS_STEMS, TUNING.knownThesaurusWeight] : [MAX_THESAURUS_STEMS, TUNING.thesaurusWeight];
          let n = 0;
          for (const { stem: s, link } of this.expansionData.thesaurus.ranked(term)) {
            if (n >= limit) break;
            if (s.length < 4 || STOP_WORDS.has(s)) continue;
            const sw = base * w * (wholeKnown ? Math.min(1, link * TUNING.thesaurusLinkScale) : 1);
            // the -ung noun of a synonym verb names the act as statute titles do ("heiraten" → trauen → Trauung),
            // also when the statutes never use the verb itself
            let derived = false;
            for (const verb of this.expansionData.thesaurus.verbsOf(s))
              for (const noun of nounsOfVerb(verb)) {
                const ns = stem(noun);
                if (ns !== s && ns !== term && known(ns)) {
                  put(ns, sw * TUNING.synonymNounWeight);
                  derived = true;
                }
              }
            if (known(s)) put(s, sw);
            else if (!derived) continue;
            n++;
          }
        }
      }
    }
    // everyday phrases of the question ("per Mail", "Hackerangriff") → the statute's own terms; a phrase may hold
    // words that are no search words on their own ("warum abgelehnt", "wie weit")
    const added = new Map(this.options.concepts !== false ? conceptWordFactors(this.expansionData.concepts, tokens, factors) : []);
    for (const w of expansions.flatMap((e) => tokenize(e))) added.set(w, 1);
    for (const [w, f] of added) {
      const whole = this.analyzeWord(w)[0];
      if (whole && f > 0) put(whole.term, TUNING.conceptWeight * f);
    }
    for (const w of corrections)
      for (const { term, weight } of this.analyzeWord(w)) put(term, TUNING.typoWeight * (weight === 1 ? 1 : TUNING.queryPartWeight));
    // "Vertrag übers Erbe" → Erbvertrag: the compound the statutes use for a phrase the question spells out, below the
    // typed words (it is a reading of them, and the phrase's words still match on their own)
    if (this.options.decompound)
      for (const { head, modifier, stems } of splitCompoundCandidates(tokens)) {
        const f = Math.min(factors.get(head) ?? 1, factors.get(modifier) ?? 1);
        for (const t of stems) if (f > 0 && known(t)) put(t, TUNING.splitCompoundWeight * f);
      }
    return [...weights].map(([term, weight]) => ({ term, weight }));
  }
}
