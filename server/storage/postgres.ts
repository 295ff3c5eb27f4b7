import pg from 'pg';
import { logger } from '../logger';
import { PG_MIGRATIONS } from './schema';
import type { Param, SqlDb, SqlRunner } from './sql';

/** Any number fixed for this app: the advisory lock every instance takes around migrating. */
const MIGRATION_LOCK = 0x4463_6b01;

// COUNT and SUM come back as int8/numeric, which pg hands over as strings; the values here stay far below 2^53
const PARSERS: Record<number, (v: string) => unknown> = { 20: Number, 1700: Number };
const types = {
  getTypeParser: ((oid: number, format?: string) => PARSERS[oid] ?? pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

/** `?` placeholders (shared with SQLite) to PostgreSQL's `$1, $2, …`; quoted literals are left alone. */
export function numbered(sql: string): string {
  let n = 0;
  let quoted = false;
  let out = '';
  for (const c of sql) {
    if (c === "'") quoted = !quoted;
    out += c === '?' && !quoted ? `$${++n}` : c;
  }
  return out;
}

/**
 * PostgreSQL text cannot hold U+0000 (SQLite can): a job name, chat message or law title with one failed its
 * statement, a 500 for the user. The character carries nothing in a law text; it is dropped from every text value.
 */
const withoutNul = (params: Param[]): Param[] => params.map((p) => (typeof p === 'string' && p.includes('\u0000') ? p.replaceAll('\u0000', '') : p));

const runner = (q: (text: string, values: unknown[]) => Promise<pg.QueryResult>): SqlRunner => ({
  all: async (sql, params = []) => (await q(numbered(sql), withoutNul(params as Param[]))).rows,
  get: async (sql, params = []) => (await q(numbered(sql), withoutNul(params as Param[]))).rows[0],
  run: async (sql, params = []) => (await q(numbered(sql), withoutNul(params as Param[]))).rowCount ?? 0,
});

/**
 * Applies the pending migrations (generated from server/storage/schema.ts) under an advisory lock, so that several instances starting at once migrate
 * exactly once; each version runs in its own transaction. Returns the version found before.
 */
export async function migratePostgres(pool: pg.Pool): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())');
    const { rows } = await client.query<{ v: number | null }>('SELECT MAX(version) AS v FROM schema_migrations');
    const before = rows[0]?.v ?? 0;
    for (let v = before; v < PG_MIGRATIONS.length; v++) {
      await client.query('BEGIN');
      try {
        await client.query(PG_MIGRATIONS[v]!);
        await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [v + 1]);
        await client.query('COMMIT');
      } catch (e) {
        await client.query('ROLLBACK');
        throw e;
      }
    }
    if (before < PG_MIGRATIONS.length) logger.info({ from: before, to: PG_MIGRATIONS.length }, 'PostgreSQL schema migrated');
    return before;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
}

/** PostgreSQL (DATABASE_URL): a connection pool, migrated before the first statement. */
export async function openPostgres(url: string, opts: { max?: number } = {}): Promise<SqlDb> {
  const pool = new pg.Pool({ connectionString: url, max: opts.max ?? 10, types });
  // an idle client losing its connection must not crash the process; the next query gets a new one
  pool.on('error', (e) => logger.warn({ err: e.message }, 'PostgreSQL connection lost'));
  try {
    await migratePostgres(pool);
  } catch (e) {
    await pool.end();
    throw e;
  }
  const q = (text: string, values: unknown[]) => pool.query(text, values);
  return {
    kind: 'postgres',
    dialect: { jsonArrayLength: (c) => `json_array_length(${c}::json)`, like: 'ILIKE', forUpdate: ' FOR UPDATE' },
    ...runner(q),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(runner((text, values) => client.query(text, values)));
        await client.query('COMMIT');
        return result;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw e;
      } finally {
        client.release();
      }
    },
    // deleted rows are dead tuples until (auto)vacuum; overwriting them is the operator's VACUUM, not the app's
    afterDelete: async () => undefined,
    ping: async () => {
      await pool.query('SELECT 1');
    },
    close: () => pool.end(),
  };
}
