import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../errors';

/**
 * Lay keywords per § ("§ 38<TAB>Zusage, versprochen, …"): the words a citizen or desk officer types for a matter
 * the statute names with a legal term. They are a separate index field, never shown to users.
 * One file per law: `<corpus>/keywords/<manifest id>.tsv`; `#` starts a comment line.
 */
export const KEYWORDS_DIR = 'keywords';

const LineSchema = z.tuple([
  z.string().regex(/^(§|Art\.) \d+[a-z]?$/, 'Vorschrift wie „§ 38“ oder „Art. 3“'),
  z.string().min(1).transform((s) => s.split(',').map((k) => k.trim()).filter(Boolean)).pipe(z.array(z.string()).min(1)),
]);

/** The keyword file of a manifest document, if one exists. */
export const keywordFile = (corpusDir: string, id: string): string | undefined => {
  const p = join(corpusDir, KEYWORDS_DIR, `${id}.tsv`);
  return existsSync(p) ? p : undefined;
};

/** § label → its keywords. Invalid lines stop the build: a typo must not silently drop a §'s keywords. */
export function readSectionKeywords(path: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim() || line.startsWith('#')) return;
      const parsed = LineSchema.safeParse(line.split('\t').map((c) => c.trim()));
      if (!parsed.success) {
        throw new AppError(
          'internal',
          'internal:keywords',
          'Das Korpusverzeichnis ist beschädigt (Stichwortdatei ungültig).',
          `Invalid keyword line ${path}:${i + 1}: ${parsed.error.issues.map((x) => x.message).join('; ')}`,
        );
      }
      const [label, words] = parsed.data;
      out.set(label, [...(out.get(label) ?? []), ...words]);
    });
  return out;
}
