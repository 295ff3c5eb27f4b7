import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { openStorage, type StorageSettings } from '../../server/storage/index';
import { FISH_WORD } from '../support/corpus-admin';
import { createTestDatabase, type TestDatabase } from '../support/postgres';

/**
 * The CLI searches and lists the corpus the server serves: laws an administrator imported over the web (stored in
 * SQLite in DATA_DIR or in PostgreSQL) are found by `search` and shown by `corpus list`.
 */

const root = join(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'dc-cli-imports-'));
const databases: TestDatabase[] = [];
afterAll(async () => {
  rmSync(work, { recursive: true, force: true });
  for (const db of databases) await db.drop();
});

const FISH = {
  id: 'nfischabgg',
  abbreviation: 'NFischAbgG',
  title: 'Niedersächsisches Gesetz über die Fischbrötchenabgabe',
  jurisdiction: 'Niedersachsen' as const,
  kind: 'law' as const,
  source: 'Test',
  excerpt: false,
  fileName: 'fisch.txt',
  importedBy: 'lokal',
  markdown: `# Niedersächsisches Gesetz über die Fischbrötchenabgabe (NFischAbgG)\n\n## § 1 Zweck\n\n(1) Dieses Gesetz regelt die ${FISH_WORD} an Hafenkiosken.\n`,
};

async function cli(env: Record<string, string>, ...args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'server/cli/main.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, CORPUS_DIR: join(root, 'test/fixtures/retrieval-corpus'), ...env },
  });
  return stdout;
}
const firstLaw = async (env: Record<string, string>) => (JSON.parse(await cli(env, 'search', FISH_WORD, '--k', '1', '--format', 'json')) as { law: string }[])[0]?.law;

async function importOverTheWeb(settings: StorageSettings): Promise<void> {
  const storage = await openStorage(settings);
  await storage.corpus.put(FISH);
  await storage.close();
}

describe('CLI sees the laws imported over the web', () => {
  it('SQLite in DATA_DIR: not before the import (and no database is created for asking), found and listed after it', async () => {
    const env = { DATA_DIR: join(work, 'sqlite') };
    expect(await firstLaw(env)).not.toBe('NFischAbgG');
    expect(await cli(env, 'corpus', 'list')).toContain('Über die Weboberfläche importiert (Datenbank) (0 Dokumente)');
    expect(existsSync(join(env.DATA_DIR, 'app.db'))).toBe(false);

    await importOverTheWeb(env);
    expect(await firstLaw(env)).toBe('NFischAbgG');
    const list = await cli(env, 'corpus', 'list');
    expect(list).toContain('Über die Weboberfläche importiert (Datenbank) (1 Dokumente)');
    expect(list).toMatch(/NFischAbgG\s+Niedersächsisches Gesetz über die Fischbrötchenabgabe\s+Niedersachsen/);
  });

  it('PostgreSQL (DATABASE_URL): found after the import', async () => {
    const db = await createTestDatabase();
    databases.push(db);
    const env = { DATA_DIR: join(work, 'pg'), DATABASE_URL: db.url };
    await importOverTheWeb(env);
    expect(await firstLaw(env)).toBe('NFischAbgG');
  });
});
