import type { Decision, ReviewResponse, ReviewStructureItem, ReviewSummary } from '../contracts/api';
import type { Finding } from '../contracts/finding';
import type { Clock } from './clock';
import type { Db } from './db';
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
}

export type NewReview = Omit<ReviewResponse, 'id' | 'createdAt' | 'decisions'>;

const toReview = (r: ReviewRow): ReviewResponse => {
  const notices = parseJson<string[]>(r.notices, []);
  return {
    id: r.id,
    title: r.title,
    format: r.format,
    text: r.text,
    structure: parseJson<ReviewStructureItem[]>(r.structure, []),
    findings: parseJson<Finding[]>(r.findings, []),
    decisions: parseJson<Record<string, Decision>>(r.decisions, {}),
    provisions: r.provisions,
    createdAt: r.created_at,
    ...(notices.length ? { notices } : {}),
  };
};

/** Draft reviews; every statement is scoped by the owning session. */
export function createReviewStore(db: Db, clock: Clock) {
  const q = {
    insert: db.prepare(
      `INSERT INTO reviews (id, session_id, title, format, text, structure, findings, decisions, provisions, created_at, notices)
       VALUES (?, ?, ?, ?, ?, ?, ?, '{}', ?, ?, ?)`,
    ),
    get: db.prepare<[string, string], ReviewRow>('SELECT * FROM reviews WHERE id = ? AND session_id = ?'),
    list: db.prepare<[string], { id: string; title: string; created_at: string; findings: number }>(
      `SELECT id, title, created_at, json_array_length(findings) AS findings FROM reviews
       WHERE session_id = ? ORDER BY created_at DESC, rowid DESC`,
    ),
    setDecisions: db.prepare('UPDATE reviews SET decisions = ? WHERE id = ? AND session_id = ?'),
    remove: db.prepare('DELETE FROM reviews WHERE id = ? AND session_id = ?'),
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
        );
        if (docx) q.insertSource.run(id, docx);
      })();
      return { ...r, id, createdAt, decisions: {} };
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
    /** The uploaded Word file of the review, if it was one. */
    source: (sessionId: string, id: string): Buffer | undefined => q.getSource.get(id, sessionId)?.docx,
    /** The Word file goes with the review (ON DELETE CASCADE). */
    remove: (sessionId: string, id: string): boolean => q.remove.run(id, sessionId).changes > 0,
  };
}
export type ReviewStore = ReturnType<typeof createReviewStore>;
