import { z } from 'zod';
import { JurisdictionSchema } from '../retrieval/manifest';
import type { Clock } from './clock';
import { parseOptionalRow, parseRows } from './rows';
import type { SqlDb } from './sql';

/**
 * Laws administrators imported over the web. They live in the database, so that every instance indexes the same
 * corpus; the shipped corpus stays read-only and these come on top of it (server/services/corpus-admin.ts).
 */
export interface ImportedLawMeta {
  /** Manifest id, from the abbreviation ("ndig"); a re-import of the same law replaces the row. */
  id: string;
  abbreviation: string;
  title: string;
  jurisdiction: z.infer<typeof JurisdictionSchema>;
  kind: 'law' | 'guidance';
  source: string;
  stand?: string;
  excerpt: boolean;
  /** Name of the uploaded file. */
  fileName: string;
  /** Who imported it (audit): the user's subject, "Zugangscode" or "lokal". */
  importedBy: string;
  importedAt: string;
}

/** With the corpus Markdown the index is built from. */
export interface ImportedLaw extends ImportedLawMeta {
  markdown: string;
}

export type NewImportedLaw = Omit<ImportedLaw, 'importedAt'>;

const MetaRowSchema = z.object({
  id: z.string().min(1),
  abbreviation: z.string().min(1),
  title: z.string().min(1),
  jurisdiction: JurisdictionSchema,
  kind: z.enum(['law', 'guidance']),
  source: z.string(),
  stand: z.string().nullable(),
  excerpt: z.number().int(),
  file_name: z.string(),
  imported_by: z.string(),
  imported_at: z.string(),
});
const LawRowSchema = MetaRowSchema.extend({ markdown: z.string() });

const META_COLUMNS = 'id, abbreviation, title, jurisdiction, kind, source, stand, excerpt, file_name, imported_by, imported_at';

const toMeta = (r: z.infer<typeof MetaRowSchema>): ImportedLawMeta => ({
  id: r.id,
  abbreviation: r.abbreviation,
  title: r.title,
  jurisdiction: r.jurisdiction,
  kind: r.kind,
  source: r.source,
  ...(r.stand !== null ? { stand: r.stand } : {}),
  excerpt: r.excerpt === 1,
  fileName: r.file_name,
  importedBy: r.imported_by,
  importedAt: r.imported_at,
});

export function createCorpusStore(db: SqlDb, clock: Clock) {
  return {
    /** Stores the law; one with the same id is replaced (`replaced: true`). */
    async put(law: NewImportedLaw): Promise<ImportedLawMeta & { replaced: boolean }> {
      const importedAt = clock.now().toISOString();
      const replaced = await db.transaction(async (tx) => {
        const removed = await tx.run('DELETE FROM corpus_laws WHERE id = ?', [law.id]);
        await tx.run(
          `INSERT INTO corpus_laws (${META_COLUMNS}, markdown) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          [
            law.id,
            law.abbreviation,
            law.title,
            law.jurisdiction,
            law.kind,
            law.source,
            law.stand ?? null,
            law.excerpt ? 1 : 0,
            law.fileName,
            law.importedBy,
            importedAt,
            law.markdown,
          ],
        );
        return removed > 0;
      });
      const { markdown: _markdown, ...meta } = law;
      return { ...meta, importedAt, replaced };
    },
    /** Every imported law without its text, by abbreviation. */
    list: async (): Promise<ImportedLawMeta[]> =>
      parseRows(MetaRowSchema, await db.all(`SELECT ${META_COLUMNS} FROM corpus_laws ORDER BY abbreviation, id`), 'corpus_laws').map(toMeta),
    /** Every imported law with its text (index rebuild). */
    all: async (): Promise<ImportedLaw[]> =>
      parseRows(LawRowSchema, await db.all(`SELECT ${META_COLUMNS}, markdown FROM corpus_laws ORDER BY id`), 'corpus_laws').map((r) => ({
        ...toMeta(r),
        markdown: r.markdown,
      })),
    /** Removes the law; returns what was removed, or undefined when there is no such law. */
    async remove(id: string): Promise<ImportedLawMeta | undefined> {
      const row = parseOptionalRow(MetaRowSchema, await db.get(`DELETE FROM corpus_laws WHERE id = ? RETURNING ${META_COLUMNS}`, [id]), 'corpus_laws');
      return row && toMeta(row);
    },
  };
}
export type CorpusStore = ReturnType<typeof createCorpusStore>;
