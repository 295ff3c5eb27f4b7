import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CorpusAdminResponse, LawListItem } from '../../server/contracts/api';
import { connect, listen, makeApp, tempDir, type ClientSocket, type TestApp } from '../http/harness';
import { FISH_LAW, FISH_WORD, until } from '../support/corpus-admin';
import { createTestDatabase, type TestDatabase } from '../support/postgres';
import { REDIS_URL } from './workers';

/**
 * Corpus administration with two web instances on the machine's PostgreSQL and Redis, each with a data directory of
 * its own: a law imported on A is stored in the database, B hears of it over Redis, rebuilds from the database and
 * serves it (and tells its browsers); a deletion on B reaches A the same way.
 */

let db: TestDatabase;
const dirA = tempDir('dc-corpus-a-');
const dirB = tempDir('dc-corpus-b-');
let a: TestApp;
let b: TestApp;
let socketB: ClientSocket;

beforeAll(async () => {
  db = await createTestDatabase();
  const env = { DATABASE_URL: db.url, REDIS_URL, REDIS_PREFIX: `dc-test-${randomUUID()}`, ROLE: 'web' };
  [a, b] = await Promise.all([makeApp(env, { dataDir: dirA }), makeApp(env, { dataDir: dirB })]);
  socketB = await connect(await listen(b));
}, 60_000);

afterAll(async () => {
  socketB?.close();
  await a?.dispose({ keepData: true });
  await b?.dispose({ keepData: true });
  await db?.drop();
  for (const d of [dirA, dirB]) rmSync(d, { recursive: true, force: true });
});

const status = async (app: TestApp): Promise<CorpusAdminResponse> => (await request(app.app).get('/api/admin/corpus').expect(200)).body as CorpusAdminResponse;
const hasLaw = async (app: TestApp, abbreviation: string) =>
  ((await request(app.app).get('/api/laws').expect(200)).body as LawListItem[]).some((l) => l.abbreviation === abbreviation);

describe('corpus import across instances', () => {
  it('a law imported on A is served by B; a deletion on B reaches A', async () => {
    const before = (await status(b)).corpus.laws;
    const changedOnB = new Promise<{ laws: number }>((res) => socketB.once('corpus:changed', res));

    await request(a.app).post('/api/admin/corpus').attach('file', Buffer.from(FISH_LAW), 'fisch.txt').expect(201);
    await until(async () => hasLaw(b, 'NFischAbgG'), 'B serves the law imported on A');
    expect((await changedOnB).laws).toBe(before + 1);
    const onB = await status(b);
    expect(onB).toMatchObject({ index: { current: true }, corpus: { laws: before + 1 } });
    expect(onB.laws.map((l) => l.abbreviation)).toEqual(['NFischAbgG']);
    const p = await request(b.app).get('/api/provisions').query({ law: 'NFischAbgG', section: '1' }).expect(200);
    expect(JSON.stringify(p.body.paragraphs)).toContain(FISH_WORD);
    await until(async () => hasLaw(a, 'NFischAbgG'), 'A serves its own import');

    const id = onB.laws[0]!.id;
    await request(b.app).delete(`/api/admin/corpus/${id}`).expect(204);
    await until(async () => !(await hasLaw(a, 'NFischAbgG')), 'A drops the law deleted on B');
    expect(await status(a)).toMatchObject({ laws: [], index: { current: true }, corpus: { laws: before } });
  }, 600_000);
});
