/**
 * Ranking parameters in one place, set on the question set of test/fixtures (npm run eval:search).
 * Build-time values change the persisted index; bump ANALYZER_VERSION when changing them.
 */
export const TUNING = {
  /** BM25 saturation. */
  k1: 1.2,
  /** BM25F field weights and length normalisation: the § title is a short, dense description of each Absatz. */
  textWeight: 1,
  textB: 0.6,
  /**
   * Absatz length (in average lengths) beyond which the length normalisation stops growing: an Absatz with a long
   * enumeration (§ 3a NBauO lists ten procedures before it says "elektronisch zu übermitteln") is about one thing,
   * not about ten, and should not fall behind every short Absatz that repeats one question word.
   */
  textLengthCap: 4.5,
  titleWeight: 3.5,
  titleB: 0.3,
  /**
   * Lay keywords per § (corpus/keywords): what people call the matter; below the title, which is the statute's own
   * word, but above a word of the text: a keyword names what the § is about, a text word may be a passing mention.
   */
  keywordWeight: 1.25,
  keywordB: 0.3,
  /**
   * Reference length (analysed terms) of a keyword row in its length normalisation: the average row when the weights
   * above were set (6.39 on 2026-12-07). Fixed instead of averaged at build time: rows are enriched law by law, and a
   * growing average (BGB rows alone move it to 7.8) would weigh every other law's rows up against titles, texts and
   * the guides, which have no rows, and reorder questions no changed row is about.
   */
  keywordAvgLength: 6.39,
  /** Weight of a compound part or participle base relative to the whole word, in documents. */
  partWeight: 0.5,
  /** … of a part found only with general German nouns (a compound the corpus vocabulary cannot split). */
  generalPartWeight: 0.3,
  /** … and in queries. */
  queryPartWeight: 0.4,
  /** … and in queries whose compound does not occur in the corpus at all. */
  unknownCompoundPartWeight: 0.8,
  /** A corpus compound whose head is a question word the statutes never write alone ("Zaun" → Bauzaun). */
  headCompoundWeight: 0.4,
  /**
   * … looked up only for words this rare in the statutes (BM25 idf over Absätze), which the compounds may outnumber;
   * the lookup scans the vocabulary, so common words are not asked.
   */
  headCompoundMinIdf: 4,
  /** A corpus compound the question spells out with a preposition ("Vertrag übers Erbe" → Erbvertrag). */
  splitCompoundWeight: 0.5,
  synonymWeight: 0.4,
  /** The -ung noun of a question's verb ("verlängern" → Verlängerung). */
  verbNounWeight: 0.3,
  /** The prefixed verb of a rare bare question verb ("weigern" → verweigern, Verweigerung). */
  prefixedVerbWeight: 0.5,
  /** … asked only for bare verbs this rare in the statutes (BM25 idf over Absätze). */
  prefixedVerbMinIdf: 6,
  /** The infinitive of a strong participle ("versprochen" → versprechen), with its synonyms and noun scaled alike. */
  participleVerbWeight: 0.8,
  /** … when the statutes never use the verb itself: then the noun is all that carries the word. */
  unknownVerbNounWeight: 0.8,
  /** OpenThesaurus group members: general language, so below the domain synonyms. */
  thesaurusWeight: 0.2,
  /** … for a word the statutes use themselves: weight, how many related stems, and the link strength that counts fully. */
  knownThesaurusWeight: 0.25,
  /** … only for words this rare in the statutes (BM25 idf over Absätze; 4 ≈ fewer than 150 of 9,000 Absätze). */
  knownThesaurusMinIdf: 4,
  knownThesaurusFanOut: 8,
  thesaurusLinkScale: 3,
  /** The -ung noun of a thesaurus synonym that is a verb, relative to the synonym's weight. */
  synonymNounWeight: 1,
  /** Statute terms of the legal-concept map (curated, but not what the user typed). */
  conceptWeight: 0.5,
  /**
   * A word the question negates ("ohne Bezahlung", "keine Vorladung") with all it expands to. Mild: in drafters'
   * questions the negated word is as often the subject ("ohne Unterschrift", "kein Girokonto"); a parenthesised
   * negation ("(keine Planfeststellung)") excludes a matter and is dropped.
   */
  negatedWeight: 0.5,
  /** A word of the drafter's framing (corpus/thesaurus/rahmen.tsv: "Gesetzentwurf zum digitalen …") with all it expands to. */
  framingWeight: 0.3,
  /**
   * A word that only the story of a question uses, not its asked clause (query-scope.ts `questionParts`: „Ich habe …
   * Muss ich …?“), with all it expands to (1 = off). Set on the pool of docs/retrieval-clauses.md (sets up to blind 9;
   * level there) and kept because the check sets (blind 10 to 12) gained paraphrase MRR@10 at their one run.
   */
  storyWeight: 0.8,
  /**
   * … only when the asked clauses hold this many distinct content words: a short one („Reicht da eine Zusage per
   * Mail?“) leans on the story for its matter.
   */
  storyMinAskedWords: 5,
  /** The vocabulary word a misspelt query word is corrected to ("schrifform" → Schriftform): a guess, so below the typed words. */
  typoWeight: 0.5,
  /** Law-title context field: added per matching title term (× idf over laws). */
  lawTitleWeight: 0.5,
  /** … of which a subject keyword of the manifest gets this share. */
  lawKeywordWeight: 0.5,
  /** Multiplier for hits in a law the query names ("… nach dem Verwaltungsverfahrensgesetz"). */
  lawMentionBoost: 1.8,
  /** Multiplier for hits in Land law when the query names the Land ("in Niedersachsen", "niedersächsische …"). */
  jurisdictionBoost: 2,
  /** Multiplier for hits in federal law when the question's actor is a federal authority ("ein Bundesamt …"). */
  authorityJurisdictionBoost: 1.3,
  /** Multiplier for hits in a law whose field the query names ("im Zivilrecht" → BGB). */
  areaBoost: 1.3,
  /**
   * Law prior from the laws' own text (law-prior.ts, docs/retrieval-rank.md): the law whose Absätze explain the
   * question's terms best is multiplied by 1 + this, the others by their share of it (0 = off). Set on the tuning pool
   * of docs/retrieval-rank.md (paraphrase sets up to blind 6, dev 7 and 8) and kept because the held-out sets (blind 7,
   * 8 and 9) gained paraphrase R@5 and MRR@10 at their one run.
   */
  lawTextPrior: 0.25,
  /**
   * A § of the kind a question asks for (corpus/thesaurus/vorschriftsarten.tsv: Verordnungsermächtigung,
   * Bußgeldvorschriften, Anwendungsbereich) scores at least this share of its law's best §.
   */
  roleShare: 0.95,
  /** … its Dirichlet smoothing in Absätze: a law with fewer Absätze than this leans on the corpus frequencies. */
  lawTextPriorMu: 10,
  /** Exponent of the law-size prior: a law with n §§ scores × n^-lawSizePrior. */
  lawSizePrior: 0.05,
  /** A § known only by its title (excerpt gap) is under-described, not less relevant: its score is raised. */
  excerptGapFactor: 1.3,
  /**
   * Parallel §§ (the same rule in VwVfG, SGB X, AO; parallel-laws.ts): with no field of law named, the general law's §
   * leads its group when it scores at least this share of the group's best.
   */
  parallelGeneralShare: 0.8,
  /**
   * Coverage of the question within one Absatz: its score × (1 + this × share of the question's typed words it holds).
   * BM25 sums per word, so a neighbour § that repeats one rare question word can outscore the § that answers with
   * several of the question's words in one Absatz (the sibling-§ misses of docs/retrieval-blind*-misses.md). Counted
   * per word, not by idf: the idf is BM25's part already. Set on the default sets of eval:search (docs/retrieval-rank.md):
   * 0.2 gained as much but pushed two blind-11 questions out of the top 10.
   */
  coverageWeight: 0.15,
  /**
   * Sibling §§ (sibling-order.ts, docs/retrieval-rank.md round 14): among a law's best §§, each term counts × (1 −
   * this × share of the law's §§ holding it), and the law's §§ swap places in that order (0 = off). 1: a word in every
   * § of the law counts almost nothing there. Set on all default sets of eval:search (0.3 to 1.5 and a log-idf form
   * measured).
   */
  siblingWeight: 1,
  /** … the smoothing of that share, in §§ (3, 5, 7, 10 measured). */
  siblingMu: 5,
  /** … how many of the best §§ of the whole ranking are reordered (25 and 100 gave the same ranks). */
  siblingDepth: 25,
  /** Share of its federal model's score that a title-only Land § gets (parallels.ts). */
  parallelWeight: 0.6,
  /** Guidance texts use drafters' words and would crowd out statutes in a mixed search. */
  guidanceFactor: 0.6,
  /**
   * Pseudo-relevance feedback (feedback.ts, docs/retrieval-prf.md): weight of the strongest feedback term (0 = off),
   * a tenth of a typed word. Set on the paraphrase sets up to blind set 6 (bench/tune-ranking.ts) and kept because
   * the check sets (dev 7/8, blind 7/8) gained MRR@10 at their one run; stronger feedback lost on the tuning sets.
   */
  feedbackWeight: 0.1,
  /** … first-pass §§ it reads, terms it adds, the rarest-term floor (BM25 idf over Absätze; 5 ≈ 1 in 150). */
  feedbackDocs: 2,
  feedbackTerms: 10,
  feedbackMinIdf: 5,
  /** … and the content words a question needs before feedback applies: a story, not a keyword search. */
  feedbackMinWords: 12,
};
