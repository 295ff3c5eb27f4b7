import { z } from 'zod';
import { CategorySchema, PrincipleSchema, SeveritySchema } from '../contracts/finding';
import type { Category, Severity } from '../contracts/finding';
import type { AmendmentEdit } from './amendment';
import type { MatchContext } from './context';
import { GUARD_IDS, type GuardId } from './guards';
import { compileVocabulary } from './vocabulary';

/**
 * One catalogue rule = data plus small functions:
 * - `vocabulary`: the trigger words (notation in vocabulary.ts), compiled into `trigger`;
 * - `guards`: the engine's default guards (definition, negation, condition, fiction, electronic alternative, mention),
 *   each on unless the rule switches it off;
 * - `exceptions`: named cases in which a trigger hit is no hindrance, each with a one-line German legal reason and an
 *   example the test suite runs (the example must be suppressed by exactly this exception);
 * - `report`: severity and fix of a hit that passed every guard and exception.
 * The engine records for every candidate which guard or exception suppressed it, or which it passed.
 */

/** What a rule reports for one trigger hit; offsets are absolute in `LawDocument.text`. */
export interface RuleHit {
  /** Start of the reported span when it reaches before the trigger word ("durch Einschreiben"); default: the hit. */
  start?: number;
  /** Overrides the rule's default severity (e.g. "mittel" for "soll"/"auf Verlangen"). */
  severity?: Severity;
  /** Word-level change or appended sentence; becomes both `suggestion` and `amendment`. */
  edit: AmendmentEdit;
  /** Extra German sentence appended to the rule's explanation for this hit. */
  note?: string;
  /** Overrides the category's enabling provisions where the hit needs others (notarial acts: BeurkG, not VwVfG). */
  legalBasis?: string[];
  confidence?: number;
}

export interface RuleException {
  /** kebab-case, unique within the rule. */
  id: string;
  /** One-line German legal reason why such a hit is no hindrance. */
  rationale: string;
  /**
   * "trigger": looks only at a few words around the hit and runs before the guards (cheap, most hits end here);
   * default: runs after the definition guard; "scope": looks at the whole § or law and runs after all guards.
   */
  stage?: 'trigger' | 'scope';
  when(ctx: MatchContext): boolean;
  /** A sentence with a trigger hit of this rule that exactly this exception suppresses. */
  example: string;
  /** Law abbreviation the example is read in, where the exception depends on the field of law ("ZPO", "PostG"). */
  exampleLaw?: string;
}

export type GuardSwitches = Partial<Record<GuardId, boolean>> & {
  /** Look for the electronic alternative only in the main clause (an electronic word in an opening condition is a case). */
  electronicMainClause?: boolean;
};

export interface RuleSpec {
  id: string;
  title: string;
  category: Category;
  principle: number;
  severity: Severity;
  /** Where the rule comes from (Digitalcheck aspect, Handbuch der Rechtsförmlichkeit, screening practice). */
  source: string;
  /** German explanation why the pattern blocks digital execution. */
  explanation: string;
  /** Trigger words and phrases (see vocabulary.ts); or a regex built from a term list file. */
  vocabulary: readonly string[] | RegExp;
  guards?: GuardSwitches;
  exceptions: readonly RuleException[];
  report(ctx: MatchContext): RuleHit;
  examples: { flagged: string[]; accepted: string[] };
}

export interface Rule extends RuleSpec {
  /** Global regex compiled from the vocabulary, once at module load. */
  trigger: RegExp;
}

const ExceptionSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Ausnahme-ID muss kebab-case sein'),
  rationale: z.string().min(15).max(240),
  stage: z.enum(['trigger', 'scope']).optional(),
  when: z.custom<RuleException['when']>((v) => typeof v === 'function', 'when muss eine Funktion sein'),
  example: z.string().min(10),
  exampleLaw: z.string().optional(),
});

export const RuleSchema = z.object({
  id: z.string().regex(/^[a-z]+(?:-[a-z]+)*$/, 'Regel-ID muss kebab-case sein'),
  title: z.string().min(3),
  category: CategorySchema,
  principle: PrincipleSchema,
  severity: SeveritySchema,
  source: z.string().min(3),
  explanation: z.string().min(20),
  // all triggers are joined into one scan: exactly the g flag, no capturing groups
  trigger: z
    .instanceof(RegExp)
    .refine((r) => r.flags === 'g', 'Trigger-Regex braucht genau das g-Flag')
    .refine((r) => new RegExp(`${r.source}|`).exec('')!.length === 1, 'Trigger-Regex darf keine Gruppen einfangen, nur (?:…)'),
  guards: z
    .object({ ...Object.fromEntries(GUARD_IDS.map((g) => [g, z.boolean().optional()])), electronicMainClause: z.boolean().optional() })
    .strict()
    .optional(),
  exceptions: z.array(ExceptionSchema).superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((e, i) => {
      if (seen.has(e.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `doppelte Ausnahme ${e.id}` });
      seen.add(e.id);
    });
  }),
  report: z.custom<Rule['report']>((v) => typeof v === 'function', 'report muss eine Funktion sein'),
  examples: z.object({
    // a flagged example marks the reported words: "Der Antrag ist [schriftlich] zu stellen."
    flagged: z.array(z.string().min(10).refine((s) => parseMarkedExample(s).spans.length > 0, 'Beispiel ohne [markierte] Fundstelle')).min(3),
    accepted: z.array(z.string().min(10)).min(3),
  }),
});

/** "Der Antrag ist [schriftlich] zu stellen." → the plain text and the marked spans (offsets in the plain text). */
export function parseMarkedExample(marked: string): { text: string; spans: { start: number; end: number; quote: string }[] } {
  const spans: { start: number; end: number; quote: string }[] = [];
  let text = '';
  for (const m of marked.matchAll(/([^[\]]*)\[([^[\]]+)\]|([^[\]]+)$/g)) {
    text += m[1] ?? m[3] ?? '';
    if (m[2] === undefined) continue;
    spans.push({ start: text.length, end: text.length + m[2].length, quote: m[2].replace(/\s+/g, ' ') });
    text += m[2];
  }
  return { text, spans };
}

/** Compiles the vocabulary and validates a catalogue entry at load time, so a broken rule fails on start-up. */
export function defineRule(spec: RuleSpec): Rule {
  const trigger = spec.vocabulary instanceof RegExp ? spec.vocabulary : compileVocabulary(spec.vocabulary);
  const rule: Rule = { ...spec, trigger };
  const parsed = RuleSchema.safeParse(rule);
  if (!parsed.success) {
    throw new Error(`Rule ${spec.id}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return rule;
}
