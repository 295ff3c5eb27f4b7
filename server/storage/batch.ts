import type {
  BatchJobStatus,
  BatchJobSummary,
  BatchResultRow,
  BatchResultsQuery,
  BatchSummary,
} from '../contracts/api';
import { LawAiSchema, type LawAi } from '../batch/law-ai';
import { CATEGORY_CODES, SeveritySchema, type Finding } from '../contracts/finding';
import type { Clock } from './clock';
import { checkpoint, type Db } from './db';
import { parseJson } from './json';

/** One analysed law as produced by the batch runner (server/batch/analyze-law.ts LawResult). */
export interface StoredLawResult {
  path: string;
  law: string;
  title: string;
  jurisdiction: string;
  provisions: number;
  findings: Finding[];
  error?: string;
  /** Set when the job ran the AI review on this law. */
  ai?: LawAi;
}

interface JobRow {
  id: string;
  session_id: string;
  name: string;
  status: BatchJobStatus;
  files: string;
  total: number;
  message: string | null;
  seconds: number;
  created_at: string;
  done: number;
  ai: number;
  notices: string;
  upload_bytes: number;
}

export interface JobRecord extends BatchJobSummary {
  sessionId: string;
  files: string[];
  seconds: number;
  /** Bytes the uploaded ZIP extracted to (0 for corpus jobs). */
  uploadBytes: number;
}

export interface NewJobOptions {
  id?: string;
  ai?: boolean;
  notices?: string[];
  uploadBytes?: number;
}

const SEVERITY_RANK = { hoch: 0, mittel: 1, hinweis: 2 } as const;
const SORT_COLUMNS = { law: 'law', category: 'category', severity: 'severity_rank' } as const;

const JOB_SELECT = `SELECT j.*, (SELECT COUNT(*) FROM batch_results r WHERE r.job_id = j.id) AS done FROM batch_jobs j`;

const toJob = (r: JobRow): JobRecord => ({
  id: r.id,
  sessionId: r.session_id,
  name: r.name,
  status: r.status,
  done: r.done,
  total: r.total,
  createdAt: r.created_at,
  files: parseJson<string[]>(r.files, []),
  seconds: r.seconds,
  ai: r.ai === 1,
  uploadBytes: r.upload_bytes,
  ...(r.message ? { message: r.message } : {}),
  ...withNotices(parseJson<string[]>(r.notices, [])),
});

const withNotices = (notices: string[]) => (notices.length ? { notices } : {});

/** What a finding row holds beyond its columns; the columns are not repeated in the JSON (compact storage). */
const findingRest = (f: Finding) => JSON.stringify({ id: f.id, ruleId: f.ruleId, location: f.location, ...(f.confidence !== undefined ? { confidence: f.confidence } : {}) });

interface FindingRowData {
  finding: string;
  category: string;
  principle: number;
  severity: string;
  source: string;
  match: string;
  sentence: string;
  explanation: string;
  suggestion: string;
  legal_basis: string;
  amendment: string;
}

/** The finding of a row: the columns over the JSON rest (rows written before compaction carry the full JSON). */
function rowFinding(r: FindingRowData): Finding | null {
  const rest = parseJson<Partial<Finding> | null>(r.finding, null);
  if (!rest) return null;
  return {
    ...rest,
    category: r.category,
    principle: r.principle,
    severity: r.severity,
    source: r.source,
    quote: { match: r.match, sentence: r.sentence },
    explanation: r.explanation,
    suggestion: r.suggestion,
    legalBasis: parseJson<string[]>(r.legal_basis, []),
    amendment: r.amendment,
  } as Finding;
}

/** Stored bytes of the finding rows that the WHERE clause selects (quota accounting; SQLite counts BLOB bytes). */
const FINDING_BYTES = `SUM(length(CAST(match AS BLOB)) + length(CAST(sentence AS BLOB)) + length(CAST(explanation AS BLOB)) +
  length(CAST(suggestion AS BLOB)) + length(CAST(amendment AS BLOB)) + length(CAST(legal_basis AS BLOB)) + length(CAST(finding AS BLOB)) + length(CAST(ref AS BLOB)) + 64)`;

/** Batch jobs, their per-law results and the flat findings table that the results view filters in SQL. */
export function createBatchStore(db: Db, clock: Clock) {
  const q = {
    insert: db.prepare(
      `INSERT INTO batch_jobs (id, session_id, name, status, files, total, ai, notices, upload_bytes, created_at, updated_at)
       VALUES (?, ?, ?, 'queued', ?, ?, ?, ?, ?, ?, ?)`,
    ),
    get: db.prepare<[string, string], JobRow>(`${JOB_SELECT} WHERE j.id = ? AND j.session_id = ?`),
    getAny: db.prepare<[string], JobRow>(`${JOB_SELECT} WHERE j.id = ?`),
    list: db.prepare<[string], JobRow>(`${JOB_SELECT} WHERE j.session_id = ? ORDER BY j.created_at DESC, j.rowid DESC`),
    listAll: db.prepare<[], JobRow>(`${JOB_SELECT} ORDER BY j.created_at DESC, j.rowid DESC`),
    unfinished: db.prepare<[], JobRow>(`${JOB_SELECT} WHERE j.status IN ('queued', 'running') ORDER BY j.created_at, j.rowid`),
    setStatus: db.prepare('UPDATE batch_jobs SET status = ?, message = ?, updated_at = ? WHERE id = ?'),
    addSeconds: db.prepare('UPDATE batch_jobs SET seconds = seconds + ? WHERE id = ?'),
    remove: db.prepare('DELETE FROM batch_jobs WHERE id = ? AND session_id = ?'),
    stale: db.prepare<[string], { id: string; session_id: string }>('SELECT id, session_id FROM batch_jobs WHERE updated_at < ?'),
    donePaths: db.prepare<[string], { path: string }>('SELECT path FROM batch_results WHERE job_id = ?'),
    insertResult: db.prepare(
      `INSERT OR IGNORE INTO batch_results (job_id, path, law, title, jurisdiction, provisions, findings, error, ai, ai_prompt, ai_completion)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertFinding: db.prepare(
      `INSERT INTO batch_findings (job_id, path, law, title, ref, category, principle, severity, severity_rank, match,
        sentence, explanation, suggestion, legal_basis, amendment, finding, source)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    totals: db.prepare<[string], { laws: number; provisions: number | null }>(
      'SELECT COUNT(*) AS laws, SUM(provisions) AS provisions FROM batch_results WHERE job_id = ? AND error IS NULL',
    ),
    groupBy: (col: string) =>
      db.prepare<[string], { k: string; n: number }>(
        `SELECT ${col} AS k, COUNT(*) AS n FROM batch_findings WHERE job_id = ? GROUP BY ${col}`,
      ),
    topLaws: db.prepare<[string], { law: string; title: string; findings: number }>(
      `SELECT law, title, findings FROM batch_results WHERE job_id = ? AND findings > 0
       ORDER BY findings DESC, law LIMIT 20`,
    ),
    aiTotals: db.prepare<[string], { prompt: number | null; completion: number | null }>(
      'SELECT SUM(ai_prompt) AS prompt, SUM(ai_completion) AS completion FROM batch_results WHERE job_id = ?',
    ),
    aiLaws: db.prepare<[string], { law: string; title: string; ai: string }>(
      'SELECT law, title, ai FROM batch_results WHERE job_id = ? AND ai IS NOT NULL ORDER BY rowid',
    ),
    aiFindings: db.prepare<[string], { n: number }>(`SELECT COUNT(*) AS n FROM batch_findings WHERE job_id = ? AND source = 'KI'`),
    allFindings: db.prepare<[string], FindingRowData & { path: string; law: string; title: string }>(
      `SELECT finding, path, law, title, category, principle, severity, source, match, sentence, explanation, suggestion, legal_basis, amendment
       FROM batch_findings WHERE job_id = ? ORDER BY seq`,
    ),
    resultBytes: db.prepare<[string], { n: number | null }>(`SELECT ${FINDING_BYTES} AS n FROM batch_findings WHERE job_id = ?`),
    sessionBytes: db.prepare<[string, string], { n: number | null }>(
      `SELECT IFNULL((SELECT ${FINDING_BYTES} FROM batch_findings WHERE job_id IN (SELECT id FROM batch_jobs WHERE session_id = ?)), 0)
        + IFNULL((SELECT SUM(upload_bytes) FROM batch_jobs WHERE session_id = ?), 0) AS n`,
    ),
    ids: db.prepare<[], { id: string }>('SELECT id FROM batch_jobs'),
  };
  const byCategory = q.groupBy('category');
  const byPrinciple = q.groupBy('principle');
  const bySeverity = q.groupBy('severity');
  // zero-filled keys, as in the CLI summary (server/batch/summary.ts), so charts have stable axes
  const counts = (keys: readonly string[], rows: { k: string; n: number }[]) => ({
    ...Object.fromEntries(keys.map((k) => [k, 0])),
    ...Object.fromEntries(rows.map((r) => [String(r.k), r.n])),
  });

  function aiSummary(jobId: string): NonNullable<BatchSummary['ai']> {
    const totals = q.aiTotals.get(jobId)!;
    const laws = q.aiLaws.all(jobId).flatMap((row) => {
      const ai = LawAiSchema.safeParse(parseJson<unknown>(row.ai, null));
      return ai.success ? [{ law: row.law, title: row.title, ai: ai.data }] : [];
    });
    return {
      prompt: totals.prompt ?? 0,
      completion: totals.completion ?? 0,
      estimated: laws.some((l) => l.ai.estimated),
      findings: q.aiFindings.get(jobId)!.n,
      byLaw: laws
        .filter((l) => l.ai.provisions > 0)
        .map((l) => ({ law: l.law, title: l.title, provisions: l.ai.provisions, findings: l.ai.findings, prompt: l.ai.prompt, completion: l.ai.completion })),
      notices: laws.flatMap((l) => l.ai.notices.map((message) => ({ law: l.law, message }))),
    };
  }

  return {
    create(sessionId: string, name: string, files: string[], opts: NewJobOptions = {}): JobRecord {
      const now = clock.now().toISOString();
      const id = opts.id ?? clock.id();
      q.insert.run(id, sessionId, name, JSON.stringify(files), files.length, opts.ai ? 1 : 0, JSON.stringify(opts.notices ?? []), opts.uploadBytes ?? 0, now, now);
      return toJob(q.getAny.get(id)!);
    },
    get(sessionId: string, id: string): JobRecord | undefined {
      const row = q.get.get(id, sessionId);
      return row ? toJob(row) : undefined;
    },
    getById(id: string): JobRecord | undefined {
      const row = q.getAny.get(id);
      return row ? toJob(row) : undefined;
    },
    list: (sessionId: string): JobRecord[] => q.list.all(sessionId).map(toJob),
    /** Every owner's jobs (administrators). */
    listAll: (): JobRecord[] => q.listAll.all().map(toJob),
    unfinished: (): JobRecord[] => q.unfinished.all().map(toJob),
    setStatus(id: string, status: BatchJobStatus, message?: string): void {
      q.setStatus.run(status, message ?? null, clock.now().toISOString(), id);
    },
    addSeconds(id: string, seconds: number): void {
      q.addSeconds.run(seconds, id);
    },
    remove(sessionId: string, id: string): boolean {
      const removed = q.remove.run(id, sessionId).changes > 0;
      if (removed) checkpoint(db);
      return removed;
    },
    /** Jobs not updated since `before` (retention). */
    staleJobs: (before: Date): { id: string; sessionId: string }[] =>
      q.stale.all(before.toISOString()).map((r) => ({ id: r.id, sessionId: r.session_id })),
    donePaths: (id: string): Set<string> => new Set(q.donePaths.all(id).map((r) => r.path)),
    /** Ids of every job of every session (start-up clean-up of upload folders). */
    ids: (): Set<string> => new Set(q.ids.all().map((r) => r.id)),
    /** Bytes the job's stored findings take (per-job results quota). */
    resultBytes: (jobId: string): number => q.resultBytes.get(jobId)?.n ?? 0,
    /** Bytes of the session's batch findings and extracted uploads (per-user storage quota). */
    sessionBytes: (sessionId: string): number => q.sessionBytes.get(sessionId, sessionId)?.n ?? 0,
    /**
     * Stores one law atomically and returns the bytes its findings take (as `resultBytes` counts them); a law that
     * is already stored (resume after restart) is skipped and yields undefined.
     */
    addResult(jobId: string, r: StoredLawResult): number | undefined {
      return db.transaction(() => {
        const inserted =
          q.insertResult.run(
            jobId,
            r.path,
            r.law,
            r.title,
            r.jurisdiction,
            r.provisions,
            r.findings.length,
            r.error ?? null,
            r.ai ? JSON.stringify(r.ai) : null,
            r.ai?.prompt ?? 0,
            r.ai?.completion ?? 0,
          ).changes > 0;
        if (!inserted) return undefined;
        let bytes = 0;
        for (const f of r.findings) {
          const rest = findingRest(f);
          const legalBasis = JSON.stringify(f.legalBasis);
          bytes += 64 + [f.quote.match, f.quote.sentence, f.explanation, f.suggestion, f.amendment, legalBasis, rest, f.location.ref].reduce((n, t) => n + Buffer.byteLength(t), 0);
          q.insertFinding.run(
            jobId,
            r.path,
            r.law,
            r.title,
            f.location.ref,
            f.category,
            f.principle,
            f.severity,
            SEVERITY_RANK[f.severity],
            f.quote.match,
            f.quote.sentence,
            f.explanation,
            f.suggestion,
            legalBasis,
            f.amendment,
            rest,
            f.source,
          );
        }
        return bytes;
      })();
    },
    summary(job: JobRecord): BatchSummary {
      const t = q.totals.get(job.id)!;
      return {
        laws: t.laws,
        provisions: t.provisions ?? 0,
        findings: byCategory.all(job.id).reduce((s, r) => s + r.n, 0),
        byCategory: counts(CATEGORY_CODES, byCategory.all(job.id)),
        byPrinciple: counts(['1', '2', '3', '4', '5'], byPrinciple.all(job.id)),
        bySeverity: counts(SeveritySchema.options, bySeverity.all(job.id)),
        byLaw: q.topLaws.all(job.id),
        seconds: Math.round(job.seconds * 10) / 10,
        ...(job.ai ? { ai: aiSummary(job.id) } : {}),
      };
    },
    /** Filtered, sorted, paged findings; all filtering happens in SQL with bound parameters. */
    results(jobId: string, query: BatchResultsQuery): { total: number; rows: BatchResultRow[] } {
      const where = ['job_id = ?'];
      const params: (string | number)[] = [jobId];
      if (query.category) (where.push('category = ?'), params.push(query.category));
      if (query.principle) (where.push('principle = ?'), params.push(query.principle));
      if (query.severity) (where.push('severity = ?'), params.push(query.severity));
      if (query.law) (where.push('law = ?'), params.push(query.law));
      if (query.source) (where.push('source = ?'), params.push(query.source));
      if (query.q) {
        const like = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        where.push(
          `(law LIKE ? ESCAPE '\\' OR title LIKE ? ESCAPE '\\' OR ref LIKE ? ESCAPE '\\' OR match LIKE ? ESCAPE '\\' OR sentence LIKE ? ESCAPE '\\')`,
        );
        params.push(like, like, like, like, like);
      }
      const cond = where.join(' AND ');
      const total = db.prepare<unknown[], { n: number }>(`SELECT COUNT(*) AS n FROM batch_findings WHERE ${cond}`).get(...params)!.n;
      const dir = query.dir === 'desc' ? 'DESC' : 'ASC';
      const rows = db
        .prepare<unknown[], Record<string, string | number>>(
          `SELECT law, title, ref, category, principle, severity, match, sentence, explanation, suggestion, legal_basis, amendment, source
           FROM batch_findings WHERE ${cond} ORDER BY ${SORT_COLUMNS[query.sort]} ${dir}, seq LIMIT ? OFFSET ?`,
        )
        .all(...params, query.limit, query.offset);
      return {
        total,
        rows: rows.map(({ legal_basis, ...r }) => ({ ...r, legalBasis: parseJson<string[]>(String(legal_basis), []) }) as BatchResultRow),
      };
    },
    /** Every stored finding with its law, in arrival order (for the CSV/XLSX exports); streamed, not loaded at once. */
    *exportRows(jobId: string): Generator<{ law: string; title: string; path: string; finding: Finding }> {
      for (const row of q.allFindings.iterate(jobId)) {
        const finding = rowFinding(row);
        if (finding) yield { law: row.law, title: row.title, path: row.path, finding };
      }
    },
  };
}
export type BatchStore = ReturnType<typeof createBatchStore>;
