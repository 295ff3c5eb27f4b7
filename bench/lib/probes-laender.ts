import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { CategorySchema, type Category } from '../../server/contracts/finding';
import { LAND_CODES } from '../../server/rules/laender';

/**
 * Probe battery of short provisions written in the drafting styles of the Länder (test/fixtures/probes-laender.jsonl,
 * README-rules-dev.md "Landes probe battery"). Written and labelled by hand before the engine ran on it: dev data, not
 * real text, so it measures breadth of wording, not the hidden sets.
 */
export const PROBE_CODES = [
  'postalisch',
  'persoenliches_erscheinen',
  'original_beglaubigung',
  'papier_vordruck',
  'zahlung',
  'papierakte',
] as const satisfies readonly Category[];

export const ProbeSchema = z.object({
  id: z.string().regex(/^probe-[a-z]+-\d+$/),
  /** The code the probe was written for (its positives and its hard negatives). */
  group: z.enum(['post', 'pers', 'orig', 'vordruck', 'zahlung', 'akte']),
  land: z.enum(LAND_CODES),
  law: z.string().min(1),
  ref: z.string().min(1),
  text: z.string().trim().min(1),
  /** Every code the rubric gives the provision; only PROBE_CODES are compared. */
  labels: z.array(CategorySchema),
  note: z.string().min(1),
  /** 2 = written after the first tuning round, in wordings that round did not use. */
  round: z.literal(2).optional(),
  /** Set after tuning when the engine still decides a probe wrongly: why the class was left open. */
  open: z.string().min(1).optional(),
});
export type Probe = z.infer<typeof ProbeSchema>;

export const PROBES_LAENDER_PATH = resolve(import.meta.dirname, '../../test/fixtures/probes-laender.jsonl');

export function loadProbes(path = PROBES_LAENDER_PATH): Probe[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      const parsed = ProbeSchema.safeParse(JSON.parse(l));
      if (!parsed.success) throw new Error(`${path}:${i + 1}: ${parsed.error.message}`);
      return parsed.data;
    });
}
