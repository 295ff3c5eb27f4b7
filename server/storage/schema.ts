/**
 * The one definition of the database schema, from which the migrations of both databases are generated: SQLite
 * (server/storage/db.ts, `PRAGMA user_version`) and PostgreSQL (server/storage/postgres.ts, `schema_migrations`).
 *
 * Every table, column and index carries the SQLite schema version that added it. SQLite runs one step per version
 * (new tables, then added columns, then indexes); PostgreSQL came later and created the schema of SQLite version 9 in
 * its first step, so its version n is SQLite's n + 8 from then on. The two dialects differ only in the spellings of
 * TYPES and in `rowid`: PostgreSQL gets an explicit ordered column where SQLite's implicit rowid orders rows of equal
 * time. Columns are listed in PostgreSQL's order; SQLite appends columns added later at the end of its table.
 *
 * To change the schema, add tables, columns or indexes with the next version (and data statements in STEP_DATA);
 * never change what an applied version created.
 */

export type Dialect = 'sqlite' | 'postgres';

const TYPES = {
  text: { sqlite: 'TEXT', postgres: 'TEXT' },
  integer: { sqlite: 'INTEGER', postgres: 'INTEGER' },
  real: { sqlite: 'REAL', postgres: 'DOUBLE PRECISION' },
  blob: { sqlite: 'BLOB', postgres: 'BYTEA' },
  /** A byte count, beyond 2^31 possible on PostgreSQL (SQLite's INTEGER has 64 bits anyway). */
  bytes: { sqlite: 'INTEGER', postgres: 'BIGINT' },
  /** The insertion order as primary key. */
  serial: { sqlite: 'INTEGER PRIMARY KEY AUTOINCREMENT', postgres: 'BIGSERIAL PRIMARY KEY' },
} as const;
type ColumnType = keyof typeof TYPES;

interface Column {
  name: string;
  type: ColumnType;
  /** Constraints after the type, the same in both dialects. */
  rest: string;
  /** SQLite version that added the column (default: the table's). */
  since?: number;
}

interface Table {
  name: string;
  since: number;
  /** PostgreSQL gets the `rowid` column that SQLite has implicitly (ORDER BY …, rowid). */
  rowid?: boolean;
  columns: Column[];
  /** Table constraints after the columns. */
  constraints?: string[];
  indexes?: { name: string; on: string; since?: number }[];
}

const col = (name: string, type: ColumnType, rest = '', since?: number): Column => ({ name, type, rest, ...(since ? { since } : {}) });

/** Data statements of a step, before or after its schema changes (PostgreSQL's first step creates empty tables and needs none). */
const STEP_DATA: Record<number, { before?: string; after?: string }> = {
  // sessions bound to the auth mode and token generation: earlier sessions were not bound (open mode adopted ids
  // the client made up), so none of them stays valid
  4: { before: 'DELETE FROM sessions;' },
  // the running byte counts of the storage quota, back-filled from the stored rows (formulas as MESSAGE_BYTES in
  // server/storage/conversations.ts and FINDING_BYTES in server/storage/batch.ts)
  12: {
    after: `
  UPDATE conversations SET message_bytes = COALESCE((SELECT SUM(octet_length(text) + octet_length(citations) + octet_length(findings) +
    COALESCE(octet_length(notice), 0)) FROM messages WHERE conversation_id = conversations.id), 0);
  UPDATE batch_jobs SET result_bytes = COALESCE((SELECT SUM(octet_length(match) + octet_length(sentence) + octet_length(explanation) +
    octet_length(suggestion) + octet_length(amendment) + octet_length(legal_basis) + octet_length(finding) + octet_length(ref) + 64)
    FROM batch_findings WHERE job_id = batch_jobs.id), 0);`,
  },
  // the running byte count of each review with its Word file, back-filled from the stored rows (formula as
  // REVIEW_BYTES in server/storage/reviews.ts)
  13: {
    after: `
  UPDATE reviews SET stored_bytes = octet_length(title) + octet_length(text) + octet_length(structure) + octet_length(findings) +
    octet_length(decisions) + octet_length(notices) + octet_length(outline) + octet_length(warnings) + octet_length(rewrites) +
    COALESCE((SELECT octet_length(docx) FROM review_sources s WHERE s.review_id = reviews.id), 0);`,
  },
};

/**
 * Versions: 1 initial; 2 AI review of batch jobs; 3 notices of a draft's AI review; 4 sessions bound to the auth
 * mode, with idle expiry; 5 chat state per conversation; 6 upload notices and extracted bytes of batch jobs;
 * 7 Gliederung and parse warnings of a review; 8 the uploaded Word file of a review, kept apart so reading a review
 * never loads it; 9 single sign-on (session owner and profile, logins in progress); 10 one rewrite per Absatz;
 * 11 laws imported over the web; 12 running byte counts for the storage quota; 13 the running byte count of each
 * review, summed from an index alone.
 */
const TABLES: Table[] = [
  {
    name: 'sessions',
    since: 1,
    columns: [
      col('id', 'text', 'PRIMARY KEY'),
      col('binding', 'text', "NOT NULL DEFAULT ''", 4),
      col('created_at', 'text', 'NOT NULL'),
      col('last_seen_at', 'text', "NOT NULL DEFAULT ''", 4),
      col('owner', 'text', '', 9),
      col('profile', 'text', '', 9),
    ],
  },
  {
    name: 'oidc_logins',
    since: 9,
    columns: [
      col('id', 'text', 'PRIMARY KEY'),
      col('state', 'text', 'NOT NULL'),
      col('nonce', 'text', 'NOT NULL'),
      col('code_verifier', 'text', 'NOT NULL'),
      col('redirect_uri', 'text', 'NOT NULL'),
      col('created_at', 'text', 'NOT NULL'),
    ],
  },
  {
    name: 'conversations',
    since: 1,
    rowid: true,
    columns: [
      col('id', 'text', 'PRIMARY KEY'),
      col('session_id', 'text', 'NOT NULL'),
      col('title', 'text', 'NOT NULL'),
      col('state', 'text', "NOT NULL DEFAULT '{}'", 5),
      col('created_at', 'text', 'NOT NULL'),
      col('updated_at', 'text', 'NOT NULL'),
      col('message_bytes', 'bytes', 'NOT NULL DEFAULT 0', 12),
    ],
    indexes: [{ name: 'conversations_session', on: '(session_id, updated_at)' }],
  },
  {
    name: 'messages',
    since: 1,
    columns: [
      col('seq', 'serial'),
      col('id', 'text', 'NOT NULL UNIQUE'),
      col('conversation_id', 'text', 'NOT NULL REFERENCES conversations (id) ON DELETE CASCADE'),
      col('session_id', 'text', 'NOT NULL'),
      col('role', 'text', "NOT NULL CHECK (role IN ('user', 'assistant'))"),
      col('text', 'text', 'NOT NULL'),
      col('citations', 'text', "NOT NULL DEFAULT '[]'"),
      col('findings', 'text', "NOT NULL DEFAULT '[]'"),
      col('model', 'text'),
      col('notice', 'text'),
      col('created_at', 'text', 'NOT NULL'),
    ],
    indexes: [{ name: 'messages_conversation', on: '(conversation_id, seq)' }],
  },
  {
    name: 'feedback',
    since: 1,
    columns: [
      col('id', 'text', 'PRIMARY KEY'),
      col('session_id', 'text', 'NOT NULL'),
      col('target_type', 'text', 'NOT NULL'),
      col('target_id', 'text', 'NOT NULL'),
      col('context_id', 'text', 'NOT NULL'),
      col('rating', 'text', 'NOT NULL'),
      col('reason', 'text'),
      col('correction', 'text'),
      col('created_at', 'text', 'NOT NULL'),
    ],
    indexes: [{ name: 'feedback_context', on: '(session_id, context_id)', since: 4 }],
  },
  {
    name: 'reviews',
    since: 1,
    rowid: true,
    columns: [
      col('id', 'text', 'PRIMARY KEY'),
      col('session_id', 'text', 'NOT NULL'),
      col('title', 'text', 'NOT NULL'),
      col('format', 'text', 'NOT NULL'),
      col('text', 'text', 'NOT NULL'),
      col('structure', 'text', 'NOT NULL'),
      col('findings', 'text', 'NOT NULL'),
      col('decisions', 'text', "NOT NULL DEFAULT '{}'"),
      col('provisions', 'integer', 'NOT NULL'),
      col('notices', 'text', "NOT NULL DEFAULT '[]'", 3),
      col('outline', 'text', "NOT NULL DEFAULT '[]'", 7),
      col('warnings', 'text', "NOT NULL DEFAULT '[]'", 7),
      col('created_at', 'text', 'NOT NULL'),
      col('rewrites', 'text', "NOT NULL DEFAULT '[]'", 10),
      col('stored_bytes', 'bytes', 'NOT NULL DEFAULT 0', 13),
    ],
    indexes: [
      { name: 'reviews_session', on: '(session_id, created_at)' },
      // covers the quota sum: SQLite appends stored_bytes behind the draft text, so reading it from the row would walk
      // every overflow page of the text
      { name: 'reviews_session_bytes', on: '(session_id, stored_bytes)', since: 13 },
    ],
  },
  {
    name: 'review_sources',
    since: 8,
    columns: [col('review_id', 'text', 'PRIMARY KEY REFERENCES reviews (id) ON DELETE CASCADE'), col('docx', 'blob', 'NOT NULL')],
  },
  {
    name: 'batch_jobs',
    since: 1,
    rowid: true,
    columns: [
      col('id', 'text', 'PRIMARY KEY'),
      col('session_id', 'text', 'NOT NULL'),
      col('name', 'text', 'NOT NULL'),
      col('status', 'text', 'NOT NULL'),
      col('files', 'text', 'NOT NULL'),
      col('total', 'integer', 'NOT NULL'),
      col('message', 'text'),
      col('seconds', 'real', 'NOT NULL DEFAULT 0'),
      col('ai', 'integer', 'NOT NULL DEFAULT 0', 2),
      col('notices', 'text', "NOT NULL DEFAULT '[]'", 6),
      col('upload_bytes', 'bytes', 'NOT NULL DEFAULT 0', 6),
      col('created_at', 'text', 'NOT NULL'),
      col('updated_at', 'text', 'NOT NULL'),
      col('result_bytes', 'bytes', 'NOT NULL DEFAULT 0', 12),
    ],
    indexes: [{ name: 'batch_jobs_session', on: '(session_id, created_at)' }],
  },
  {
    name: 'batch_results',
    since: 1,
    rowid: true,
    columns: [
      col('job_id', 'text', 'NOT NULL REFERENCES batch_jobs (id) ON DELETE CASCADE'),
      col('path', 'text', 'NOT NULL'),
      col('law', 'text', 'NOT NULL'),
      col('title', 'text', 'NOT NULL'),
      col('jurisdiction', 'text', 'NOT NULL'),
      col('provisions', 'integer', 'NOT NULL'),
      col('findings', 'integer', 'NOT NULL'),
      col('error', 'text'),
      col('ai', 'text', '', 2),
      col('ai_prompt', 'integer', 'NOT NULL DEFAULT 0', 2),
      col('ai_completion', 'integer', 'NOT NULL DEFAULT 0', 2),
    ],
    constraints: ['PRIMARY KEY (job_id, path)'],
  },
  {
    name: 'batch_findings',
    since: 1,
    columns: [
      col('seq', 'serial'),
      col('job_id', 'text', 'NOT NULL REFERENCES batch_jobs (id) ON DELETE CASCADE'),
      col('path', 'text', 'NOT NULL'),
      col('law', 'text', 'NOT NULL'),
      col('title', 'text', 'NOT NULL'),
      col('ref', 'text', 'NOT NULL'),
      col('category', 'text', 'NOT NULL'),
      col('principle', 'integer', 'NOT NULL'),
      col('severity', 'text', 'NOT NULL'),
      col('severity_rank', 'integer', 'NOT NULL'),
      col('match', 'text', 'NOT NULL'),
      col('sentence', 'text', 'NOT NULL'),
      col('explanation', 'text', 'NOT NULL'),
      col('suggestion', 'text', 'NOT NULL'),
      col('legal_basis', 'text', 'NOT NULL'),
      col('amendment', 'text', 'NOT NULL'),
      col('finding', 'text', 'NOT NULL'),
      col('source', 'text', "NOT NULL DEFAULT 'Regel'", 2),
    ],
    indexes: [{ name: 'batch_findings_job', on: '(job_id, law)' }],
  },
  {
    name: 'corpus_laws',
    since: 11,
    columns: [
      col('id', 'text', 'PRIMARY KEY'),
      col('abbreviation', 'text', 'NOT NULL'),
      col('title', 'text', 'NOT NULL'),
      col('jurisdiction', 'text', 'NOT NULL'),
      col('kind', 'text', 'NOT NULL'),
      col('source', 'text', 'NOT NULL'),
      col('stand', 'text'),
      col('excerpt', 'integer', 'NOT NULL DEFAULT 0'),
      col('file_name', 'text', 'NOT NULL'),
      col('imported_by', 'text', 'NOT NULL'),
      col('imported_at', 'text', 'NOT NULL'),
      col('markdown', 'text', 'NOT NULL'),
    ],
  },
];

/** The SQLite versions PostgreSQL's first step covers. */
const POSTGRES_FIRST_COVERS = 9;

const sinceOf = (t: Table, c: { since?: number }) => c.since ?? t.since;
const columnSql = (c: Column, d: Dialect) => [c.name, TYPES[c.type][d], c.rest].filter(Boolean).join(' ');

/** The statements that bring a database of SQLite version `from` (0: empty) to version `to`, in one step. */
function step(d: Dialect, from: number, to: number, withData: boolean): string {
  const added = (v: number) => v > from && v <= to;
  const out: string[] = [];
  for (let v = from + 1; withData && v <= to; v++) if (STEP_DATA[v]?.before) out.push(STEP_DATA[v]!.before!);
  for (const t of TABLES) {
    if (added(t.since)) {
      const columns = t.columns.filter((c) => sinceOf(t, c) <= to).map((c) => columnSql(c, d));
      if (t.rowid && d === 'postgres') columns.unshift('rowid BIGSERIAL');
      out.push(`CREATE TABLE ${t.name} (\n    ${[...columns, ...(t.constraints ?? [])].join(',\n    ')}\n  );`);
    } else if (t.since <= from) {
      for (const c of t.columns) if (added(sinceOf(t, c))) out.push(`ALTER TABLE ${t.name} ADD COLUMN ${columnSql(c, d)};`);
    }
  }
  for (const t of TABLES) for (const i of t.indexes ?? []) if (added(sinceOf(t, i))) out.push(`CREATE INDEX ${i.name} ON ${t.name} ${i.on};`);
  for (let v = from + 1; withData && v <= to; v++) if (STEP_DATA[v]?.after) out.push(STEP_DATA[v]!.after!);
  return `\n  ${out.join('\n  ')}\n`;
}

/** The newest SQLite schema version. */
const LATEST = Math.max(...TABLES.flatMap((t) => [t.since, ...t.columns.map((c) => sinceOf(t, c)), ...(t.indexes ?? []).map((i) => sinceOf(t, i))]));

/** SQLite migrations: entry v - 1 brings version v - 1 to v. */
export const SQLITE_MIGRATIONS: readonly string[] = Array.from({ length: LATEST }, (_, i) => step('sqlite', i, i + 1, true));

/** PostgreSQL migrations: the first creates SQLite's version 9 at once, each later one follows SQLite's next. */
export const PG_MIGRATIONS: readonly string[] = [
  step('postgres', 0, POSTGRES_FIRST_COVERS, false),
  ...Array.from({ length: LATEST - POSTGRES_FIRST_COVERS }, (_, i) => step('postgres', POSTGRES_FIRST_COVERS + i, POSTGRES_FIRST_COVERS + i + 1, true)),
];
