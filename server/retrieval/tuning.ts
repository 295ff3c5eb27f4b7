/**
 * Ranking parameters in one place, set on the question set of test/fixtures (npm run eval:search).
 * Build-time values change the persisted index; bump ANALYZER_VERSION when changing them.
 */
export const TUNING = {
  /** BM25 saturation. */
  k1: 1.2,
  /** BM25F field weights and length normalisation: the § title is a short, dense description of each Absatz. */
  textWeight: 1,
  textB: 0.5,
  titleWeight: 2.5,
  titleB: 0.3,
  /** Weight of a compound part or participle base relative to the whole word, in documents. */
  partWeight: 0.5,
  /** … and in queries. */
  queryPartWeight: 0.4,
  /** … and in queries whose compound does not occur in the corpus at all. */
  unknownCompoundPartWeight: 0.8,
  synonymWeight: 0.4,
  /** Law-title context field: added per matching title term (× idf over laws). */
  lawTitleWeight: 0.5,
  /** Multiplier for hits in a law the query names ("… nach dem Verwaltungsverfahrensgesetz"). */
  lawMentionBoost: 1.8,
  /** Guidance texts use drafters' words and would crowd out statutes in a mixed search. */
  guidanceFactor: 0.6,
};
