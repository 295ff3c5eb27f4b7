import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import type { Clock } from '../../server/storage/clock';
import { connect, listen, makeApp, sessionCookie, sessionIdOf, tempDir, type TestApp } from './harness';

/** Issue 12 (6): a deleted draft or conversation leaves no byte of its text in DATA_DIR; old data is purged. */

const DAY = 86_400_000;
const apps: TestApp[] = [];
afterEach(async () => {
  for (const t of apps.splice(0)) await t.dispose();
});
async function start(deps: Parameters<typeof makeApp>[1] = {}, env: Record<string, string> = {}): Promise<TestApp> {
  const t = await makeApp(env, deps);
  apps.push(t);
  return t;
}

/** Files under DATA_DIR (app.db, app.db-wal, app.db-shm, uploads …) that contain `marker`. */
function filesContaining(dir: string, marker: string): string[] {
  const needle = Buffer.from(marker, 'utf8');
  const hits: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) hits.push(...filesContaining(path, marker));
    else if (readFileSync(path).includes(needle)) hits.push(name);
  }
  return hits;
}

/** A draft as drafters write it, with a unique marker in its wording. */
const draftWith = (marker: string) =>
  `Entwurf eines Gesetzes zur Änderung des Fischereigesetzes\n\n§ 1\n(1) Der Antrag auf Erteilung der Erlaubnis ${marker} ist schriftlich bei der unteren Fischereibehörde zu stellen.\n(2) Dem Antrag ist eine beglaubigte Abschrift des Fischereischeins beizufügen.\n`;

/** The file checks are about SQLite's file (secure_delete, WAL); on PostgreSQL the operator's VACUUM reclaims rows. */
const sqliteOnly = it.skipIf(process.env.TEST_STORAGE === 'postgres');

const count = async (t: TestApp, table: string) => ((await t.storage.sql.get(`SELECT COUNT(*) AS n FROM ${table}`)) as { n: number }).n;

describe('deletion means deletion', () => {
  sqliteOnly('a deleted review, its findings and the feedback on them leave no trace in the files', async () => {
    const t = await start();
    const agent = request.agent(t.app);
    await agent.get('/api/me').expect(200);
    const marker = `Geheimvermerk${randomUUID().replace(/-/g, '')}`;
    const created = await agent.post('/api/reviews').attach('file', Buffer.from(draftWith(marker)), 'entwurf.txt').expect(201);
    const finding = created.body.findings[0];
    expect(finding).toBeDefined();
    await agent
      .post('/api/feedback')
      .send({ targetType: 'finding', targetId: finding.id, contextId: created.body.id, rating: 'wrong', correction: `Richtig wäre: ${marker} elektronisch` })
      .expect(201);
    // the test can fail: before the deletion the marker is in the files
    expect(filesContaining(t.dataDir, marker).length).toBeGreaterThan(0);

    await agent.delete(`/api/reviews/${created.body.id}`).expect(204);
    expect((await count(t, 'feedback'))).toBe(0);
    expect(filesContaining(t.dataDir, marker)).toEqual([]);
  });

  sqliteOnly('a deleted conversation leaves neither question, answer nor feedback in the files', async () => {
    const t = await start();
    const url = await listen(t);
    const cookie = sessionCookie((await request(t.app).get('/api/me')).headers['set-cookie']);
    const socket = await connect(url, cookie);
    const marker = `Vertraulich${randomUUID().replace(/-/g, '')}`;
    const done = await new Promise<{ conversationId: string; messageId: string }>((resolve, reject) => {
      socket.once('chat:done', resolve);
      socket.once('chat:error', (e) => reject(new Error(e.message)));
      socket.emit('chat:message', { text: `Ist diese Formulierung digitaltauglich: „Der Antrag ${marker} ist schriftlich zu stellen.“` });
    });
    socket.close();
    await request(t.app)
      .post('/api/feedback')
      .set('Cookie', cookie)
      .send({ targetType: 'message', targetId: done.messageId, contextId: done.conversationId, rating: 'wrong', reason: `betrifft ${marker}` })
      .expect(201);
    expect(filesContaining(t.dataDir, marker).length).toBeGreaterThan(0);

    await request(t.app).delete(`/api/conversations/${done.conversationId}`).set('Cookie', cookie).expect(204);
    expect((await count(t, 'messages')) + (await count(t, 'feedback'))).toBe(0);
    expect(filesContaining(t.dataDir, marker)).toEqual([]);
  });
});

describe('retention', () => {
  sqliteOnly('purges drafts, conversations, feedback and jobs older than RETENTION_DAYS, at start and in housekeeping', async () => {
    let offset = 0;
    const clock: Clock = { now: () => new Date(Date.now() + offset), id: () => randomUUID() };
    const dataDir = tempDir();
    const t = await start({ clock, dataDir, resumeJobs: false }, { RETENTION_DAYS: '30' });
    const agent = request.agent(t.app);
    const sid = await sessionIdOf(agent);
    const marker = `Altbestand${randomUUID().replace(/-/g, '')}`;
    const review = await agent.post('/api/reviews').attach('file', Buffer.from(draftWith(marker)), 'entwurf.txt').expect(201);
    const conv = await t.storage.conversations.create(sid, `Frage zu ${marker}`);
    await t.storage.conversations.addMessage(sid, conv.id, { role: 'user', text: `Gilt ${marker} noch?` });
    await t.storage.feedback.add(sid, { targetType: 'finding', targetId: review.body.findings[0].id, contextId: review.body.id, rating: 'useful' });
    await t.storage.batch.create(sid, 'Altes Screening', ['b/barchbv/index.md']);

    offset = 29 * DAY;
    expect(await t.housekeeping()).toMatchObject({ conversations: 0, reviews: 0, feedback: 0, jobs: 0 });
    expect(filesContaining(dataDir, marker).length).toBeGreaterThan(0);

    offset = 31 * DAY;
    expect(await t.housekeeping()).toMatchObject({ conversations: 1, reviews: 1, feedback: 1, jobs: 1 });
    expect((await count(t, 'reviews')) + (await count(t, 'conversations')) + (await count(t, 'messages')) + (await count(t, 'feedback')) + (await count(t, 'batch_jobs'))).toBe(0);
    expect(filesContaining(dataDir, marker)).toEqual([]);
  });

  it('runs at start: old data is gone before the first request', async () => {
    const dataDir = tempDir();
    const first = await start({ dataDir });
    const sid = await sessionIdOf(request.agent(first.app));
    await first.storage.conversations.create(sid, 'Altes Gespräch');
    await first.dispose({ keepData: true });
    apps.pop();

    const later: Clock = { now: () => new Date(Date.now() + 91 * DAY), id: () => randomUUID() };
    const second = await start({ dataDir, clock: later });
    expect((await count(second, 'conversations'))).toBe(0);
  });
});
