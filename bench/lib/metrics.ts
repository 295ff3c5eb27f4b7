/**
 * Scoring of a multi-label classification per provision: per category, micro/macro over the
 * categories, and the provision-level "flags anything" decision. Pure, so it can be unit-tested.
 */

export interface ScoredItem {
  id: string;
  text: string;
  gold: readonly string[];
  predicted: readonly string[];
  /** Annotator's reason, shown with misses so developers see why a label is (not) set. */
  note?: string;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Score extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface Miss {
  id: string;
  category: string;
  excerpt: string;
  note?: string;
}

export interface EvalMetrics {
  items: number;
  perCategory: Record<string, Score>;
  micro: Score;
  macroF1: number;
  /** Provision level: does the tool flag anything where the gold set has any label? */
  anyFlag: Score & { tn: number };
  falsePositives: Miss[];
  falseNegatives: Miss[];
}

/**
 * Precision with nothing predicted is 1 only when there was also nothing to find; recall with
 * nothing to find is 1. Both conventions keep an empty category from dragging macro-F1 to 0 unfairly
 * while still punishing a tool that finds nothing where something is.
 */
export function score({ tp, fp, fn }: Counts): Score {
  const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

const EXCERPT = 120;

export function computeMetrics(items: readonly ScoredItem[], categories: readonly string[]): EvalMetrics {
  const known = new Set(categories);
  const counts = new Map(categories.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
  const any = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const falsePositives: Miss[] = [];
  const falseNegatives: Miss[] = [];
  for (const item of items) {
    // categories outside the scored set (hints) are ignored; duplicates count once
    const gold = new Set(item.gold.filter((c) => known.has(c)));
    const pred = new Set(item.predicted.filter((c) => known.has(c)));
    const miss = (category: string): Miss => ({
      id: item.id,
      category,
      excerpt: item.text.slice(0, EXCERPT),
      ...(item.note ? { note: item.note } : {}),
    });
    for (const c of categories) {
      const k = counts.get(c)!;
      if (gold.has(c) && pred.has(c)) k.tp++;
      else if (pred.has(c)) {
        k.fp++;
        falsePositives.push(miss(c));
      } else if (gold.has(c)) {
        k.fn++;
        falseNegatives.push(miss(c));
      }
    }
    if (gold.size > 0 && pred.size > 0) any.tp++;
    else if (pred.size > 0) any.fp++;
    else if (gold.size > 0) any.fn++;
    else any.tn++;
  }
  const perCategory = Object.fromEntries(categories.map((c) => [c, score(counts.get(c)!)]));
  const total = [...counts.values()].reduce((a, k) => ({ tp: a.tp + k.tp, fp: a.fp + k.fp, fn: a.fn + k.fn }), { tp: 0, fp: 0, fn: 0 });
  const macroF1 = categories.length === 0 ? 0 : categories.reduce((s, c) => s + perCategory[c]!.f1, 0) / categories.length;
  return {
    items: items.length,
    perCategory,
    micro: score(total),
    macroF1,
    anyFlag: { ...score(any), tn: any.tn },
    falsePositives,
    falseNegatives,
  };
}
