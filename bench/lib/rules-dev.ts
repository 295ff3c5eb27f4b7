import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { CORE_CATEGORIES, CategorySchema } from '../../server/contracts/finding';

/** One labelled provision of the rules development set (test/fixtures/rules-dev.jsonl). */
export const RulesDevItemSchema = z.object({
  id: z.string().min(1),
  law: z.string().min(1),
  slug: z.string().min(1),
  /** Landesrecht sets only: "bw", "nds", … (federal items have none); `slug` is then "<land>/<file stem>" under ../shared/data. */
  land: z.string().regex(/^[a-z]{2,3}$/).optional(),
  ref: z.string().min(1),
  text: z.string().trim().min(1),
  labels: z.array(CategorySchema.refine((c) => CORE_CATEGORIES.includes(c), 'not one of the nine core codes')),
  note: z.string().optional(),
  /**
   * Blind sets 3 to 14 and the dev sets drawn like them only: "form" = drawn from Absätze with a broad form word,
   * "enriched" = drawn per code for recall, "pattern" (blind set 14) = drawn from Absätze with a hindrance shape.
   */
  stratum: z.enum(['form', 'enriched', 'pattern']).optional(),
});
export type RulesDevItem = z.infer<typeof RulesDevItemSchema>;

export const RULES_DEV_PATH = resolve(import.meta.dirname, '../../test/fixtures/rules-dev.jsonl');
/** Held-out sets from laws outside the dev set (README-rules-dev.md): 1 was used for error analysis, 2 never. */
export const RULES_HELDOUT_PATHS = [
  resolve(import.meta.dirname, '../../test/fixtures/rules-heldout.jsonl'),
  resolve(import.meta.dirname, '../../test/fixtures/rules-heldout-2.jsonl'),
] as const;

/** Landesrecht sets (README-rules-dev.md, "Landesrecht sets"): the dev set may be tuned on; blind sets 1 and 2 have had
 * their one blind run and are development data now (README-blind2.md). */
export const RULES_LAENDER_DEV_PATH = resolve(import.meta.dirname, '../../test/fixtures/rules-laender-dev.jsonl');
export const RULES_LAENDER_BLIND_PATH = resolve(import.meta.dirname, '../../test/fixtures/rules-laender-blind.jsonl');
export const RULES_LAENDER_BLIND2_PATH = resolve(import.meta.dirname, '../../test/fixtures/rules-laender-blind2.jsonl');
/** Second stratum of blind set 2, drawn per code from strong trigger words so that per-code recall can be measured. */
export const RULES_LAENDER_BLIND2_ENRICHED_PATH = resolve(import.meta.dirname, '../../test/fixtures/rules-laender-blind2-enriched.jsonl');
/** Blind set 3 (README-blind3.md): spent, development data shown by `eval:rules -- --all`. */
export const RULES_FEDERAL_BLIND3_PATH = resolve(import.meta.dirname, '../../test/fixtures/rules-federal-blind3.jsonl');
export const RULES_LAENDER_BLIND3_PATH = resolve(import.meta.dirname, '../../test/fixtures/rules-laender-blind3.jsonl');
/** Blind set 4 (README-blind4.md): spent, development data shown by `eval:rules -- --all`. */
export const RULES_FEDERAL_BLIND4_PATH = resolve(import.meta.dirname, '../../test/fixtures/rules-federal-blind4.jsonl');
export const RULES_LAENDER_BLIND4_PATH = resolve(import.meta.dirname, '../../test/fixtures/rules-laender-blind4.jsonl');
/** Blind set 5 (README-blind5.md): spent, development data shown by `eval:rules -- --all`. */
export const RULES_FEDERAL_BLIND5_PATH = resolve(import.meta.dirname, '../../test/fixtures/rules-federal-blind5.jsonl');
export const RULES_LAENDER_BLIND5_PATH = resolve(import.meta.dirname, '../../test/fixtures/rules-laender-blind5.jsonl');
/** Blind set 6 (README-blind6.md): spent at 01:15 UTC on c0ff7d0, development data shown by `eval:rules -- --all`. */
export const RULES_FEDERAL_BLIND6_PATH = resolve(import.meta.dirname, '../../test/fixtures/rules-federal-blind6.jsonl');
export const RULES_LAENDER_BLIND6_PATH = resolve(import.meta.dirname, '../../test/fixtures/rules-laender-blind6.jsonl');
/** Blind set 7 (README-blind7.md): spent at 04:25 UTC on 2900f68, development data shown by `eval:rules -- --all`. */
export const RULES_FEDERAL_BLIND7_PATH = resolve(import.meta.dirname, '../../test/fixtures/rules-federal-blind7.jsonl');
export const RULES_LAENDER_BLIND7_PATH = resolve(import.meta.dirname, '../../test/fixtures/rules-laender-blind7.jsonl');
/** Blind set 8 (README-blind8.md): spent at 06:51 UTC on 9be466a, development data shown by `eval:rules -- --all`. */
export const RULES_FEDERAL_BLIND8_PATH = resolve(import.meta.dirname, '../../test/fixtures/rules-federal-blind8.jsonl');
export const RULES_LAENDER_BLIND8_PATH = resolve(import.meta.dirname, '../../test/fixtures/rules-laender-blind8.jsonl');
/** Blind set 9 (README-blind9.md): spent at 10:09 UTC on 1c4a00e, development data shown by `eval:rules -- --all`. */
export const RULES_FEDERAL_BLIND9_PATH = resolve(import.meta.dirname, '../../test/fixtures/rules-federal-blind9.jsonl');
export const RULES_LAENDER_BLIND9_PATH = resolve(import.meta.dirname, '../../test/fixtures/rules-laender-blind9.jsonl');
/** Blind set 10 (README-blind10.md): spent at 14:37 UTC on 2026-12-07, scored by `eval:rules -- --all` as dev data. */
export const RULES_FEDERAL_BLIND10_PATH = resolve(import.meta.dirname, '../../test/fixtures/rules-federal-blind10.jsonl');
export const RULES_LAENDER_BLIND10_PATH = resolve(import.meta.dirname, '../../test/fixtures/rules-laender-blind10.jsonl');
/** Blind set 11 (README-blind11.md): spent at 17:27 UTC on 2026-12-07, scored by `eval:rules -- --all` as dev data. */
export const RULES_FEDERAL_BLIND11_PATH = resolve(import.meta.dirname, '../../test/fixtures/rules-federal-blind11.jsonl');
export const RULES_LAENDER_BLIND11_PATH = resolve(import.meta.dirname, '../../test/fixtures/rules-laender-blind11.jsonl');
/** Blind set 12 (README-blind12.md): spent at 20:07 UTC on 2026-12-07, scored by `eval:rules -- --all` as dev data. */
export const RULES_FEDERAL_BLIND12_PATH = resolve(import.meta.dirname, '../../test/fixtures/rules-federal-blind12.jsonl');
export const RULES_LAENDER_BLIND12_PATH = resolve(import.meta.dirname, '../../test/fixtures/rules-laender-blind12.jsonl');
/** Blind set 13 (README-blind13.md): spent at 22:52 UTC on 2026-12-07, scored by `eval:rules -- --all` as dev data. */
export const RULES_FEDERAL_BLIND13_PATH = resolve(import.meta.dirname, '../../test/fixtures/rules-federal-blind13.jsonl');
export const RULES_LAENDER_BLIND13_PATH = resolve(import.meta.dirname, '../../test/fixtures/rules-laender-blind13.jsonl');
/** Blind set 14 (README-blind14.md): spent at 01:33 UTC on 2026-12-08, scored by `eval:rules -- --all` as dev data. */
export const RULES_FEDERAL_BLIND14_PATH = resolve(import.meta.dirname, '../../test/fixtures/rules-federal-blind14.jsonl');
export const RULES_LAENDER_BLIND14_PATH = resolve(import.meta.dirname, '../../test/fixtures/rules-laender-blind14.jsonl');
/** Federal dev set 5s (README-rules-dev.md, issue 8): written-form and record words, labelled before the first run. */
export const RULES_FEDERAL_DEV5S_PATH = resolve(import.meta.dirname, '../../test/fixtures/rules-federal-dev5s.jsonl');
/** Development sets 5b (bench/lib/sample-dev5b.ts): fresh text for appearance, notices, post, signature and technology. */
export const RULES_FEDERAL_DEV5B_PATH = resolve(import.meta.dirname, '../../test/fixtures/rules-federal-dev5b.jsonl');
export const RULES_LAENDER_DEV5_PATH = resolve(import.meta.dirname, '../../test/fixtures/rules-laender-dev5.jsonl');
/** Landesrecht dev set 6 (bench/lib/sample-laender-dev6.ts): fresh text for post, appearance, originals and paper. */
export const RULES_LAENDER_DEV6_PATH = resolve(import.meta.dirname, '../../test/fixtures/rules-laender-dev6.jsonl');
/** Landesrecht dev set 7 (bench/lib/sample-laender-dev7.ts): broader vocabulary for the weak codes, labelled before the first run. */
export const RULES_LAENDER_DEV7_PATH = resolve(import.meta.dirname, '../../test/fixtures/rules-laender-dev7.jsonl');
/** Landesrecht dev set 8 (bench/lib/sample-laender-dev8.ts): what dev set 7 left, broader vocabulary, labelled before the first run. */
export const RULES_LAENDER_DEV8_PATH = resolve(import.meta.dirname, '../../test/fixtures/rules-laender-dev8.jsonl');
/** Federal dev set 5a (README-rules-dev.md): fresh development data for the document codes, drawn by sample-dev5a.ts. */
export const RULES_FEDERAL_DEV5A_PATH = resolve(import.meta.dirname, '../../test/fixtures/rules-federal-dev5a.jsonl');
/** Federal dev set 6 (bench/lib/sample-dev6.ts): fresh text after blind set 5, labelled before the first run. */
export const RULES_FEDERAL_DEV6_PATH = resolve(import.meta.dirname, '../../test/fixtures/rules-federal-dev6.jsonl');
/** Federal dev set 7 (bench/lib/sample-dev7.ts): broad wording for the weak document codes, labelled before the first run. */
export const RULES_FEDERAL_DEV7_PATH = resolve(import.meta.dirname, '../../test/fixtures/rules-federal-dev7.jsonl');
/** Federal dev set 8 (bench/lib/sample-dev8.ts): fresh text after the blind-7 run, labelled before the first run. */
export const RULES_FEDERAL_DEV8_PATH = resolve(import.meta.dirname, '../../test/fixtures/rules-federal-dev8.jsonl');
/** Federal dev set 9 (bench/lib/sample-dev9.ts): 150 form-word Absätze at natural frequency after the blind-8 run. */
export const RULES_FEDERAL_DEV9_PATH = resolve(import.meta.dirname, '../../test/fixtures/rules-federal-dev9.jsonl');
/** Federal dev set 10 (bench/lib/sample-dev10.ts): 120 form-word Absätze at natural frequency, labelled before the first run. */
export const RULES_FEDERAL_DEV10_PATH = resolve(import.meta.dirname, '../../test/fixtures/rules-federal-dev10.jsonl');
/** Landesrecht dev set 10 (bench/lib/sample-laender-dev10.ts): form words plus the strong triggers of the rare codes, labelled before the first run. */
export const RULES_LAENDER_DEV10_PATH = resolve(import.meta.dirname, '../../test/fixtures/rules-laender-dev10.jsonl');
/** Landesrecht dev set 11 (bench/lib/sample-laender-dev11.ts): 80 form-word Absätze of unreserved text, labelled before the first run. */
export const RULES_LAENDER_DEV11_PATH = resolve(import.meta.dirname, '../../test/fixtures/rules-laender-dev11.jsonl');
/** Federal dev set 11 (bench/lib/sample-dev11.ts): 80 form-word Absätze plus the strong triggers of five document codes, labelled before the first run. */
export const RULES_FEDERAL_DEV11_PATH = resolve(import.meta.dirname, '../../test/fixtures/rules-federal-dev11.jsonl');
/**
 * Dev set 12 (README-rules-dev.md, "Dev set 12"): a wording sweep biased to the weak codes, not a draw — the unflagged
 * hits of aushang, postal and appearance wording in unreserved federal law and the Land look-alikes that were read,
 * labelled before the fixes. Federal and Landesrecht items side by side.
 */
export const RULES_LAENDER_DEV12_PATH = resolve(import.meta.dirname, '../../test/fixtures/rules-laender-dev12.jsonl');
/**
 * The four complete Niedersachsen laws read whole as a drafter sees them (README-rules-dev.md, "Drafts and the four NDS
 * laws"): every Absatz with a form word or a trigger of the engine that no earlier set holds and no blind split
 * reserves, labelled before the fixes. Scored also by eval:rules-fulldoc (the whole statute).
 */
export const RULES_NDS_FULLDOC_DEV_PATH = resolve(import.meta.dirname, '../../test/fixtures/rules-nds-fulldoc-dev.jsonl');
/**
 * Dev set 13 (README-rules-dev.md, "Dev set 13"): a wording sweep of unreserved text for the weak codes of the hidden
 * sets (bench/lib/sweep-dev13.ts), selected without running the engine and labelled before its first run.
 */
export const RULES_DEV13_SWEEP_PATH = resolve(import.meta.dirname, '../../test/fixtures/rules-dev13-sweep.jsonl');
/**
 * Dev set 14 (README-rules-dev.md, "Dev set 14"): a positive-rich sweep of unreserved text by the shapes of a hindrance
 * (bench/lib/sweep-dev14.ts), selected without running the engine and labelled before its first run.
 */
export const RULES_DEV14_SWEEP_PATH = resolve(import.meta.dirname, '../../test/fixtures/rules-dev14-sweep.jsonl');

/** False flags and wrong codes of precision sample 6 (README-rules-dev.md, "Precision sample 6"), labelled by the rubric. */
export const RULES_PRECISION_DEV6_PATH = resolve(import.meta.dirname, '../../test/fixtures/rules-precision-dev6.jsonl');
/** False flags and the wrong code of precision sample 7 (README-rules-dev.md, "Precision sample 7"), each Absatz labelled whole. */
export const RULES_PRECISION_DEV7_PATH = resolve(import.meta.dirname, '../../test/fixtures/rules-precision-dev7.jsonl');
/** False flags of precision samples 8, 8b and 8c (README-rules-dev.md, "Precision sample 8"), each Absatz labelled whole. */
export const RULES_PRECISION_DEV8_PATH = resolve(import.meta.dirname, '../../test/fixtures/rules-precision-dev8.jsonl');

/** Parses a JSONL set; throws with the line number on the first invalid line. */
export function parseRulesDev(jsonl: string): RulesDevItem[] {
  return jsonl
    .split('\n')
    .map((line, i) => ({ line: line.trim(), no: i + 1 }))
    .filter(({ line }) => line.length > 0)
    .map(({ line, no }) => {
      let raw: unknown;
      try {
        raw = JSON.parse(line);
      } catch (e) {
        throw new Error(`line ${no}: invalid JSON (${(e as Error).message})`);
      }
      const parsed = RulesDevItemSchema.safeParse(raw);
      if (!parsed.success) throw new Error(`line ${no}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      return parsed.data;
    });
}

export function loadRulesDev(path = RULES_DEV_PATH): RulesDevItem[] {
  return parseRulesDev(readFileSync(path, 'utf8'));
}
