import { z } from 'zod';
import { AppError } from '../errors';

/**
 * A stored row that does not have the shape the code expects (a changed schema, a hand-edited cell): reading it
 * fails loudly with this error instead of handing a half-valid object to the app.
 */
export class StorageShapeError extends AppError {
  constructor(table: string, issues: string) {
    super(
      'internal',
      'internal:storage_shape',
      'Gespeicherte Daten haben ein unerwartetes Format und konnten nicht gelesen werden. Bitte wenden Sie sich an den Betrieb.',
      `row of ${table} does not match its schema: ${issues}`,
    );
  }
}

/** A JSON column (stored as text in both databases), parsed and validated against `schema`. */
export function jsonColumn<T extends z.ZodType>(schema: T) {
  return z
    .string()
    .transform((raw, ctx) => {
      try {
        return JSON.parse(raw) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'invalid JSON' });
        return z.NEVER;
      }
    })
    .pipe(schema);
}

/** Validates one row read from `table`. */
export function parseRow<T extends z.ZodType>(schema: T, row: unknown, table: string): z.infer<T> {
  const r = schema.safeParse(row);
  if (!r.success) throw new StorageShapeError(table, r.error.issues.map((i) => `${i.path.join('.') || '(row)'}: ${i.message}`).join('; '));
  return r.data;
}

/** Validates every row of a result. */
export const parseRows = <T extends z.ZodType>(schema: T, rows: unknown[], table: string): z.infer<T>[] =>
  rows.map((r) => parseRow(schema, r, table));

/** The first row, validated, or undefined. */
export const parseOptionalRow = <T extends z.ZodType>(schema: T, row: unknown, table: string): z.infer<T> | undefined =>
  row === undefined ? undefined : parseRow(schema, row, table);
