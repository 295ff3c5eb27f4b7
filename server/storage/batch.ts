import { z } from 'zod';
import {
  type BatchJobStatus,
  BatchJobStatusSchema,
  type BatchJobSummary,
  type BatchResultRow,
  BatchResultRowSchema,
  type BatchResultsQuery,
  type BatchSummary,
} from '../contracts/api';
import { LawAiSchema, type LawAi } from '../batch/law-ai';
import { CATEGORY_CODES, type Finding, FindingSchema, SeveritySchema } from '../contracts/finding';
import type { Clock } from './clock';
import { jsonColumn, parseRow, parseRows } from './rows';
import type { Param, SqlDb, SqlRunner } from './sql';

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

const JobRowSchema = z.object({
  id: z.string(),
  session_id: z.string(),
  name: z.string(),
  status: BatchJobStatusSchema,
  files: jsonColumn(z.array(z.string())),
  total: z.number().int(),
  message: z.string().nullable(),
  seconds: z.number(),
  created_at: z.string(),
  done: z.number().int(),
  ai: z.number().int(),
  notices: jsonColumn(z.array(z.string())),
  upload_bytes: z.number().int(),
});

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
// laws sort as the filter list shows them, not in byte order ("GemHVO" next to "GKZ BW")
const SORT_COLUMNS = { law: 'LOWER(law)', category: 'category', severity: 'severity_rank' } as const;

const JOB_SELECT = `SELECT j.id, j.session_id, j.name, j.status, j.files, j.total, j.message, j.seconds, j.created_at, j.ai, j.notices,
  j.upload_bytes, (SELECT COUNT(*) FROM batch_results r WHERE r.job_id = j.id) AS done FROM batch_jobs j`;

const toJob = (r: z.infer<typeof JobRowSchema>): JobRecord => ({
  id: r.id,
  sessionId: r.session_id,
  name: r.name,
  status: r.status,
  done: r.done,
  total: r.total,
  createdAt: r.created_at,
  files: r.files,
  seconds: r.seconds,
  ai: r.ai === 1,
  uploadBytes: r.upload_bytes,
  ...(r.message ? { message: r.message } : {}),
  ...(r.notices.length ? { notices: r.notices } : {}),
});

/** What a finding row holds beyond its columns; the columns are not repeated in the JSON (compact storage). */
const findingRest = (f: Finding) => JSON.stringify({ id: f.id, ruleId: f.ruleId, location: f.location, ...(f.confidence !== undefined ? { confidence: f.confidence } : {}) });

const ResultRowSchema = z.object({
  law: z.string(),
  title: z.string(),
  ref: z.string(),
  category: z.string(),
  principle: z.number().int(),
  severity: z.string(),
  source: z.string(),
  match: z.string(),
  sentence: z.string(),
  explanation: z.string(),
  suggestion: z.string(),
  legal_basis: jsonColumn(z.array(z.string())),
  amendment: z.string(),
});
const FindingRowSchema = ResultRowSchema.omit({ ref: true }).extend({ seq: z.number().int(), path: z.string(), finding: jsonColumn(z.record(z.string(), z.unknown())) });

/** The finding of a row: the columns over the JSON rest (rows written before compaction carry the full JSON). */
const rowFinding = (r: z.infer<typeof FindingRowSchema>): Finding =>
  parseRow(
    FindingSchema,
    {
      ...r.finding,
      category: r.category,
      principle: r.principle,
      severity: r.severity,
      source: r.source,
      quote: { match: r.match, sentence: r.sentence },
      explanation: r.explanation,
      suggestion: r.suggestion,
      legalBasis: r.legal_basis,
      amendment: r.amendment,
    },
    'batch_findings',
  );

/**
 * Stored bytes of the finding rows that the WHERE clause selects (quota accounting: UTF-8 bytes of every text column).
 * `insertFindings` counts the same in code and keeps the sum per job in `batch_jobs.result_bytes`.
 */
export const FINDING_BYTES = `SUM(octet_length(match) + octet_length(sentence) + octet_length(explanation) + octet_length(suggestion) +
  octet_length(amendment) + octet_length(legal_basis) + octet_length(finding) + octet_length(ref) + 64)`;

const CountSchema = z.object({ n: z.number().nullable() });
const GroupSchema = z.object({ k: z.union([z.string(), z.number()]), n: z.number().int() });
const TotalsSchema = z.object({ laws: z.number().int(), provisions: z.number().nullable() });
const TopLawSchema = z.object({ law: z.string(), title: z.string(), findings: z.number().int() });
const AiTotalsSchema = z.object({ prompt: z.number().nullable(), completion: z.number().nullable() });
const AiLawSchema = z.object({ law: z.string(), title: z.string(), ai: jsonColumn(LawAiSchema) });
const IdSchema = z.object({ id: z.string(), session_id: z.string() });
const PathSchema = z.object({ path: z.string() });

/** Rows the export reads per query: a large job streams out without holding every finding in memory. */
const EXPORT_PAGE = 1000;

/** Batch jobs, their per-law results and the flat findings table that the results view filters in SQL. */
export function createBatchStore(db: SqlDb, clock: Clock) {
  const jobRows = async (where: string, params: Param[] = []) => parseRows(JobRowSchema, await db.all(`${JOB_SELECT} ${where}`, params), 'batch_jobs').map(toJob);
  const count = async (sql: string, params: Param[], r: SqlRunner = db) => parseRow(CountSchema, await r.get(sql, params), 'batch').n ?? 0;
  const groupBy = async (col: string, jobId: string) =>
    parseRows(GroupSchema, await db.all(`SELECT ${col} AS k, COUNT(*) AS n FROM batch_findings WHERE job_id = ? GROUP BY ${col}`, [jobId]), 'batch_findings');
  // zero-filled keys, as in the CLI summary (server/batch/summary.ts), so charts have stable axes
  const counts = (keys: readonly string[], rows: { k: string | number; n: number }[]) => ({
    ...Object.fromEntries(keys.map((k) => [k, 0])),
    ...Object.fromEntries(rows.map((r) => [String(r.k), r.n])),
  });

  async function aiSummary(jobId: string): Promise<NonNullable<BatchSummary['ai']>> {
    const totals = parseRow(AiTotalsSchema, await db.get('SELECT SUM(ai_prompt) AS prompt, SUM(ai_completion) AS completion FROM batch_results WHERE job_id = ?', [jobId]), 'batch_results');
    const laws = parseRows(AiLawSchema, await db.all('SELECT law, title, ai FROM batch_results WHERE job_id = ? AND ai IS NOT NULL ORDER BY rowid', [jobId]), 'batch_results');
    return {
      prompt: totals.prompt ?? 0,
      completion: totals.completion ?? 0,
      estimated: laws.some((l) => l.ai.estimated),
      findings: await count(`SELECT COUNT(*) AS n FROM batch_findings WHERE job_id = ? AND source = 'KI'`, [jobId]),
      byLaw: laws
        .filter((l) => l.ai.provisions > 0)
        .map((l) => ({ law: l.law, title: l.title, provisions: l.ai.provisions, findings: l.ai.findings, prompt: l.ai.prompt, completion: l.ai.completion })),
      notices: laws.flatMap((l) => l.ai.notices.map((message) => ({ law: l.law, message }))),
    };
  }

  async function insertFindings(tx: SqlRunner, jobId: string, r: StoredLawResult): Promise<number> {
    let bytes = 0;
    for (const f of r.findings) {
      const rest = findingRest(f);
      const legalBasis = JSON.stringify(f.legalBasis);
      bytes += 64 + [f.quote.match, f.quote.sentence, f.explanation, f.suggestion, f.amendment, legalBasis, rest, f.location.ref].reduce((n, t) => n + Buffer.byteLength(t), 0);
      await tx.run(
        `INSERT INTO batch_findings (job_id, path, law, title, ref, category, principle, severity, severity_rank, match,
          sentence, explanation, suggestion, legal_basis, amendment, finding, source)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
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
        ],
      );
    }
    return bytes;
  }

  return {
    async create(sessionId: string, name: string, files: string[], opts: NewJobOptions = {}): Promise<JobRecord> {
      const now = clock.now().toISOString();
      const id = opts.id ?? clock.id();
      await db.run(
        `INSERT INTO batch_jobs (id, session_id, name, status, files, total, ai, notices, upload_bytes, created_at, updated_at)
         VALUES (?, ?, ?, 'queued', ?, ?, ?, ?, ?, ?, ?)`,
        [id, sessionId, name, JSON.stringify(files), files.length, opts.ai ? 1 : 0, JSON.stringify(opts.notices ?? []), opts.uploadBytes ?? 0, now, now],
      );
      return (await jobRows('WHERE j.id = ?', [id]))[0]!;
    },
    get: async (sessionId: string, id: string): Promise<JobRecord | undefined> => (await jobRows('WHERE j.id = ? AND j.session_id = ?', [id, sessionId]))[0],
    getById: async (id: string): Promise<JobRecord | undefined> => (await jobRows('WHERE j.id = ?', [id]))[0],
    list: (sessionId: string): Promise<JobRecord[]> => jobRows('WHERE j.session_id = ? ORDER BY j.created_at DESC, j.rowid DESC', [sessionId]),
    /** Every owner's jobs (administrators). */
    listAll: (): Promise<JobRecord[]> => jobRows('ORDER BY j.created_at DESC, j.rowid DESC'),
    unfinished: (): Promise<JobRecord[]> => jobRows(`WHERE j.status IN ('queued', 'running') ORDER BY j.created_at, j.rowid`),
    async setStatus(id: string, status: BatchJobStatus, message?: string): Promise<void> {
      await db.run('UPDATE batch_jobs SET status = ?, message = ?, updated_at = ? WHERE id = ?', [status, message ?? null, clock.now().toISOString(), id]);
    },
    async addSeconds(id: string, seconds: number): Promise<void> {
      await db.run('UPDATE batch_jobs SET seconds = seconds + ? WHERE id = ?', [seconds, id]);
    },
    async remove(sessionId: string, id: string): Promise<boolean> {
      const removed = (await db.run('DELETE FROM batch_jobs WHERE id = ? AND session_id = ?', [id, sessionId])) > 0;
      if (removed) await db.afterDelete();
      return removed;
    },
    /** Jobs not updated since `before` (retention). */
    staleJobs: async (before: Date): Promise<{ id: string; sessionId: string }[]> =>
      parseRows(IdSchema, await db.all('SELECT id, session_id FROM batch_jobs WHERE updated_at < ?', [before.toISOString()]), 'batch_jobs').map((r) => ({
        id: r.id,
        sessionId: r.session_id,
      })),
    donePaths: async (id: string): Promise<Set<string>> =>
      new Set(parseRows(PathSchema, await db.all('SELECT path FROM batch_results WHERE job_id = ?', [id]), 'batch_results').map((r) => r.path)),
    /** Ids of every job of every session (start-up clean-up of upload folders). */
    ids: async (): Promise<Set<string>> =>
      new Set(parseRows(z.object({ id: z.string() }), await db.all('SELECT id FROM batch_jobs'), 'batch_jobs').map((r) => r.id)),
    /** Bytes the job's stored findings take (per-job results quota). */
    resultBytes: (jobId: string): Promise<number> => count('SELECT COALESCE((SELECT result_bytes FROM batch_jobs WHERE id = ?), 0) AS n', [jobId]),
    /** Bytes of the session's batch findings and extracted uploads (per-user storage quota). */
    sessionBytes: (sessionId: string): Promise<number> => count('SELECT SUM(result_bytes + upload_bytes) AS n FROM batch_jobs WHERE session_id = ?', [sessionId]),
    /**
     * Stores one law atomically and returns the bytes its findings take (as `resultBytes` counts them); a law that
     * is already stored (resume after restart, or another worker got there first) is skipped and yields undefined.
     */
    addResult(jobId: string, r: StoredLawResult): Promise<number | undefined> {
      return db.transaction(async (tx) => {
        const inserted = await tx.run(
          `INSERT INTO batch_results (job_id, path, law, title, jurisdiction, provisions, findings, error, ai, ai_prompt, ai_completion)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
          [jobId, r.path, r.law, r.title, r.jurisdiction, r.provisions, r.findings.length, r.error ?? null, r.ai ? JSON.stringify(r.ai) : null, r.ai?.prompt ?? 0, r.ai?.completion ?? 0],
        );
        if (inserted === 0) return undefined;
        const bytes = await insertFindings(tx, jobId, r);
        if (bytes > 0) await tx.run('UPDATE batch_jobs SET result_bytes = result_bytes + ? WHERE id = ?', [bytes, jobId]);
        return bytes;
      });
    },
    async summary(job: JobRecord): Promise<BatchSummary> {
      const t = parseRow(
        TotalsSchema,
        await db.get('SELECT COUNT(*) AS laws, SUM(provisions) AS provisions FROM batch_results WHERE job_id = ? AND error IS NULL', [job.id]),
        'batch_results',
      );
      const byCategory = await groupBy('category', job.id);
      return {
        laws: t.laws,
        provisions: t.provisions ?? 0,
        findings: byCategory.reduce((s, r) => s + r.n, 0),
        byCategory: counts(CATEGORY_CODES, byCategory),
        byPrinciple: counts(['1', '2', '3', '4', '5'], await groupBy('principle', job.id)),
        bySeverity: counts(SeveritySchema.options, await groupBy('severity', job.id)),
        byLaw: parseRows(
          TopLawSchema,
          await db.all('SELECT law, title, findings FROM batch_results WHERE job_id = ? AND findings > 0 ORDER BY findings DESC, law LIMIT 20', [job.id]),
          'batch_results',
        ),
        seconds: Math.round(job.seconds * 10) / 10,
        ...(job.ai ? { ai: await aiSummary(job.id) } : {}),
      };
    },
    /** Filtered, sorted, paged findings; all filtering happens in SQL with bound parameters. */
    async results(jobId: string, query: BatchResultsQuery): Promise<{ total: number; rows: BatchResultRow[] }> {
      const where = ['job_id = ?'];
      const params: Param[] = [jobId];
      if (query.category) (where.push('category = ?'), params.push(query.category));
      if (query.principle) (where.push('principle = ?'), params.push(query.principle));
      if (query.severity) (where.push('severity = ?'), params.push(query.severity));
      if (query.law) (where.push('law = ?'), params.push(query.law));
      if (query.source) (where.push('source = ?'), params.push(query.source));
      if (query.q) {
        const like = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        const op = `${db.dialect.like} ? ESCAPE '\\'`;
        where.push(`(law ${op} OR title ${op} OR ref ${op} OR match ${op} OR sentence ${op})`);
        params.push(like, like, like, like, like);
      }
      const cond = where.join(' AND ');
      const total = await count(`SELECT COUNT(*) AS n FROM batch_findings WHERE ${cond}`, params);
      const dir = query.dir === 'desc' ? 'DESC' : 'ASC';
      const rows = await db.all(
        `SELECT law, title, ref, category, principle, severity, match, sentence, explanation, suggestion, legal_basis, amendment, source
         FROM batch_findings WHERE ${cond} ORDER BY ${SORT_COLUMNS[query.sort]} ${dir}, seq LIMIT ? OFFSET ?`,
        [...params, query.limit, query.offset],
      );
      return {
        total,
        rows: parseRows(ResultRowSchema, rows, 'batch_findings').map(({ legal_basis, ...r }) => parseRow(BatchResultRowSchema, { ...r, legalBasis: legal_basis }, 'batch_findings')),
      };
    },
    /** Every stored finding with its law, in arrival order (for the CSV/XLSX exports); read page by page, not at once. */
    async *exportRows(jobId: string): AsyncGenerator<{ law: string; title: string; path: string; finding: Finding }> {
      for (let after = -1; ; ) {
        const page = parseRows(
          FindingRowSchema,
          await db.all(
            `SELECT seq, finding, path, law, title, category, principle, severity, source, match, sentence, explanation, suggestion, legal_basis, amendment
             FROM batch_findings WHERE job_id = ? AND seq > ? ORDER BY seq LIMIT ?`,
            [jobId, after, EXPORT_PAGE],
          ),
          'batch_findings',
        );
        for (const row of page) yield { law: row.law, title: row.title, path: row.path, finding: rowFinding(row) };
        if (page.length < EXPORT_PAGE) return;
        after = page.at(-1)!.seq;
      }
    },
  };
}
export type BatchStore = ReturnType<typeof createBatchStore>;
