import type Database from 'better-sqlite3';
import type pg from 'pg';

/**
 * The schema of a database as plain data, for comparing two databases: tables with their columns in order, indexes
 * and constraints. SQLite's stored CREATE statements are compared with their whitespace normalised (the same table
 * written on one line or on several is the same schema).
 */

const normalise = (sql: string | null) => (sql ?? '').replace(/\s+/g, ' ').replace(/\s*([(),])\s*/g, '$1').trim();

export function dumpSqlite(db: Database.Database) {
  const objects = db
    .prepare("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
    .all() as { type: string; name: string; tbl_name: string; sql: string | null }[];
  return {
    objects: objects.map((o) => ({ ...o, sql: normalise(o.sql) })),
    columns: Object.fromEntries(objects.filter((o) => o.type === 'table').map((t) => [t.name, db.pragma(`table_xinfo(${t.name})`)])),
    foreignKeys: Object.fromEntries(objects.filter((o) => o.type === 'table').map((t) => [t.name, db.pragma(`foreign_key_list(${t.name})`)])),
    indexes: Object.fromEntries(objects.filter((o) => o.type === 'index').map((i) => [i.name, db.pragma(`index_xinfo(${i.name})`)])),
  };
}

export async function dumpPostgres(client: pg.Client) {
  const rows = async (sql: string) => (await client.query(sql)).rows as Record<string, unknown>[];
  return {
    columns: await rows(`SELECT table_name, ordinal_position, column_name, data_type, is_nullable, column_default
      FROM information_schema.columns WHERE table_schema = 'public' ORDER BY table_name, ordinal_position`),
    constraints: await rows(`SELECT c.conrelid::regclass::text AS table_name, c.conname, c.contype, pg_get_constraintdef(c.oid) AS def
      FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = 'public' ORDER BY 1, 2`),
    indexes: await rows("SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY tablename, indexname"),
    sequences: await rows("SELECT sequence_name, data_type FROM information_schema.sequences WHERE sequence_schema = 'public' ORDER BY sequence_name"),
  };
}
