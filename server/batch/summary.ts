import { z } from 'zod';
import { CATEGORY_CODES, CategorySchema, SeveritySchema, type Category, type Finding } from '../contracts/finding';
import { LawDocumentSchema } from '../contracts/document';
import { LawAiSchema, type AiLawResult } from './law-ai';

/**
 * Aggregates batch results one at a time (the findings themselves are not kept), for summary.json,
 * summary.md, the CLI's final lines and the charts of the web batch job.
 */

const Counts = z.record(z.string(), z.number().int().nonnegative());

export const LawSummarySchema = z.object({
  law: z.string(),
  title: z.string(),
  path: z.string(),
  jurisdiction: LawDocumentSchema.shape.jurisdiction,
  provisions: z.number().int().nonnegative(),
  findings: z.number().int().nonnegative(),
  byCategory: Counts,
  /** Only with AI review (CLI --ai): what this law cost and brought. */
  ai: LawAiSchema.omit({ notices: true }).optional(),
});
export type LawSummary = z.infer<typeof LawSummarySchema>;

export const ExampleSchema = z.object({ law: z.string(), ref: z.string(), match: z.string(), sentence: z.string() });
export type Example = z.infer<typeof ExampleSchema>;

export const BatchSummarySchema = z.object({
  /** Files analysed successfully. */
  laws: z.number().int().nonnegative(),
  provisions: z.number().int().nonnegative(),
  findings: z.number().int().nonnegative(),
  seconds: z.number().nonnegative(),
  /** Every category code, zero included, so charts and exports have stable keys. */
  byCategory: Counts,
  /** Principles "1".."5". */
  byPrinciple: Counts,
  bySeverity: Counts,
  /** Only laws with at least one finding, keyed by abbreviation ("AEG"; a duplicate gets its path appended). */
  byLaw: z.record(z.string(), LawSummarySchema),
  /** The first few findings of each category in input order. */
  examples: z.partialRecord(CategorySchema, z.array(ExampleSchema)),
  /** Skipped files: path and German reason. */
  errors: z.array(z.object({ path: z.string(), message: z.string() })),
  /** Only with AI review: token totals (per law under byLaw[…].ai) and the notices of the model. */
  ai: z
    .object({
      model: z.string(),
      prompt: z.number().int().nonnegative(),
      completion: z.number().int().nonnegative(),
      estimated: z.boolean(),
      /** Laws whose flagged provisions went to the model. */
      laws: z.number().int().nonnegative(),
      /** AI findings kept. */
      findings: z.number().int().nonnegative(),
      notices: z.array(z.object({ law: z.string(), message: z.string() })),
    })
    .optional(),
});
export type BatchSummary = z.infer<typeof BatchSummarySchema>;

export const EXAMPLES_PER_CATEGORY = 3;

const zeros = (keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<string, number>;

export class SummaryAccumulator {
  private laws = 0;
  private provisions = 0;
  private findings = 0;
  private readonly byCategory = zeros(CATEGORY_CODES);
  private readonly byPrinciple = zeros(['1', '2', '3', '4', '5']);
  private readonly bySeverity = zeros(SeveritySchema.options);
  private readonly byLaw: Record<string, LawSummary> = {};
  private readonly examples: Partial<Record<Category, Example[]>> = {};
  private readonly errors: { path: string; message: string }[] = [];
  private readonly ai: NonNullable<BatchSummary['ai']> | undefined;

  /** `aiModel`: the batch runs the AI review with this model, so the summary reports its tokens. */
  constructor(opts: { aiModel?: string } = {}) {
    this.ai = opts.aiModel !== undefined ? { model: opts.aiModel, prompt: 0, completion: 0, estimated: false, laws: 0, findings: 0, notices: [] } : undefined;
  }

  add(r: AiLawResult): void {
    if (r.error) {
      this.errors.push({ path: r.path, message: r.error });
      return;
    }
    if (this.ai && r.ai) {
      this.ai.prompt += r.ai.prompt;
      this.ai.completion += r.ai.completion;
      this.ai.estimated ||= Boolean(r.ai.estimated);
      this.ai.findings += r.ai.findings;
      if (r.ai.provisions > 0) this.ai.laws++;
      for (const message of r.ai.notices) this.ai.notices.push({ law: r.law, message });
    }
    this.laws++;
    this.provisions += r.provisions;
    this.findings += r.findings.length;
    if (r.findings.length === 0) return;
    const law: LawSummary = {
      law: r.law,
      title: r.title,
      path: r.path,
      jurisdiction: r.jurisdiction,
      provisions: r.provisions,
      findings: r.findings.length,
      byCategory: {},
      ...(this.ai && r.ai ? { ai: { provisions: r.ai.provisions, findings: r.ai.findings, prompt: r.ai.prompt, completion: r.ai.completion, ...(r.ai.estimated ? { estimated: true } : {}) } } : {}),
    };
    for (const f of r.findings) this.count(f, law);
    const key = r.law in this.byLaw ? `${r.law} (${r.path})` : r.law;
    this.byLaw[key] = law;
  }

  private count(f: Finding, law: LawSummary): void {
    this.byCategory[f.category] = (this.byCategory[f.category] ?? 0) + 1;
    this.byPrinciple[String(f.principle)] = (this.byPrinciple[String(f.principle)] ?? 0) + 1;
    this.bySeverity[f.severity] = (this.bySeverity[f.severity] ?? 0) + 1;
    law.byCategory[f.category] = (law.byCategory[f.category] ?? 0) + 1;
    const ex = (this.examples[f.category] ??= []);
    if (ex.length < EXAMPLES_PER_CATEGORY) {
      ex.push({ law: law.law, ref: f.location.ref, match: f.quote.match, sentence: f.quote.sentence });
    }
  }

  toSummary(seconds: number): BatchSummary {
    return {
      laws: this.laws,
      provisions: this.provisions,
      findings: this.findings,
      seconds: Math.round(seconds * 100) / 100,
      byCategory: { ...this.byCategory },
      byPrinciple: { ...this.byPrinciple },
      bySeverity: { ...this.bySeverity },
      byLaw: { ...this.byLaw },
      examples: structuredClone(this.examples),
      errors: [...this.errors],
      ...(this.ai ? { ai: structuredClone(this.ai) } : {}),
    };
  }
}

/** Laws by descending number of findings (overall or of one category); ties by name, for stable output. */
export function topLaws(summary: BatchSummary, n: number, category?: Category): LawSummary[] {
  const count = (l: LawSummary) => (category ? (l.byCategory[category] ?? 0) : l.findings);
  return Object.values(summary.byLaw)
    .filter((l) => count(l) > 0)
    .sort((a, b) => count(b) - count(a) || a.law.localeCompare(b.law, 'de'))
    .slice(0, n);
}
