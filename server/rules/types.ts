import { z } from 'zod';
import { CategorySchema, PrincipleSchema, SeveritySchema } from '../contracts/finding';
import type { Category, Severity } from '../contracts/finding';
import type { AmendmentEdit } from './amendment';
import type { MatchContext } from './context';

/**
 * One catalogue rule = metadata + one trigger regex + a small context function + its own examples.
 * The engine runs `trigger` once over the document text and asks `evaluate` for every hit whether it is a real
 * requirement (context, negation, electronic alternative) and how to fix it.
 */

/** What a rule reports for one trigger hit; offsets are absolute in `LawDocument.text`. */
export interface RuleHit {
  start: number;
  end: number;
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

export interface Rule {
  id: string;
  title: string;
  category: Category;
  principle: number;
  severity: Severity;
  /** Where the rule comes from (Digitalcheck aspect, Handbuch der Rechtsförmlichkeit, screening practice). */
  source: string;
  /** German explanation why the pattern blocks digital execution. */
  explanation: string;
  /** Global regex; compiled once at module load. */
  trigger: RegExp;
  evaluate(ctx: MatchContext): RuleHit | null;
  examples: { flagged: string[]; accepted: string[] };
}

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
  evaluate: z.custom<Rule['evaluate']>((v) => typeof v === 'function', 'evaluate muss eine Funktion sein'),
  examples: z.object({
    flagged: z.array(z.string().min(10)).min(3),
    accepted: z.array(z.string().min(10)).min(3),
  }),
});

/** Validates a catalogue entry at load time so that a broken rule fails on start-up, never in a request. */
export function defineRule(rule: Rule): Rule {
  const parsed = RuleSchema.safeParse(rule);
  if (!parsed.success) {
    throw new Error(`Rule ${rule.id}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return rule;
}
