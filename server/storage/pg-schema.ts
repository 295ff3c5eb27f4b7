/**
 * PostgreSQL schema migrations, versioned in code like the SQLite ones (server/storage/db.ts) and recorded in
 * `schema_migrations`. Version 1 is the SQLite schema as of its version 9 in one step; later entries follow SQLite's one by one. The spelling follows the
 * shared statements: times as ISO text, JSON as text (read back through zod), `rowid` where SQLite's implicit
 * rowid orders rows of equal time. Append new entries; never edit an applied one.
 */
export const PG_MIGRATIONS: string[] = [
  `
  CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    binding TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    last_seen_at TEXT NOT NULL DEFAULT '',
    owner TEXT,
    profile TEXT
  );
  CREATE TABLE oidc_logins (
    id TEXT PRIMARY KEY,
    state TEXT NOT NULL,
    nonce TEXT NOT NULL,
    code_verifier TEXT NOT NULL,
    redirect_uri TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE TABLE conversations (
    rowid BIGSERIAL,
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL,
    title TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX conversations_session ON conversations (session_id, updated_at);
  CREATE TABLE messages (
    seq BIGSERIAL PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    conversation_id TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    session_id TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('user', 'assistant')),
    text TEXT NOT NULL,
    citations TEXT NOT NULL DEFAULT '[]',
    findings TEXT NOT NULL DEFAULT '[]',
    model TEXT,
    notice TEXT,
    created_at TEXT NOT NULL
  );
  CREATE INDEX messages_conversation ON messages (conversation_id, seq);
  CREATE TABLE feedback (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL,
    target_type TEXT NOT NULL,
    target_id TEXT NOT NULL,
    context_id TEXT NOT NULL,
    rating TEXT NOT NULL,
    reason TEXT,
    correction TEXT,
    created_at TEXT NOT NULL
  );
  CREATE INDEX feedback_context ON feedback (session_id, context_id);
  CREATE TABLE reviews (
    rowid BIGSERIAL,
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL,
    title TEXT NOT NULL,
    format TEXT NOT NULL,
    text TEXT NOT NULL,
    structure TEXT NOT NULL,
    findings TEXT NOT NULL,
    decisions TEXT NOT NULL DEFAULT '{}',
    provisions INTEGER NOT NULL,
    notices TEXT NOT NULL DEFAULT '[]',
    outline TEXT NOT NULL DEFAULT '[]',
    warnings TEXT NOT NULL DEFAULT '[]',
    created_at TEXT NOT NULL
  );
  CREATE INDEX reviews_session ON reviews (session_id, created_at);
  CREATE TABLE review_sources (
    review_id TEXT PRIMARY KEY REFERENCES reviews (id) ON DELETE CASCADE,
    docx BYTEA NOT NULL
  );
  CREATE TABLE batch_jobs (
    rowid BIGSERIAL,
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL,
    name TEXT NOT NULL,
    status TEXT NOT NULL,
    files TEXT NOT NULL,
    total INTEGER NOT NULL,
    message TEXT,
    seconds DOUBLE PRECISION NOT NULL DEFAULT 0,
    ai INTEGER NOT NULL DEFAULT 0,
    notices TEXT NOT NULL DEFAULT '[]',
    upload_bytes BIGINT NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX batch_jobs_session ON batch_jobs (session_id, created_at);
  CREATE TABLE batch_results (
    rowid BIGSERIAL,
    job_id TEXT NOT NULL REFERENCES batch_jobs (id) ON DELETE CASCADE,
    path TEXT NOT NULL,
    law TEXT NOT NULL,
    title TEXT NOT NULL,
    jurisdiction TEXT NOT NULL,
    provisions INTEGER NOT NULL,
    findings INTEGER NOT NULL,
    error TEXT,
    ai TEXT,
    ai_prompt INTEGER NOT NULL DEFAULT 0,
    ai_completion INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (job_id, path)
  );
  CREATE TABLE batch_findings (
    seq BIGSERIAL PRIMARY KEY,
    job_id TEXT NOT NULL REFERENCES batch_jobs (id) ON DELETE CASCADE,
    path TEXT NOT NULL,
    law TEXT NOT NULL,
    title TEXT NOT NULL,
    ref TEXT NOT NULL,
    category TEXT NOT NULL,
    principle INTEGER NOT NULL,
    severity TEXT NOT NULL,
    severity_rank INTEGER NOT NULL,
    match TEXT NOT NULL,
    sentence TEXT NOT NULL,
    explanation TEXT NOT NULL,
    suggestion TEXT NOT NULL,
    legal_basis TEXT NOT NULL,
    amendment TEXT NOT NULL,
    finding TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT 'Regel'
  );
  CREATE INDEX batch_findings_job ON batch_findings (job_id, law);
  `,
  // one coherent rewrite per Absatz, computed with the findings in the upload worker and updated by decisions (SQLite 10)
  `
  ALTER TABLE reviews ADD COLUMN rewrites TEXT NOT NULL DEFAULT '[]';
  `,
  // laws administrators import over the web: on top of the shipped corpus, shared by every instance (SQLite 11)
  `
  CREATE TABLE corpus_laws (
    id TEXT PRIMARY KEY,
    abbreviation TEXT NOT NULL,
    title TEXT NOT NULL,
    jurisdiction TEXT NOT NULL,
    kind TEXT NOT NULL,
    source TEXT NOT NULL,
    stand TEXT,
    excerpt INTEGER NOT NULL DEFAULT 0,
    file_name TEXT NOT NULL,
    imported_by TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    markdown TEXT NOT NULL
  );
  `,
  // running byte counts for the storage quota, back-filled from the stored rows (SQLite 12)
  `
  ALTER TABLE conversations ADD COLUMN message_bytes BIGINT NOT NULL DEFAULT 0;
  UPDATE conversations SET message_bytes = COALESCE((SELECT SUM(octet_length(text) + octet_length(citations) + octet_length(findings) +
    COALESCE(octet_length(notice), 0)) FROM messages WHERE conversation_id = conversations.id), 0);
  ALTER TABLE batch_jobs ADD COLUMN result_bytes BIGINT NOT NULL DEFAULT 0;
  UPDATE batch_jobs SET result_bytes = COALESCE((SELECT SUM(octet_length(match) + octet_length(sentence) + octet_length(explanation) +
    octet_length(suggestion) + octet_length(amendment) + octet_length(legal_basis) + octet_length(finding) + octet_length(ref) + 64)
    FROM batch_findings WHERE job_id = batch_jobs.id), 0);
  `,
];
