import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export type Db = Database.Database;

/**
 * Schema migrations, versioned in code: each entry runs once, in order, inside a transaction, and bumps
 * `PRAGMA user_version`. Append new entries; never edit an applied one.
 */
const MIGRATIONS: string[] = [
  `
  CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL
  );
  CREATE TABLE conversations (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL,
    title TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX conversations_session ON conversations (session_id, updated_at);
  CREATE TABLE messages (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
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
  CREATE TABLE reviews (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL,
    title TEXT NOT NULL,
    format TEXT NOT NULL,
    text TEXT NOT NULL,
    structure TEXT NOT NULL,
    findings TEXT NOT NULL,
    decisions TEXT NOT NULL DEFAULT '{}',
    provisions INTEGER NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE INDEX reviews_session ON reviews (session_id, created_at);
  CREATE TABLE batch_jobs (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL,
    name TEXT NOT NULL,
    status TEXT NOT NULL,
    files TEXT NOT NULL,
    total INTEGER NOT NULL,
    message TEXT,
    seconds REAL NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX batch_jobs_session ON batch_jobs (session_id, created_at);
  CREATE TABLE batch_results (
    job_id TEXT NOT NULL REFERENCES batch_jobs (id) ON DELETE CASCADE,
    path TEXT NOT NULL,
    law TEXT NOT NULL,
    title TEXT NOT NULL,
    jurisdiction TEXT NOT NULL,
    provisions INTEGER NOT NULL,
    findings INTEGER NOT NULL,
    error TEXT,
    PRIMARY KEY (job_id, path)
  );
  CREATE TABLE batch_findings (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
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
    finding TEXT NOT NULL
  );
  CREATE INDEX batch_findings_job ON batch_findings (job_id, law);
  `,
  // AI review of batch jobs: the opt-in per job, the token bill and notices per law (JSON of LawAi), the source per finding
  `
  ALTER TABLE batch_jobs ADD COLUMN ai INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE batch_results ADD COLUMN ai TEXT;
  ALTER TABLE batch_results ADD COLUMN ai_prompt INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE batch_results ADD COLUMN ai_completion INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE batch_findings ADD COLUMN source TEXT NOT NULL DEFAULT 'Regel';
  `,
  // notices of the AI review of a draft, so that a reopened review still says what the model skipped
  `
  ALTER TABLE reviews ADD COLUMN notices TEXT NOT NULL DEFAULT '[]';
  `,
  // sessions bound to the auth mode and token generation, with idle expiry; earlier sessions were not bound
  // (open mode adopted ids the client made up), so none of them stays valid
  `
  DELETE FROM sessions;
  ALTER TABLE sessions ADD COLUMN binding TEXT NOT NULL DEFAULT '';
  ALTER TABLE sessions ADD COLUMN last_seen_at TEXT NOT NULL DEFAULT '';
  CREATE INDEX feedback_context ON feedback (session_id, context_id);
  `,
  // chat state per conversation (last checked passage, its findings, last topic) for follow-up turns
  `
  ALTER TABLE conversations ADD COLUMN state TEXT NOT NULL DEFAULT '{}';
  `,
  // batch jobs: German notices of the upload (duplicate ZIP entry names) and the bytes the ZIP extracted to (storage quota)
  `
  ALTER TABLE batch_jobs ADD COLUMN notices TEXT NOT NULL DEFAULT '[]';
  ALTER TABLE batch_jobs ADD COLUMN upload_bytes INTEGER NOT NULL DEFAULT 0;
  `,
  // the Gliederung of a reviewed draft and the places the parser could not read, so a reopened review shows them
  `
  ALTER TABLE reviews ADD COLUMN outline TEXT NOT NULL DEFAULT '[]';
  ALTER TABLE reviews ADD COLUMN warnings TEXT NOT NULL DEFAULT '[]';
  `,
  // the uploaded Word file of a review, kept apart so that reading a review never loads it; the tracked-changes
  // export changes this file in place
  `
  CREATE TABLE review_sources (
    review_id TEXT PRIMARY KEY REFERENCES reviews (id) ON DELETE CASCADE,
    docx BLOB NOT NULL
  );
  `,
  // single sign-on: a session acts for its owner (the user's subject, or the session itself), whose profile it
  // keeps; a login in progress keeps state, nonce and PKCE verifier server-side until the provider answers
  `
  ALTER TABLE sessions ADD COLUMN owner TEXT;
  ALTER TABLE sessions ADD COLUMN profile TEXT;
  CREATE TABLE oidc_logins (
    id TEXT PRIMARY KEY,
    state TEXT NOT NULL,
    nonce TEXT NOT NULL,
    code_verifier TEXT NOT NULL,
    redirect_uri TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  `,
  // one coherent rewrite per Absatz, computed with the findings in the upload worker and updated by decisions
  `
  ALTER TABLE reviews ADD COLUMN rewrites TEXT NOT NULL DEFAULT '[]';
  `,
  // laws administrators import over the web: on top of the shipped corpus, shared by every instance
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
  // running byte counts for the storage quota, checked on every chat turn: per conversation its messages, per job
  // its findings (formulas as MESSAGE_BYTES and FINDING_BYTES in the stores), back-filled from the stored rows
  `
  ALTER TABLE conversations ADD COLUMN message_bytes INTEGER NOT NULL DEFAULT 0;
  UPDATE conversations SET message_bytes = COALESCE((SELECT SUM(octet_length(text) + octet_length(citations) + octet_length(findings) +
    COALESCE(octet_length(notice), 0)) FROM messages WHERE conversation_id = conversations.id), 0);
  ALTER TABLE batch_jobs ADD COLUMN result_bytes INTEGER NOT NULL DEFAULT 0;
  UPDATE batch_jobs SET result_bytes = COALESCE((SELECT SUM(octet_length(match) + octet_length(sentence) + octet_length(explanation) +
    octet_length(suggestion) + octet_length(amendment) + octet_length(legal_basis) + octet_length(finding) + octet_length(ref) + 64)
    FROM batch_findings WHERE job_id = batch_jobs.id), 0);
  `,
];
/** From this schema version on, deleted rows are overwritten (secure_delete); older files are rewritten once. */
const SECURE_DELETE_VERSION = 4;

/** Applies the pending migrations; returns the schema version the file had before. */
export function migrate(db: Db): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (let v = current; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]!);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
  return current;
}

/**
 * Moves the WAL into the database file and truncates it, so that text overwritten by secure_delete does not
 * survive as an older page image in app.db-wal. Called after every deletion of user data.
 */
export function checkpoint(db: Db): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
}

/**
 * Opens (and creates) DATA_DIR/app.db in WAL mode so that readers never block the writer. Drafts are
 * confidential: `secure_delete` zeroes deleted rows instead of leaving them in free pages.
 */
export function openDb(dataDir: string): Db {
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const db = new Database(join(dir, 'app.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('secure_delete = ON');
  const before = migrate(db);
  if (before > 0 && before < SECURE_DELETE_VERSION) {
    // rows deleted before secure_delete was on may still sit in free pages: rewrite the file once
    db.exec('VACUUM');
    checkpoint(db);
  }
  return db;
}
