import type { SearchHit } from '../contracts/search';
import { memoByText } from '../memo';
import { Analyzer, MIN_HEAD, type AnalyzerOptions, type WeightedTerm } from './analyzer';
import { parseCitations, parseSectionRefs } from './citations';
import { feedbackTerms, isFeedbackQuery } from './feedback';
import { displayText, EXCERPT_GAP_TEXT, type IndexData, type SectionRecord } from './index-data';
import { LawTextPrior } from './law-prior';
import { borrowedLaws, isJurisdictionWord, lawNameTable, mentionedAreas, mentionedAuthorityJurisdictions, mentionedJurisdictions, nameKey, type LawNameTable } from './law-names';
import { stem, tokenize } from './normalize';
import { askedField, parallelGroups, type LawField, type ParallelGroup } from './parallel-laws';
import { PARALLELS } from './parallels';
import { reorderWithinLaws, SiblingWeights } from './sibling-order';
import { MIN_CORRECTED_LENGTH, SpellingCorrector } from './spelling';
import { TUNING } from './tuning';

/** Analysis switches plus the query-side features, each switchable for the evaluation's ablations. */
export interface EngineOptions extends AnalyzerOptions {
  citations?: boolean;
  lawBoost?: boolean;
}

export interface SearchOptions {
  k?: number;
  /** Restrict to these laws (abbreviations, any spelling the name table knows). */
  laws?: string[];
  kinds?: ('law' | 'guidance')[];
  /** Statute terms that stand for the question's words (a model's rewrite), weighted below the typed words. */
  expansions?: string[];
}

/** Cited provisions rank above every lexical hit: scores CITATION_SCORE, CITATION_SCORE - 1, … (at most MAX_K hits). */
const CITATION_SCORE = 1000;
/** Analysed queries kept (least recently used dropped first). */
const QUERY_CACHE_SIZE = 2000;
/** Display texts of units kept (oldest dropped first). */
const TEXT_CACHE_SIZE = 5000;
const MAX_K = 200;
/** How far the § of the asked field is placed above the best of its parallel group: just ahead, no further. */
const PARALLEL_LEAD = 1e-3;

/** Whether a hit's score marks it as a provision cited in the query. */
export function isCitationScore(score: number): boolean {
  return score > CITATION_SCORE - MAX_K;
}
/** "§§ 9 ff." – how many following provisions "ff." pulls in. */
const FOLLOWING = { f: 1, ff: 2 } as const;

const decoder = new TextDecoder();

/** Query evaluation over one IndexData: citations first, then BM25F over Absätze, best Absatz per §. */
export class SearchEngine {
  readonly names: LawNameTable;
  private readonly analyzer: Analyzer;
  private readonly termIds: Map<string, number>;
  private readonly sectionKey = new Map<string, number>();
  private readonly lawByAbbr = new Map<string, number>();
  private readonly scores: Float32Array;
  /** Per unit: how many of the question's typed words it holds (coverage, see `coverageWeight`). */
  private readonly coverage: Float32Array;
  private readonly touched: Int32Array;
  private readonly sectionBest: Float32Array;
  private readonly sectionUnit: Int32Array;
  private readonly lawFirstSection: Int32Array;
  /** Law-title field: term → laws whose title, abbreviation or keywords contain it, with the term's idf over laws. */
  private readonly lawTitleTerms = new Map<string, { laws: number[]; weights: number[]; idf: number }>();
  private readonly lawScore: Float32Array;
  /** Per-query law multiplier (0 = law excluded by the search's restriction). */
  private readonly lawMult: Float32Array;
  private readonly unitLaw: Int32Array;
  /** Per-law multiplier: a uniform prior over laws rather than over §§, so that the BGB or AO do not win by size. */
  private readonly lawPrior: Float32Array;
  /** Units that stand for a § whose text the excerpt lacks (indexed by title only). */
  private readonly gapUnit: Uint8Array;
  /** Title-only excerpt §§ and the federal § they are modelled on (section indexes). */
  private readonly parallels: [number, number][] = [];
  /** Best score of each § before the law-level multipliers (what a parallel § borrows). */
  private readonly sectionBase: Float32Array;
  private readonly lawTextPrior: LawTextPrior;
  /** Each term's weight among the §§ of its law (sibling-order.ts). */
  private readonly siblingWeights: SiblingWeights;
  /** Per unit and per §: the score with those weights (sibling score), which orders the §§ of one law. */
  private readonly siblingScores: Float32Array;
  private readonly sectionSibling: Float32Array;
  /** §§ of parallel laws with the same title (parallel-laws.ts). */
  private readonly parallelGroups: ParallelGroup[];

  constructor(
    readonly data: IndexData,
    private readonly options: EngineOptions = { decompound: data.decompound, synonyms: true },
  ) {
    this.analyzer = new Analyzer(new Set(data.dictionary), options);
    this.analyzer.prepareQueries();
    this.termIds = new Map(data.terms.map((t, i) => [t, i]));
    this.names = lawNameTable(data.laws);
    data.laws.forEach((l, i) => {
      // the federal corpus has a few abbreviations twice (historic versions); the first one answers citations
      if (!this.lawByAbbr.has(nameKey(l.abbreviation))) this.lawByAbbr.set(nameKey(l.abbreviation), i);
    });
    data.sections.forEach((s, i) => {
      const key = `${s.law}|${sectionKeyOf(s.label)}`;
      if (!this.sectionKey.has(key)) this.sectionKey.set(key, i);
    });
    const N = data.unitSection.length;
    this.scores = new Float32Array(N);
    this.coverage = new Float32Array(N);
    this.touched = new Int32Array(N);
    this.sectionBest = new Float32Array(data.sections.length);
    this.sectionUnit = new Int32Array(data.sections.length).fill(-1);
    this.lawFirstSection = new Int32Array(data.laws.length).fill(-1);
    data.sections.forEach((s, i) => {
      if (this.lawFirstSection[s.law] === -1) this.lawFirstSection[s.law] = i;
    });
    this.lawScore = new Float32Array(data.laws.length);
    this.lawMult = new Float32Array(data.laws.length);
    this.unitLaw = Int32Array.from(data.unitSection, (sec) => data.sections[sec]!.law);
    const sectionsPerLaw = new Uint32Array(data.laws.length);
    for (const sec of data.sections) sectionsPerLaw[sec.law]!++;
    this.lawPrior = Float32Array.from(data.laws, (_, i) => Math.max(1, sectionsPerLaw[i]!) ** -TUNING.lawSizePrior);
    this.gapUnit = new Uint8Array(N);
    data.sections.forEach((sec) => {
      if (sec.count === 1 && data.laws[sec.law]!.excerpt && this.text(sec.first) === EXCERPT_GAP_TEXT) this.gapUnit[sec.first] = 1;
    });
    this.sectionBase = new Float32Array(data.sections.length);
    const unitsPerLaw = new Float32Array(data.laws.length);
    for (const law of this.unitLaw) unitsPerLaw[law]!++;
    this.lawTextPrior = new LawTextPrior(unitsPerLaw, N, TUNING.lawTextPriorMu);
    const textSectionsPerLaw = new Float32Array(data.laws.length);
    for (const sec of data.sections) if (sec.count > 0) textSectionsPerLaw[sec.law]!++;
    this.siblingWeights = new SiblingWeights(textSectionsPerLaw, data.sections.length, TUNING.siblingMu);
    this.siblingScores = new Float32Array(N);
    this.sectionSibling = new Float32Array(data.sections.length);
    for (const [land, landSec, fed, fedSec] of PARALLELS) {
      const [l, f] = [this.lawIndex(land), this.lawIndex(fed)];
      const gap = l === undefined ? undefined : this.section(l, landSec);
      const model = f === undefined ? undefined : this.section(f, fedSec);
      if (gap !== undefined && model !== undefined && this.gapUnit[data.sections[gap]!.first]) this.parallels.push([gap, model]);
    }
    this.parallelGroups = parallelGroups(data.sections, data.laws.map((l) => l.abbreviation));
    // term → law → weight: the title counts fully, the manifest's subject keywords less (they are broader)
    const lawTerms = new Map<string, Map<number, number>>();
    const addTerms = (text: string, law: number, weight: number) => {
      for (const w of tokenize(text))
        for (const { term } of this.analyzer.analyzeWord(w)) {
          const laws = lawTerms.get(term) ?? new Map<number, number>();
          laws.set(law, Math.max(laws.get(law) ?? 0, weight));
          lawTerms.set(term, laws);
        }
    };
    data.laws.forEach((l, i) => {
      addTerms(`${l.title} ${l.abbreviation}`, i, 1);
      addTerms((l.keywords ?? []).join(' '), i, TUNING.lawKeywordWeight);
    });
    const L = data.laws.length;
    for (const [term, laws] of lawTerms)
      this.lawTitleTerms.set(term, { laws: [...laws.keys()], weights: [...laws.values()], idf: Math.log(1 + (L - laws.size + 0.5) / (laws.size + 0.5)) });
  }

  lawIndex(name: string): number | undefined {
    const direct = this.lawByAbbr.get(nameKey(name));
    if (direct !== undefined) return direct;
    const abbr = this.names.resolve(name);
    return abbr === undefined ? undefined : this.lawByAbbr.get(nameKey(abbr));
  }

  section(law: number, label: string): number | undefined {
    return this.sectionKey.get(`${law}|${sectionKeyOf(label)}`);
  }

  /** Display text of a unit; the cleaned texts of recent hits are kept (answers keep quoting the same Absätze). */
  text(unit: number): string {
    const cached = this.textCache.get(unit);
    if (cached !== undefined) return cached;
    const text = displayText(decoder.decode(this.data.textBlob.subarray(this.data.textOffsets[unit], this.data.textOffsets[unit + 1])));
    if (this.textCache.size >= TEXT_CACHE_SIZE) this.textCache.delete(this.textCache.keys().next().value!);
    this.textCache.set(unit, text);
    return text;
  }

  private readonly textCache = new Map<number, string>();

  hit(unit: number, score: number): SearchHit {
    const sec = this.data.sections[this.data.unitSection[unit]!]!;
    const law = this.data.laws[sec.law]!;
    const para = this.data.unitPara[unit] ?? '';
    const isLaw = law.kind === 'law';
    const ref = isLaw && para ? `${sec.label} Abs. ${para}` : sec.label;
    return {
      law: law.abbreviation,
      ref,
      title: sec.title,
      text: this.text(unit),
      score: Math.round(score * 1000) / 1000,
      lawTitle: law.title,
      ...(law.stand ? { stand: law.stand } : {}),
      jurisdiction: law.jurisdiction,
      kind: law.kind,
      ...(law.excerpt ? { excerpt: true } : {}),
      section: sec.label,
      ...(para ? { paragraph: para } : {}),
    };
  }

  search(query: string, opts: SearchOptions = {}): SearchHit[] {
    const k = Math.max(1, Math.min(opts.k ?? 10, MAX_K));
    const allowed = this.allowedLaws(opts);
    const { units: cited, rest } = this.options.citations === false ? { units: [], rest: query } : this.citedUnits(query, allowed);
    const hits: SearchHit[] = cited.slice(0, k).map((u, i) => this.hit(u, CITATION_SCORE - i));
    if (hits.length >= k) return hits;
    const citedSections = new Set(cited.map((u) => this.data.unitSection[u]!));
    const onlyGuidance = opts.kinds?.length === 1 && opts.kinds[0] === 'guidance';
    const qterms = this.queryTermsOf(rest, opts.expansions ?? []);
    let lexical = this.lexical(rest, allowed, k - hits.length, citedSections, onlyGuidance, qterms);
    // a lay question without citation: the best §§ of a first pass lend it their vocabulary (feedback.ts)
    if (cited.length === 0 && TUNING.feedbackWeight > 0 && isFeedbackQuery(query, this.names)) {
      const first = k - hits.length >= TUNING.feedbackDocs ? lexical : this.lexical(rest, allowed, TUNING.feedbackDocs, citedSections, onlyGuidance, qterms);
      const extra = feedbackTerms(
        first.slice(0, TUNING.feedbackDocs).map(([u, s]) => ({ terms: this.unitTerms(u), score: s })),
        new Set(qterms.map((t) => t.term)),
        this.termIdf,
      );
      if (extra.length > 0) lexical = this.lexical(rest, allowed, k - hits.length, citedSections, onlyGuidance, [...qterms, ...extra]);
    }
    return [...hits, ...lexical.map(([u, s]) => this.hit(u, s))];
  }

  private allowedLaws(opts: SearchOptions): Uint8Array | null {
    if (!opts.laws?.length && !opts.kinds?.length) return null;
    const mask = new Uint8Array(this.data.laws.length);
    const wanted = opts.laws?.length ? new Set(opts.laws.map((l) => this.lawIndex(l)).filter((i) => i !== undefined)) : null;
    this.data.laws.forEach((l, i) => {
      if ((!wanted || wanted.has(i)) && (!opts.kinds?.length || opts.kinds.includes(l.kind))) mask[i] = 1;
    });
    return mask;
  }

  /**
   * The law named by a longer phrase that starts with the word the citation grammar took as the law name
   * ("§ 5 des Niedersächsischen Verwaltungsverfahrensgesetzes"), up to the next § sign.
   */
  private lawNamedFrom(query: string, word: string): number | undefined {
    const at = query.indexOf(word);
    if (at < 0) return undefined;
    const end = query.indexOf('§', at);
    const named = this.names.mentioned(query.slice(at, end < 0 ? undefined : end));
    return named.length === 1 ? this.lawIndex(named[0]!) : undefined;
  }

  /** Units of provisions cited in the query (cited Absatz first), and the query with resolved citations removed. */
  private citedUnits(query: string, allowed: Uint8Array | null): { units: number[]; rest: string } {
    const firsts: number[] = [];
    const others: number[] = [];
    let rest = query;
    const citations = parseCitations(query);
    const resolved: { law: number; section: string; paragraph?: string; following?: 'f' | 'ff'; inList?: true }[] = [];
    for (const c of citations) {
      const law = this.lawIndex(c.law) ?? this.lawNamedFrom(query, c.law);
      if (law === undefined || (allowed && !allowed[law])) continue;
      rest = rest.replace(c.law, ' ');
      resolved.push({ ...c, law });
    }
    // "Niedersächsisches Gesetz über digitale Verwaltung § 4": the § belongs to the law the query names in words
    if (resolved.length === 0 && this.options.lawBoost !== false) {
      const refs = parseSectionRefs(query);
      if (refs.length > 0)
        for (const abbr of this.names.mentioned(query)) {
          const law = this.lawIndex(abbr);
          if (law !== undefined && (!allowed || allowed[law])) for (const r of refs) resolved.push({ ...r, law });
        }
    }
    // a provision cited alone ranks before the members of a cited list or range ("gelten §§ 89 bis 93 nach § 88?")
    const ordered = [...resolved.filter((c) => !c.inList && !c.following), ...resolved.filter((c) => c.inList || c.following)];
    for (const c of ordered) {
      const law = c.law;
      let sec = this.section(law, c.section);
      if (sec === undefined) continue;
      const secs = [sec];
      for (let n = 0; n < (c.following ? FOLLOWING[c.following] : 0); n++) {
        sec++;
        if (sec >= this.data.sections.length || this.data.sections[sec]!.law !== law) break;
        secs.push(sec);
      }
      for (const s of secs) {
        const rec = this.data.sections[s]!;
        if (rec.count === 0) continue;
        const units = Array.from({ length: rec.count }, (_, i) => rec.first + i);
        const lead = (s === secs[0] && c.paragraph && units.find((u) => this.data.unitPara[u] === c.paragraph)) || units[0]!;
        firsts.push(lead);
        others.push(...units.filter((u) => u !== lead));
      }
    }
    // the § numbers of any citation are no search words, even when its law is not in the corpus
    if (citations.length > 0 || resolved.length > 0) rest = rest.replace(/(?:§§?|Paragra(?:f|ph)(?:en)?|Art(?:ikel|\.)?)\s*[\d\s,a-z.]*(?:Abs(?:atz|\.)?\s*\d+[a-z]?)?/g, ' ');
    const seen = new Set<number>();
    const units = [...firsts, ...others].filter((u) => !seen.has(u) && seen.add(u));
    return { units, rest };
  }

  /**
   * Analysed query terms, cached: the chat searches each question twice (laws, then guidance) and users repeat
   * questions; analysis with thesaurus and concept map costs more than scoring on the shipped corpus.
   */
  private queryTerms(text: string, expansions: string[], corrections: string[], factors: ReadonlyMap<string, number> = new Map()): WeightedTerm[] {
    const scoped = [...factors].map(([w, f]) => `${w}=${f}`).join('\u0001');
    const key = expansions.length || corrections.length || scoped ? `${text}\u0000${expansions.join('\u0001')}\u0000${corrections.join('\u0001')}\u0000${scoped}` : text;
    const cached = this.queryCache.get(key);
    if (cached) {
      // least recently used goes first: re-insert on a hit
      this.queryCache.delete(key);
      this.queryCache.set(key, cached);
      return cached;
    }
    const terms = this.analyzer.analyzeQuery(text, this.isKnownTerm, expansions, this.termIdf, corrections, factors, this.headCompounds);
    if (this.queryCache.size >= QUERY_CACHE_SIZE) this.queryCache.delete(this.queryCache.keys().next().value!);
    this.queryCache.set(key, terms);
    return terms;
  }

  private readonly queryCache = new Map<string, WeightedTerm[]>();
  private readonly isKnownTerm = (t: string) => this.termIds.has(t);
  /** Index terms by their last MIN_HEAD letters, built at the first lookup: a head is looked up among its bucket only. */
  private termsByEnding?: Map<string, string[]>;
  /** Compounds of the index with a question word as head, once per word. */
  private readonly headCompounds = memoByText((t: string) => {
    if (!this.termsByEnding) {
      this.termsByEnding = new Map();
      for (const term of this.data.terms) {
        const end = term.slice(-MIN_HEAD);
        const list = this.termsByEnding.get(end);
        if (list) list.push(term);
        else this.termsByEnding.set(end, [term]);
      }
    }
    return this.analyzer.compoundsWithHead(t, this.termsByEnding.get(t.slice(-MIN_HEAD)) ?? [], this.termIdf);
  }, 50_000);
  private readonly termIdf = (t: string) => {
    const id = this.termIds.get(t);
    return id === undefined ? Infinity : this.data.idf[id]!;
  };

  /** The analysed terms a query's remaining text (citations removed) is searched with. */
  private queryTermsOf(query: string, expansions: string[]): WeightedTerm[] {
    // abbreviations typed as such ("VwVfG", "AO") name a law and are not searched as words
    const lawTokens = new Set(
      query
        .split(/[^\p{L}\d]+/u)
        .filter((w) => /\p{Lu}/u.test(w.slice(1)) && this.lawByAbbr.has(nameKey(w)))
        .map((w) => w.toLowerCase()),
    );
    const named = this.options.lawBoost !== false && mentionedJurisdictions(query).length > 0;
    const corrections = this.corrections(query).map((c) => c.correction);
    const searched = withoutJurisdictionWords(tokenize(query).filter((w) => !lawTokens.has(w)), named).join(' ');
    return this.queryTerms(searched, expansions, corrections, this.analyzer.scopeFactors(query));
  }

  /** Index terms of a unit's text and its § title, as indexed (whole-word stems, no compound parts). */
  private unitTerms(unit: number): string[] {
    const sec = this.data.sections[this.data.unitSection[unit]!]!;
    const out: string[] = [];
    for (const w of tokenize(`${sec.title} ${this.text(unit)}`)) {
      const whole = this.analyzer.analyzeWord(w)[0];
      if (whole) out.push(whole.term);
    }
    return out;
  }

  private lexical(
    query: string,
    allowed: Uint8Array | null,
    k: number,
    exclude: Set<number>,
    onlyGuidance: boolean,
    qterms: WeightedTerm[],
  ): [number, number][] {
    const d = this.data;
    // a law the question borrows from („das BGB heranziehen“) is no law it asks about: neither its name nor its field lifts it
    const borrowed = new Set(this.options.lawBoost === false ? [] : borrowedLaws(query, this.names));
    const asked = (abbrs: string[]) => abbrs.filter((a) => !borrowed.has(a)).map((a) => this.lawIndex(a));
    const mentioned = new Set(this.options.lawBoost === false ? [] : asked(this.names.mentioned(query)));
    const jurisdictions = new Set(this.options.lawBoost === false ? [] : mentionedJurisdictions(query));
    const actors = new Set(this.options.lawBoost === false ? [] : mentionedAuthorityJurisdictions(query));
    // field words are read with their spelling corrections too: "Krankenkase" names the Krankenkasse
    const fieldText = this.options.lawBoost === false ? '' : [query, ...this.corrections(query).map((c) => c.correction)].join(' ');
    const areas = new Set(this.options.lawBoost === false ? [] : asked([...mentionedAreas(query), ...this.analyzer.fieldLaws(fieldText)]));
    const lawHits: number[] = [];
    for (const { term, weight } of qterms) {
      const lt = this.lawTitleTerms.get(term);
      if (!lt) continue;
      lt.laws.forEach((l, j) => {
        if (this.lawScore[l] === 0) lawHits.push(l);
        this.lawScore[l] = this.lawScore[l]! + weight * lt.weights[j]! * lt.idf;
      });
    }
    /** Law-level multipliers, once per query: size prior, named law, named Land, named field of law, guidance; the text prior follows. */
    const lawMult = this.lawMult;
    for (let law = 0; law < d.laws.length; law++) {
      let m = this.lawPrior[law]!;
      if (mentioned.has(law)) m *= TUNING.lawMentionBoost;
      if (jurisdictions.has(d.laws[law]!.jurisdiction)) m *= TUNING.jurisdictionBoost;
      if (actors.has(d.laws[law]!.jurisdiction)) m *= TUNING.authorityJurisdictionBoost;
      if (areas.has(law)) m *= TUNING.areaBoost;
      if (d.laws[law]!.kind === 'guidance' && !onlyGuidance) m *= TUNING.guidanceFactor;
      lawMult[law] = allowed && !allowed[law] ? 0 : m;
    }
    /** … and per unit the excerpt gap. */
    const boost = (law: number, u: number) => (this.gapUnit[u] ? lawMult[law]! * TUNING.excerptGapFactor : lawMult[law]!);
    const unitLaw = this.unitLaw;
    // the law multipliers are read again only when the Absätze are summed up below, so the prior can be fed here
    const prior = TUNING.lawTextPrior > 0 ? this.lawTextPrior : null;
    let nTouched = 0;
    const coverage = this.coverage;
    let typedWords = 0;
    const sibling = TUNING.siblingWeight;
    const siblingScores = this.siblingScores;
    const siblingWeights = this.siblingWeights;
    for (const { term, weight } of qterms) {
      const t = this.termIds.get(term);
      if (t === undefined) continue;
      const w = weight * d.idf[t]!;
      // a typed word (not a part, synonym or expansion, nor negated or framing) counts towards an Absatz's coverage
      const c = weight >= 1 ? 1 : 0;
      typedWords += c;
      const start = d.postOffsets[t]!;
      const end = d.postOffsets[t + 1]!;
      // the term's spread over the §§ of each law is known only after all its postings: a pass of its own
      if (sibling > 0) {
        siblingWeights.startTerm();
        for (let i = start; i < end; i++) siblingWeights.count(d.unitSection[d.postUnits[i]!]!, unitLaw[d.postUnits[i]!]!);
      }
      for (let i = start; i < end; i++) {
        const u = d.postUnits[i]!;
        const law = unitLaw[u]!;
        // units of laws outside the search's restriction (the chat's guidance-only search) are not scored at all
        if (allowed && lawMult[law] === 0) continue;
        prior?.count(law);
        if (this.scores[u] === 0) this.touched[nTouched++] = u;
        const add = w * d.postImpact[i]!;
        this.scores[u] = this.scores[u]! + add;
        if (sibling > 0) siblingScores[u] = siblingScores[u]! + add * siblingWeights.factor(law, sibling);
        coverage[u] = coverage[u]! + c;
      }
      prior?.endTerm(weight, end - start);
    }
    prior?.apply(lawMult, TUNING.lawTextPrior);
    const excluding = exclude.size > 0;
    // best Absatz per §: results are scored and cited at § level
    const secs: number[] = [];
    const coverageOf = (u: number) => (typedWords > 0 ? 1 + (TUNING.coverageWeight * coverage[u]!) / typedWords : 1);
    for (let i = 0; i < nTouched; i++) {
      const u = this.touched[i]!;
      const cov = coverageOf(u);
      let s = this.scores[u]! * cov;
      const sib = siblingScores[u]! * cov * (this.gapUnit[u] ? TUNING.excerptGapFactor : 1);
      siblingScores[u] = 0;
      this.scores[u] = 0;
      coverage[u] = 0;
      const sec = d.unitSection[u]!;
      const law = unitLaw[u]!;
      if (excluding && exclude.has(sec)) continue;
      const base = s + TUNING.lawTitleWeight * this.lawScore[law]!;
      s = base * boost(law, u);
      const guidance = d.laws[law]!.kind === 'guidance';
      const slot = guidance && !onlyGuidance ? this.lawFirstSection[law]! : sec;
      // a § scores as its best Absatz; a guidance document as its best section (slot = its first section)
      if (this.sectionUnit[slot] === -1) secs.push(slot);
      if (this.sectionUnit[slot] === -1 || s > this.sectionBest[slot]!) {
        this.sectionBest[slot] = s;
        this.sectionUnit[slot] = u;
        this.sectionBase[slot] = base;
      }
      if (sib > this.sectionSibling[slot]!) this.sectionSibling[slot] = sib;
    }
    // a title-only Land § is ranked as if it had the wording of its federal model, with the Land's own multipliers
    for (const [gap, model] of this.parallels) {
      const law = d.sections[gap]!.law;
      if (this.sectionUnit[model] === -1 || (allowed && !allowed[law]) || exclude.has(gap)) continue;
      const u = d.sections[gap]!.first;
      const s = TUNING.parallelWeight * this.sectionBase[model]! * boost(law, u);
      if (this.sectionUnit[gap] === -1) secs.push(gap);
      else if (s <= this.sectionBest[gap]!) continue;
      this.sectionBest[gap] = s;
      this.sectionUnit[gap] = u;
      // borrowed, not its own words: the sibling order leaves it where its model puts it
      this.sectionSibling[gap] = 0;
    }
    for (const l of lawHits) this.lawScore[l] = 0;
    if (sibling > 0) {
      const top = topK(secs, (s) => this.sectionBest[s]!, TUNING.siblingDepth);
      reorderWithinLaws(top, (s) => (d.laws[d.sections[s]!.law]!.kind === 'guidance' ? undefined : d.sections[s]!.law), this.sectionBest, this.sectionSibling);
      for (const s of secs) this.sectionSibling[s] = 0;
    }
    if (this.options.lawBoost !== false) {
      const abbrs = (laws: Set<number | undefined>) => [...laws].flatMap((l) => (l === undefined ? [] : [d.laws[l]!.abbreviation]));
      const field = askedField(abbrs(mentioned), abbrs(areas), jurisdictions.has('Niedersachsen'), actors.has('Bund'));
      if (field !== undefined) this.preferAskedField(field, secs, exclude);
    }
    const roleWords = this.analyzer.roleTitles(query);
    if (roleWords.length > 0) this.liftRoleSections(roleWords, secs, exclude);
    const top = topK(secs, (s) => this.sectionBest[s]!, k);
    const out = top.map((s) => [this.sectionUnit[s]!, this.sectionBest[s]!] as [number, number]);
    for (const s of secs) this.sectionUnit[s] = -1;
    return out;
  }

  /**
   * Among parallel §§ (the same rule in VwVfG, SGB X and AO), the one of the field the question asks about ranks
   * first, just above the best of its group; with no field named, the general law's § does so only when it scored
   * close to the best (`parallelGeneralShare`): a special law's own words (Sozialdaten, Steuerpflichtiger) then decide.
   */
  private preferAskedField(field: LawField, secs: number[], exclude: Set<number>): void {
    const d = this.data;
    const score = (s: number) => (this.sectionUnit[s] === -1 ? 0 : this.sectionBest[s]!);
    for (const { sections, fields } of this.parallelGroups) {
      let best = 0;
      let preferred = -1;
      sections.forEach((s, i) => {
        best = Math.max(best, score(s));
        if (fields[i] === field && !exclude.has(s) && this.lawMult[d.sections[s]!.law] !== 0 && (preferred === -1 || score(s) > score(preferred))) preferred = s;
      });
      if (best === 0 || preferred === -1 || score(preferred) === best) continue;
      if (field === 'general' && score(preferred) < TUNING.parallelGeneralShare * best) continue;
      if (this.sectionUnit[preferred] === -1) {
        secs.push(preferred);
        this.sectionUnit[preferred] = d.sections[preferred]!.first;
      }
      this.sectionBest[preferred] = best * (1 + PARALLEL_LEAD);
    }
  }

  /**
   * A question that asks for a kind of provision (vorschriftsarten.tsv) finds its law by its other words, but the
   * provision of that kind often shares none of them: an authorisation or a fine lists the duties of other §§ by number.
   * Each § of the kind asked for, in a law that scored, is placed at `roleShare` of its law's best §: just behind it.
   */
  private liftRoleSections(words: string[], secs: number[], exclude: Set<number>): void {
    const d = this.data;
    const lawBest = new Map<number, number>();
    for (const s of secs) {
      const law = d.sections[s]!.law;
      if (d.laws[law]!.kind === 'guidance') continue;
      lawBest.set(law, Math.max(lawBest.get(law) ?? 0, this.sectionBest[s]!));
    }
    for (const word of words)
      for (const s of this.sectionsTitled(word)) {
        const best = lawBest.get(d.sections[s]!.law);
        if (best === undefined || exclude.has(s)) continue;
        const lifted = TUNING.roleShare * best;
        if (this.sectionUnit[s] === -1) {
          secs.push(s);
          this.sectionUnit[s] = d.sections[s]!.first;
        } else if (this.sectionBest[s]! >= lifted) continue;
        this.sectionBest[s] = lifted;
      }
  }

  /** §§ whose title has the word (stem match), found once per word: the kinds map names a handful. */
  private readonly sectionsTitled = memoByText((word: string): number[] => {
    const wanted = stem(word.toLowerCase());
    const out: number[] = [];
    this.data.sections.forEach((sec, i) => {
      if (sec.count > 0 && tokenize(sec.title).some((w) => stem(w) === wanted)) out.push(i);
    });
    return out;
  }, 1_000);

  /** Built at the first misspelt word: bucketing the vocabulary is wasted on servers nobody asks. */
  private corrector?: SpellingCorrector;

  /**
   * Misspelt words of a query and the vocabulary words they stand for ("schrifform" → "schriftform"). Never
   * corrected: words the index can match (directly, by parts, by thesaurus), numbers, abbreviations ("NKomVG",
   * "BITV"), law names, short words.
   */
  corrections(query: string): { word: string; correction: string }[] {
    const out: { word: string; correction: string }[] = [];
    for (const raw of query.split(/[^\p{L}\d]+/u)) {
      if (raw.length < MIN_CORRECTED_LENGTH || /\d/.test(raw) || /\p{Lu}/u.test(raw.slice(1))) continue;
      const word = raw.toLowerCase();
      const correction = this.correctionOf(word);
      if (correction && !out.some((c) => c.word === word)) out.push({ word, correction });
    }
    return out;
  }

  /** A word's correction, decided once per word: every search asks, and most words are known. */
  private readonly correctionOf = memoByText((word: string): string | null => {
    if (!this.analyzer.isUnmatchable(word, this.isKnownTerm)) return null;
    this.corrector ??= this.buildCorrector();
    return this.corrector.correct(word) ?? null;
  }, 50_000);

  private buildCorrector(): SpellingCorrector {
    const lawWords = this.data.laws.flatMap((l) => tokenize(`${l.title} ${l.abbreviation}`));
    const vocabulary = [...this.data.dictionary.filter((w) => this.termIds.has(stem(w))), ...lawWords];
    // the more Absätze use a word's stem, the lower its idf: the commoner word wins among equally close ones
    return new SpellingCorrector(vocabulary, (w) => -this.termIdf(stem(w)));
  }

  /** Provision lookup for citations in answers ("§ 3a", "3a", "§3a"). */
  provision(law: string, section: string): { law: number; section: SectionRecord; units: number[] } | undefined {
    const l = this.lawIndex(law);
    if (l === undefined) return undefined;
    const s = this.section(l, section);
    if (s === undefined) return undefined;
    const rec = this.data.sections[s]!;
    return { law: l, section: rec, units: Array.from({ length: rec.count }, (_, i) => rec.first + i) };
  }
}

/** Words naming the Land select its laws and are no search words, unless nothing else is asked. */
function withoutJurisdictionWords(words: string[], named: boolean): string[] {
  if (!named) return words;
  const rest = words.filter((w) => !isJurisdictionWord(w));
  return rest.length > 0 ? rest : words;
}

/** Canonical key of a provision label: "§ 3a", "§3a", "3a" → "§3a"; guidance titles compare folded. */
export function sectionKeyOf(label: string): string {
  const t = label.trim();
  const m = /^(§|Art\.?|Artikel)?\s*(\d+\s?[a-z]?)$/i.exec(t);
  if (m) return `${/^art/i.test(m[1] ?? '') ? 'Art.' : '§'}${m[2]!.replace(/\s/g, '').toLowerCase()}`;
  return nameKey(t);
}

/** The k items with the highest score, best first (partial selection, no full sort of all candidates). */
function topK(items: number[], score: (i: number) => number, k: number): number[] {
  const heap: number[] = [];
  const less = (a: number, b: number) => score(a) < score(b);
  for (const it of items) {
    if (heap.length < k) {
      heap.push(it);
      let i = heap.length - 1;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (!less(heap[i]!, heap[p]!)) break;
        [heap[i], heap[p]] = [heap[p]!, heap[i]!];
        i = p;
      }
    } else if (less(heap[0]!, it)) {
      heap[0] = it;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && less(heap[l]!, heap[m]!)) m = l;
        if (r < heap.length && less(heap[r]!, heap[m]!)) m = r;
        if (m === i) break;
        [heap[i], heap[m]] = [heap[m]!, heap[i]!];
        i = m;
      }
    }
  }
  return heap.sort((a, b) => score(b) - score(a));
}
