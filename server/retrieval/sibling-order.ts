/**
 * Sibling §§ (docs/retrieval-rank.md, round 14): a question repeats its law's general vocabulary ("Polizei",
 * "Personalausweis", "De-Mail", "Verwaltungsakt"), and BM25 weighs those words by their rarity in the whole corpus,
 * where they are rare. Inside their own law they are everywhere and tell its §§ apart no better than "und"; the §
 * that carries the asked point wins only by the question's rarer words. So, among a law's best §§, each term counts
 * by the share of the law's §§ that lack it (an intra-law idf), and the §§ are put in that order. The law's scores
 * themselves are kept — the §§ of one law swap places among themselves — so which laws reach the top, and how they
 * interleave with other laws, stays BM25's decision.
 */
export class SiblingWeights {
  /** §§ of each law that hold the current term. */
  private readonly df: Float32Array;
  private readonly laws: number[] = [];
  /** The term each § was last counted for. */
  private readonly stamp: Int32Array;
  private term = 0;

  constructor(
    /** §§ with text per law. */
    private readonly sectionsPerLaw: Float32Array,
    sectionCount: number,
    /** Smoothing in §§: a small law's shares lean towards 1 (a term in 3 of 5 §§ is weak evidence of a frame word). */
    private readonly mu: number,
  ) {
    this.df = new Float32Array(sectionsPerLaw.length);
    this.stamp = new Int32Array(sectionCount);
  }

  /** Starts the next term; `count` then sees each of its postings once. */
  startTerm(): void {
    for (const law of this.laws) this.df[law] = 0;
    this.laws.length = 0;
    this.term++;
  }

  /** One Absatz of § `section` in `law` holds the current term (a § counts once however many Absätze hold it). */
  count(section: number, law: number): void {
    if (this.stamp[section] === this.term) return;
    this.stamp[section] = this.term;
    if (this.df[law] === 0) this.laws.push(law);
    this.df[law]!++;
  }

  /** The current term's weight among the §§ of `law`, × `strength`: 1 for a term of one §, towards 0 for a frame word. */
  factor(law: number, strength: number): number {
    return 1 - (strength * this.df[law]!) / (this.sectionsPerLaw[law]! + this.mu);
  }
}

/**
 * Within each law, the §§ among `top` take the law's scores in the order of their sibling scores: the best score of
 * the law goes to its best § by sibling score, and so on. §§ without a sibling score (placed by another rule, e.g. a
 * title-only Land § ranked as its federal model) and guidance documents keep theirs.
 */
export function reorderWithinLaws(top: readonly number[], lawOf: (section: number) => number | undefined, best: Float32Array, sibling: Float32Array): void {
  const byLaw = new Map<number, number[]>();
  for (const s of top) {
    const law = lawOf(s);
    if (law === undefined || sibling[s]! <= 0) continue;
    const list = byLaw.get(law);
    if (list) list.push(s);
    else byLaw.set(law, [s]);
  }
  for (const list of byLaw.values()) {
    if (list.length < 2) continue;
    const scores = list.map((s) => best[s]!).sort((a, b) => b - a);
    list.sort((a, b) => sibling[b]! - sibling[a]!).forEach((s, i) => (best[s] = scores[i]!));
  }
}
