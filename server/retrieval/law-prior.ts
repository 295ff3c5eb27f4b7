/**
 * Which law a question reads like, learned from the laws' own words (their Absätze, § titles and keyword rows, as
 * indexed): a lay question about a biting dog and the police shares more words with the NPOG than with the AO, even
 * where a single § of the AO shares the one word that decides the BM25 ranking. Each law is scored by the
 * likelihood ratio of the query's terms under the law (Absätze holding the term, Dirichlet-smoothed towards the whole
 * corpus) against the whole corpus; the law that explains the question best gets a multiplier of 1 + strength, the
 * others their share of it, laws that explain it worse than the corpus does nothing (docs/retrieval-rank.md).
 *
 * Fed term by term from the postings the engine scores anyway, so that it costs no second pass over them.
 */
export class LawTextPrior {
  /** Absätze of each law holding the current term. */
  private readonly df: Float32Array;
  private readonly termLaws: number[] = [];
  /** Per law: Σ weight × log(1 + df / (μ × p)) over the query's terms so far. */
  private readonly score: Float64Array;
  private readonly seen: number[] = [];
  private readonly isSeen: Uint8Array;
  /** Sum of the weights of the query's terms that the index knows. */
  private mass = 0;

  constructor(
    /** Absätze per law. */
    private readonly unitsPerLaw: Float32Array,
    private readonly totalUnits: number,
    /** Dirichlet smoothing, in Absätze: how many Absätze a law needs before its own word frequencies count. */
    private readonly mu: number,
  ) {
    this.df = new Float32Array(unitsPerLaw.length);
    this.score = new Float64Array(unitsPerLaw.length);
    this.isSeen = new Uint8Array(unitsPerLaw.length);
  }

  /** One Absatz of this law holds the current term. */
  count(law: number): void {
    if (this.df[law] === 0) this.termLaws.push(law);
    this.df[law]!++;
  }

  /** The current term is complete: postings = Absätze of the whole corpus holding it. */
  endTerm(weight: number, postings: number): void {
    const smoothing = (this.mu * postings) / this.totalUnits;
    for (const law of this.termLaws) {
      if (!this.isSeen[law]) {
        this.isSeen[law] = 1;
        this.seen.push(law);
      }
      this.score[law] = this.score[law]! + weight * Math.log(1 + this.df[law]! / smoothing);
      this.df[law] = 0;
    }
    this.termLaws.length = 0;
    this.mass += weight;
  }

  /** Multiplies each law's multiplier by its prior and clears the state for the next query. */
  apply(lawMult: Float32Array, strength: number): void {
    let best = 0;
    // the length part of the ratio: a law that holds none of the terms loses mass × log(μ / (n + μ))
    for (const law of this.seen) {
      const ratio = this.score[law]! + this.mass * Math.log(this.mu / (this.unitsPerLaw[law]! + this.mu));
      this.score[law] = ratio;
      if (ratio > best) best = ratio;
    }
    if (best > 0)
      for (const law of this.seen) {
        const ratio = this.score[law]!;
        if (ratio > 0) lawMult[law] = lawMult[law]! * (1 + (strength * ratio) / best);
      }
    for (const law of this.seen) {
      this.score[law] = 0;
      this.isSeen[law] = 0;
    }
    this.seen.length = 0;
    this.mass = 0;
  }
}
