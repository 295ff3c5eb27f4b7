import type { Decision, ReviewResponse, ReviewStructureItem, ReviewSummary } from '../contracts/api';
import type { OutlineEntry, ParseWarning } from '../contracts/document';
import type { Finding } from '../contracts/finding';
import type { AbsatzRewrite } from '../contracts/rewrite';
import type { Clock } from './clock';
import type { Db } from './db';
import { removerWithFeedback } from './feedback';
import { parseJson } from './json';

interface ReviewRow {
  id: string;
  title: string;
  format: ReviewResponse['format'];
  text: string;
  structure: string;
  findings: string;
  decisions: string;
  provisions: number;
  created_at: string;
  notices: string;
  outline: string;
  warnings: string;
  rewrites: string;
}

export type NewReview = Omit<ReviewResponse, 'id' | 'createdAt' | 'decisions'>;

const toReview = (r: ReviewRow): ReviewResponse => {
  const notices = parseJson<string[]>(r.notices, []);
  const warnings = parseJson<ParseWarning[]>(r.warnings, []);
  return {
    id: r.id,
    title: r.title,
    format: r.format,
    text: r.text,
    structure: parseJson<ReviewStructureItem[]>(r.structure, []),
    outline: parseJson<OutlineEntry[]>(r.outline, []),
    findings: parseJson<Finding[]>(r.findings, []),
    decisions: parseJson<Record<string, Decision>>(r.decisions, {}),
    provisions: r.provisions,
    createdAt: r.created_at,
    ...(notices.length ? { notices } : {}),
    ...(warnings.length ? { warnings } : {}),
    rewrites: parseJson<AbsatzRewrite[]>(r.rewrites, []),
  };
};

/** Draft reviews; every statement is scoped by the owning session. */
export function createReviewStore(db: Db, clock: Clock) {
  const q = {
    insert: db.prepare(
      `INSERT INTO reviews (id, session_id, title, format, text, structure, findings, decisions, provisions, created_at, notices, outline, warnings, rewrites)
       VALUES (?, ?, ?, ?, ?, ?, ?, '{}', ?, ?, ?, ?, ?, ?)`,
    ),
    get: db.prepare<[string, string], ReviewRow>('SELECT * FROM reviews WHERE id = ? AND session_id = ?'),
    list: db.prepare<[string], { id: string; title: string; created_at: string; findings: number }>(
      `SELECT id, title, created_at, json_array_length(findings) AS findings FROM reviews
       WHERE session_id = ? ORDER BY created_at DESC, rowid DESC`,
    ),
    setDecisions: db.prepare('UPDATE reviews SET decisions = ? WHERE id = ? AND session_id = ?'),
    setRewrites: db.prepare('UPDATE reviews SET rewrites = ? WHERE id = ? AND session_id = ?'),
    bytes: db.prepare<[string], { n: number | null }>(
      `SELECT SUM(length(CAST(text AS BLOB)) + length(CAST(findings AS BLOB)) + length(CAST(structure AS BLOB)) +
        length(CAST(decisions AS BLOB)) + length(CAST(notices AS BLOB)) + length(CAST(outline AS BLOB)) + length(CAST(rewrites AS BLOB)) +
        COALESCE((SELECT length(docx) FROM review_sources s WHERE s.review_id = reviews.id), 0)) AS n FROM reviews WHERE session_id = ?`,
    ),
    insertSource: db.prepare('INSERT INTO review_sources (review_id, docx) VALUES (?, ?)'),
    getSource: db.prepare<[string, string], { docx: Buffer }>(
      'SELECT s.docx FROM review_sources s JOIN reviews r ON r.id = s.review_id WHERE r.id = ? AND r.session_id = ?',
    ),
  };
  return {
    /** `docx`: the uploaded Word file, kept for the tracked-changes export. */
    create(sessionId: string, r: NewReview, docx?: Buffer): ReviewResponse {
      const id = clock.id();
      const createdAt = clock.now().toISOString();
      db.transaction(() => {
        q.insert.run(
          id,
          sessionId,
          r.title,
          r.format,
          r.text,
          JSON.stringify(r.structure),
          JSON.stringify(r.findings),
          r.provisions,
          createdAt,
          JSON.stringify(r.notices ?? []),
          JSON.stringify(r.outline),
          JSON.stringify(r.warnings ?? []),
          JSON.stringify(r.rewrites ?? []),
        );
        if (docx) q.insertSource.run(id, docx);
      })();
      return { ...r, id, createdAt, decisions: {}, rewrites: r.rewrites ?? [] };
    },
    get(sessionId: string, id: string): ReviewResponse | undefined {
      const row = q.get.get(id, sessionId);
      return row ? toReview(row) : undefined;
    },
    list: (sessionId: string): ReviewSummary[] =>
      q.list.all(sessionId).map((r) => ({ id: r.id, title: r.title, createdAt: r.created_at, findings: r.findings })),
    /** Read-modify-write inside one transaction so concurrent decisions do not overwrite each other. */
    decide(sessionId: string, id: string, findingId: string, decision: Decision): 'ok' | 'no_review' | 'no_finding' {
      return db.transaction(() => {
        const row = q.get.get(id, sessionId);
        if (!row) return 'no_review' as const;
        const findings = parseJson<Finding[]>(row.findings, []);
        if (!findings.some((f) => f.id === findingId)) return 'no_finding' as const;
        const decisions = parseJson<Record<string, Decision>>(row.decisions, {});
        if (decision === 'open') delete decisions[findingId];
        else decisions[findingId] = decision;
        q.setDecisions.run(JSON.stringify(decisions), id, sessionId);
        return 'ok' as const;
      })();
    },
    /**
     * Replaces the stored rewrites of the Absätze starting at the given offsets (a decision was worked in); the
     * others stay as they are, so two decisions in different Absätze do not overwrite each other.
     */
    updateRewrites(sessionId: string, id: string, changed: AbsatzRewrite[]): boolean {
      return db.transaction(() => {
        const row = q.get.get(id, sessionId);
        if (!row) return false;
        const byStart = new Map(changed.map((r) => [r.start, r]));
        const next = parseJson<AbsatzRewrite[]>(row.rewrites, []).map((r) => byStart.get(r.start) ?? r);
        q.setRewrites.run(JSON.stringify(next), id, sessionId);
        return true;
      })();
    },
    /** The uploaded Word file of the review, if it was one. */
    source: (sessionId: string, id: string): Buffer | undefined => q.getSource.get(id, sessionId)?.docx,
    /** Deletes the review with the feedback on its findings and its Word file (ON DELETE CASCADE), leaving no copy in the WAL. */
    remove: removerWithFeedback(db, 'reviews'),
    /** Bytes the session's reviews take, uploaded Word files included (per-user storage quota). */
    sessionBytes: (sessionId: string): number => q.bytes.get(sessionId)?.n ?? 0,
  };
}
export type ReviewStore = ReturnType<typeof createReviewStore>;
