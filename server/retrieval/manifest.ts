import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../errors';

export const JurisdictionSchema = z.enum(['Bund', 'Niedersachsen', 'Leitfaden', 'Sonstige']);
export type Jurisdiction = z.infer<typeof JurisdictionSchema>;

export const ManifestEntrySchema = z.object({
  /** Stable id, also the file stem ("vwvfg", "leitfaden-schriftform"). */
  id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/),
  title: z.string().min(1),
  /** Shown with every hit and used as `law` in search results ("VwVfG", "SGB X", "Leitfaden Schriftform"). */
  abbreviation: z.string().min(1),
  jurisdiction: JurisdictionSchema,
  kind: z.enum(['law', 'guidance']),
  /** URL or provenance note. */
  source: z.string().min(1),
  /** Version date or note ("Stand"). */
  stand: z.string().optional(),
  /** True when only an excerpt ships (the UI says "Auszug"). */
  excerpt: z.boolean(),
  /** Path relative to the corpus directory. */
  file: z.string().min(1),
  /**
   * What the law is about in the words drafters use ("Feuerwehr", "Steuererklärung"): searched with the law's
   * title, so that a question about the subject prefers the law that regulates it.
   */
  keywords: z.array(z.string().min(1)).optional(),
});
export type ManifestEntry = z.infer<typeof ManifestEntrySchema>;

export const ManifestSchema = z.object({
  version: z.literal(1),
  documents: z.array(ManifestEntrySchema),
});
export type Manifest = z.infer<typeof ManifestSchema>;

export const MANIFEST_FILE = 'manifest.json';

/** Reads and validates `<dir>/manifest.json`; a missing manifest is an empty corpus. */
export function readManifest(dir: string): Manifest {
  const path = join(dir, MANIFEST_FILE);
  if (!existsSync(path)) return { version: 1, documents: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new AppError('internal', 'internal:manifest', 'Das Korpusverzeichnis ist beschädigt (manifest.json nicht lesbar).', `Cannot parse ${path}`, { cause: e });
  }
  const parsed = ManifestSchema.safeParse(raw);
  if (!parsed.success) {
    throw new AppError(
      'internal',
      'internal:manifest',
      'Das Korpusverzeichnis ist beschädigt (manifest.json ungültig).',
      `Invalid ${path}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }
  const ids = new Set<string>();
  for (const d of parsed.data.documents) {
    if (ids.has(d.id)) throw new AppError('internal', 'internal:manifest', 'Das Korpusverzeichnis ist beschädigt (doppelte Einträge).', `Duplicate id ${d.id} in ${path}`);
    ids.add(d.id);
  }
  return parsed.data;
}

export function writeManifest(dir: string, manifest: Manifest): void {
  const sorted = [...manifest.documents].sort(
    (a, b) => a.kind.localeCompare(b.kind) || a.jurisdiction.localeCompare(b.jurisdiction) || a.abbreviation.localeCompare(b.abbreviation),
  );
  writeFileSync(join(dir, MANIFEST_FILE), JSON.stringify({ version: 1, documents: sorted }, null, 2) + '\n');
}

/** File-name-safe id of an abbreviation ("SGB X" → "sgb-x", "BITV 2.0" → "bitv-2-0"). */
export function slugify(s: string): string {
  return s
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
