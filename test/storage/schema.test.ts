import Database from 'better-sqlite3';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openDb } from '../../server/storage/db';
import { openPostgres } from '../../server/storage/postgres';
import { PG_MIGRATIONS, SQLITE_MIGRATIONS } from '../../server/storage/schema';
import { createTestDatabase } from '../support/postgres';
import { dumpPostgres, dumpSqlite } from '../support/schema-dump';

/**
 * Both databases' migrations are generated from one definition (server/storage/schema.ts). The resulting schemas
 * are pinned in test/fixtures/schema/ (written by the hand-kept migrations before that definition existed; a new
 * migration updates them with `vitest -u`), and a database of every earlier version migrates to the same schema.
 */

const ROOT = join(import.meta.dirname, '../..');
const SQLITE_FIXTURE = '../fixtures/schema/sqlite.json';
const POSTGRES_FIXTURE = '../fixtures/schema/postgres.json';
const asFixture = (dump: unknown) => JSON.stringify(dump, null, 2);

async function withPostgres<T>(fn: (url: string, client: pg.Client) => Promise<T>): Promise<T> {
  const db = await createTestDatabase();
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    return await fn(db.url, client);
  } finally {
    await client.end();
    await db.drop();
  }
}

describe('one schema definition for SQLite and PostgreSQL', () => {
  it('SQLite: a new database has the pinned schema, and so has one of every earlier version after migrating', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dc-schema-'));
    try {
      const fresh = openDb(join(dir, 'fresh'));
      const expected = asFixture(dumpSqlite(fresh));
      fresh.close();
      await expect(expected).toMatchFileSnapshot(SQLITE_FIXTURE);
      for (let v = 1; v < SQLITE_MIGRATIONS.length; v++) {
        const sub = join(dir, `v${v}`);
        openDb(sub).close();
        rmSync(join(sub, 'app.db'));
        // a file as an earlier release left it: the first v migrations and their version
        const old = new Database(join(sub, 'app.db'));
        for (const m of SQLITE_MIGRATIONS.slice(0, v)) old.exec(m);
        old.pragma(`user_version = ${v}`);
        old.close();
        const migrated = openDb(sub);
        expect(migrated.pragma('user_version', { simple: true }), `from version ${v}`).toBe(SQLITE_MIGRATIONS.length);
        expect(asFixture(dumpSqlite(migrated)), `from version ${v}`).toBe(expected);
        migrated.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('PostgreSQL: a new database has the pinned schema, and so has one of every earlier version after migrating', async () => {
    const expected = await withPostgres(async (url, client) => {
      await (await openPostgres(url, { max: 1 })).close();
      return asFixture(await dumpPostgres(client));
    });
    await expect(expected).toMatchFileSnapshot(POSTGRES_FIXTURE);
    for (let v = 1; v < PG_MIGRATIONS.length; v++) {
      await withPostgres(async (url, client) => {
        // a database as an earlier release left it (server/storage/postgres.ts records the versions it applied)
        await client.query('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())');
        for (const [i, m] of PG_MIGRATIONS.slice(0, v).entries()) {
          await client.query(m);
          await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [i + 1]);
        }
        await (await openPostgres(url, { max: 1 })).close();
        expect(asFixture(await dumpPostgres(client)), `from version ${v}`).toBe(expected);
      });
    }
  });
});

describe('SQLite on a shared DATA_DIR', () => {
  it('instances migrating an empty database at the same moment each end on the newest version', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dc-schema-race-'));
    const run = promisify(execFile);
    try {
      for (let round = 0; round < 2; round++) {
        const data = join(dir, String(round));
        const at = Date.now() + 4_000;
        const versions = await Promise.all(
          Array.from({ length: 4 }, async () => (await run(process.execPath, ['--import', 'tsx', 'test/support/open-db-at.ts', data, String(at)], { cwd: ROOT })).stdout),
        );
        expect(versions).toEqual(Array(4).fill(String(SQLITE_MIGRATIONS.length)));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
