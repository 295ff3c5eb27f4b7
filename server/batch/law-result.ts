import { basename, dirname } from 'node:path';
import { z } from 'zod';
import { FindingSchema } from '../contracts/finding';
import { LawDocumentSchema } from '../contracts/document';

/**
 * The unit of batch screening: one law file in, one compact result out (no source text, no parse tree), so
 * that results cross worker threads cheaply and can be streamed to the writers. Kept apart from the analysis
 * so that the main thread never has to load the parser and the rule engine.
 */
export const LawResultSchema = z.object({
  /** Path as given to the analysis (the CLI turns it into a path relative to the input directory). */
  path: z.string(),
  /** Law abbreviation ("AEG"); for unreadable files the name derived from the path. */
  law: z.string(),
  title: z.string(),
  jurisdiction: LawDocumentSchema.shape.jurisdiction,
  provisions: z.number().int().nonnegative(),
  findings: z.array(FindingSchema),
  /** German reason why the file was skipped; set only for skipped files (then findings is empty). */
  error: z.string().optional(),
});
export type LawResult = z.infer<typeof LawResultSchema>;

/** "bundesrecht/a/aeg/index.md" → "aeg", "nds/NDIG.md" → "NDIG": a name for files that never got parsed. */
export function lawNameFromPath(path: string): string {
  const base = basename(path).replace(/\.md$/i, '');
  return base.toLowerCase() === 'index' ? basename(dirname(path)) || base : base;
}

export function skippedResult(path: string, error: string): LawResult {
  return { path, law: lawNameFromPath(path), title: '', jurisdiction: 'Sonstige', provisions: 0, findings: [], error };
}
