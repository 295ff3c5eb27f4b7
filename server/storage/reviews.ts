import { z } from 'zod';
import { type Decision, DecisionSchema, ReviewFormatSchema, type ReviewResponse, ReviewStructureItemSchema, type ReviewSummary } from '../contracts/api';
import { OutlineEntrySchema, ParseWarningSchema } from '../contracts/document';
import { FindingSchema } from '../contracts/finding';
import { type AbsatzRewrite, AbsatzRewriteSchema } from '../contracts/rewrite';
import type { Clock } from './clock';
import { removerWithFeedback } from './feedback';
import { jsonColumn, parseOptionalRow, parseRow, parseRows } from './rows';
import type { Param, SqlDb, SqlRunner } from './sql';

const ReviewRowSchema = z.object({
  id: z.string(),
  title: z.string(),
  format: ReviewFormatSchema,
  text: z.string(),
  structure: jsonColumn(z.array(ReviewStructureItemSchema)),
  findings: jsonColumn(z.array(FindingSchema)),
  decisions: jsonColumn(z.record(z.string(), DecisionSchema)),
  provisions: z.number().int(),
  created_at: z.string(),
  notices: jsonColumn(z.array(z.string())),
  outline: jsonColumn(z.array(OutlineEntrySchema)),
  warnings: jsonColumn(z.array(ParseWarningSchema)),
  rewrites: jsonColumn(z.array(AbsatzRewriteSchema)),
});
const SummaryRowSchema = z.object({ id: z.string(), title: z.string(), created_at: z.string(), findings: z.number().int() });
const BytesRowSchema = z.object({ n: z.number().nullable() });
const SourceRowSchema = z.object({ docx: z.instanceof(Buffer) });
/** Only what a decision needs: the finding ids and the decisions so far. */
const DecideRowSchema = z.object({
  findings: jsonColumn(z.array(z.object({ id: z.string() }))),
  decisions: jsonColumn(z.record(z.string(), DecisionSchema)),
});
const RewritesRowSchema = z.object({ rewrites: jsonColumn(z.array(AbsatzRewriteSchema)) });

export type NewReview = Omit<ReviewResponse, 'id' | 'createdAt' | 'decisions'>;

const toReview = (r: z.infer<typeof ReviewRowSchema>): ReviewResponse => ({
  id: r.id,
  title: r.title,
  format: r.format,
  text: r.text,
  structure: r.structure,
  outline: r.outline,
  findings: r.findings,
  decisions: r.decisions,
  provisions: r.provisions,
  createdAt: r.created_at,
  ...(r.notices.length ? { notices: r.notices } : {}),
  ...(r.warnings.length ? { warnings: r.warnings } : {}),
  rewrites: r.rewrites,
});

const REVIEW_COLUMNS = 'id, title, format, text, structure, findings, decisions, provisions, created_at, notices, outline, warnings, rewrites';

/**
 * Stored bytes of one review row with its Word file (quota accounting: UTF-8 bytes of every text column). Each row
 * keeps its count in `stored_bytes`: `create` counts the same in code, and every update changes the count in the
 * statement that changes the column, so the quota check sums one indexed column instead of reading every draft.
 */
export const REVIEW_BYTES = `octet_length(title) + octet_length(text) + octet_length(structure) + octet_length(findings) +
  octet_length(decisions) + octet_length(notices) + octet_length(outline) + octet_length(warnings) + octet_length(rewrites) +
  COALESCE((SELECT octet_length(docx) FROM review_sources s WHERE s.review_id = reviews.id), 0)`;

const utf8Bytes = (texts: string[]): number => texts.reduce((n, t) => n + Buffer.byteLength(t), 0);

/** Draft reviews; every statement is scoped by the owning session. */
/**
 * Replaces one JSON column of a review and keeps its byte count exact in the same statement: the right-hand side reads
 * the row as it was, so the old value's bytes come off.
 */
function replaceJson(tx: SqlRunner, column: 'decisions' | 'rewrites', value: unknown, id: string, sessionId: string): Promise<unknown> {
  const json = JSON.stringify(value);
  return tx.run(`UPDATE reviews SET ${column} = ?, stored_bytes = stored_bytes + ? - octet_length(${column}) WHERE id = ? AND session_id = ?`, [
    json,
    Buffer.byteLength(json),
    id,
    sessionId,
  ]);
}

export function createReviewStore(db: SqlDb, clock: Clock) {
  return {
    /** `docx`: the uploaded Word file, kept for the tracked-changes export. */
    async create(sessionId: string, r: NewReview, docx?: Buffer): Promise<ReviewResponse> {
      const id = clock.id();
      const createdAt = clock.now().toISOString();
      const [structure, findings, notices, outline, warnings, rewrites] = [r.structure, r.findings, r.notices ?? [], r.outline, r.warnings ?? [], r.rewrites ?? []].map(
        (v) => JSON.stringify(v),
      ) as [string, string, string, string, string, string];
      const bytes = utf8Bytes([r.title, r.text, structure, findings, '{}', notices, outline, warnings, rewrites]) + (docx?.length ?? 0);
      const values: Param[] = [id, sessionId, r.title, r.format, r.text, structure, findings, r.provisions, createdAt, notices, outline, warnings, rewrites, bytes];
      await db.transaction(async (tx) => {
        await tx.run(
          `INSERT INTO reviews (id, session_id, title, format, text, structure, findings, decisions, provisions, created_at, notices, outline, warnings, rewrites, stored_bytes)
           VALUES (?, ?, ?, ?, ?, ?, ?, '{}', ?, ?, ?, ?, ?, ?, ?)`,
          values,
        );
        if (docx) await tx.run('INSERT INTO review_sources (review_id, docx) VALUES (?, ?)', [id, docx]);
      });
      return { ...r, id, createdAt, decisions: {}, rewrites: r.rewrites ?? [] };
    },
    async get(sessionId: string, id: string): Promise<ReviewResponse | undefined> {
      const row = await db.get(`SELECT ${REVIEW_COLUMNS} FROM reviews WHERE id = ? AND session_id = ?`, [id, sessionId]);
      const r = parseOptionalRow(ReviewRowSchema, row, 'reviews');
      return r && toReview(r);
    },
    list: async (sessionId: string): Promise<ReviewSummary[]> =>
      parseRows(
        SummaryRowSchema,
        await db.all(
          `SELECT id, title, created_at, ${db.dialect.jsonArrayLength('findings')} AS findings FROM reviews
           WHERE session_id = ? ORDER BY created_at DESC, rowid DESC`,
          [sessionId],
        ),
        'reviews',
      ).map((r) => ({ id: r.id, title: r.title, createdAt: r.created_at, findings: r.findings })),
    /** Read-modify-write inside one transaction (row locked) so concurrent decisions do not overwrite each other. */
    decide(sessionId: string, id: string, findingId: string, decision: Decision): Promise<'ok' | 'no_review' | 'no_finding'> {
      return db.transaction(async (tx) => {
        const row = parseOptionalRow(
          DecideRowSchema,
          await tx.get(`SELECT findings, decisions FROM reviews WHERE id = ? AND session_id = ?${db.dialect.forUpdate}`, [id, sessionId]),
          'reviews',
        );
        if (!row) return 'no_review' as const;
        if (!row.findings.some((f) => f.id === findingId)) return 'no_finding' as const;
        const decisions = row.decisions;
        if (decision === 'open') delete decisions[findingId];
        else decisions[findingId] = decision;
        await replaceJson(tx, 'decisions', decisions, id, sessionId);
        return 'ok' as const;
      });
    },
    /**
     * Replaces the stored rewrites of the Absätze starting at the given offsets (a decision was worked in); the
     * others stay as they are, so two decisions in different Absätze do not overwrite each other.
     */
    updateRewrites(sessionId: string, id: string, changed: AbsatzRewrite[]): Promise<boolean> {
      return db.transaction(async (tx) => {
        const row = parseOptionalRow(
          RewritesRowSchema,
          await tx.get(`SELECT rewrites FROM reviews WHERE id = ? AND session_id = ?${db.dialect.forUpdate}`, [id, sessionId]),
          'reviews',
        );
        if (!row) return false;
        const byStart = new Map(changed.map((r) => [r.start, r]));
        const next = row.rewrites.map((r) => byStart.get(r.start) ?? r);
        await replaceJson(tx, 'rewrites', next, id, sessionId);
        return true;
      });
    },
    /** The uploaded Word file of the review, if it was one. */
    async source(sessionId: string, id: string): Promise<Buffer | undefined> {
      const row = await db.get('SELECT s.docx FROM review_sources s JOIN reviews r ON r.id = s.review_id WHERE r.id = ? AND r.session_id = ?', [id, sessionId]);
      return parseOptionalRow(SourceRowSchema, row, 'review_sources')?.docx;
    },
    /** Deletes the review with the feedback on its findings and its Word file (ON DELETE CASCADE), leaving no copy in the WAL. */
    remove: removerWithFeedback(db, 'reviews'),
    /** Bytes the session's reviews take, uploaded Word files included (per-user storage quota). */
    async sessionBytes(sessionId: string): Promise<number> {
      const row = await db.get('SELECT SUM(stored_bytes) AS n FROM reviews WHERE session_id = ?', [sessionId]);
      return parseRow(BytesRowSchema, row, 'reviews').n ?? 0;
    },
  };
}
export type ReviewStore = ReturnType<typeof createReviewStore>;
