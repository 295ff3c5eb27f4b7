import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FindingSchema, type Finding } from '../../server/contracts/finding';
import type { AbsatzRewrite } from '../../server/contracts/rewrite';
import type { Clock } from '../../server/storage/clock';
import type { NewImportedLaw } from '../../server/storage/corpus';
import { FINDING_BYTES } from '../../server/storage/batch';
import { MESSAGE_BYTES } from '../../server/storage/conversations';
import { REVIEW_BYTES } from '../../server/storage/reviews';
import { openDb } from '../../server/storage/db';
import { createStorage, openSqliteStorage, type Storage } from '../../server/storage/index';
import { PG_MIGRATIONS } from '../../server/storage/schema';
import { openPostgres } from '../../server/storage/postgres';
import { StorageShapeError } from '../../server/storage/rows';
import { createTestDatabase, type TestDatabase } from '../support/postgres';

/**
 * One contract for both storage implementations: every store method, scoping by owner, migrations and the
 * validation of rows read back. The PostgreSQL run creates and drops its own database on the machine's server.
 */

const T0 = Date.parse('2026-03-01T10:00:00.000Z');
const HOUR = 3_600_000;
/** Time moves only when a test says so; ids stay unique across tests sharing a database. */
const clock: Clock & { t: number } = { t: T0, now: (): Date => new Date(clock.t), id: () => randomUUID() };

const finding = ({ start, ...over }: Partial<Finding> & { start: number }): Finding => ({
  id: `f-${start}`,
  ruleId: 'schriftform',
  category: 'schriftform',
  principle: 1,
  severity: 'hoch',
  source: 'Regel',
  location: { law: 'X', ref: `§ ${start}`, start, end: start + 5 },
  quote: { match: 'schriftlich', sentence: 'Der Antrag ist schriftlich zu stellen.' },
  explanation: 'e',
  suggestion: 's',
  legalBasis: ['§ 3a VwVfG'],
  amendment: 'a',
  ...over,
});

const review = (findings: Finding[] = [finding({ start: 1 })]) => ({
  title: 'Entwurf',
  format: 'txt' as const,
  text: 'Der Antrag ist schriftlich zu stellen.',
  provisions: 1,
  findings,
  structure: [],
  outline: [],
});

const rewrite = (start: number, text: string): AbsatzRewrite => ({
  ref: `§ ${start}`,
  law: 'X',
  start,
  end: start + 10,
  unit: { section: String(start) },
  original: 'alt',
  text,
  edits: [],
  command: '',
  legalBasis: [],
  notes: [],
  findingIds: [],
  unresolved: [],
});

interface Backend {
  name: 'sqlite' | 'postgres';
  open(): Promise<Storage>;
  cleanup(): Promise<void>;
}

const sqliteBackend = (): Backend => {
  const dirs: string[] = [];
  return {
    name: 'sqlite',
    async open() {
      const d = mkdtempSync(join(tmpdir(), 'dc-contract-'));
      dirs.push(d);
      return openSqliteStorage(d, clock);
    },
    async cleanup() {
      for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
    },
  };
};

const postgresBackend = (): Backend => {
  const dbs: TestDatabase[] = [];
  return {
    name: 'postgres',
    async open() {
      const db = await createTestDatabase();
      dbs.push(db);
      return createStorage(await openPostgres(db.url, { max: 4 }), clock);
    },
    async cleanup() {
      for (const db of dbs.splice(0)) await db.drop();
    },
  };
};

describe.each([sqliteBackend(), postgresBackend()])('storage contract: $name', (backend) => {
  let s: Storage;
  const sid = () => `sess-${randomUUID()}`;

  beforeAll(async () => {
    s = await backend.open();
  });
  afterAll(async () => {
    await s?.close();
    await backend.cleanup();
  });

  it('reports its kind and answers a ping', async () => {
    expect(s.kind).toBe(backend.name);
    await expect(s.ping()).resolves.toBeUndefined();
  });

  it('sessions: create, read with the user profile, touch, remove and purge by binding and age', async () => {
    const [a, b, c] = [sid(), sid(), sid()];
    const now = new Date(T0);
    await s.sessions.create(a, 'open', now);
    await s.sessions.create(b, 'oidc:x', now, { owner: 'sub:alice', user: { name: 'Alice', email: 'a@example.org', admin: true } });
    await s.sessions.create(c, 'open', new Date(T0 - 10 * HOUR));
    expect(await s.sessions.get(a)).toEqual({ binding: 'open', createdAt: now, lastSeenAt: now, owner: a });
    expect(await s.sessions.get(b)).toMatchObject({ owner: 'sub:alice', user: { name: 'Alice', email: 'a@example.org', admin: true } });
    expect(await s.sessions.get('nobody')).toBeUndefined();

    const later = new Date(T0 + HOUR);
    await s.sessions.touch(a, later);
    expect((await s.sessions.get(a))!.lastSeenAt).toEqual(later);

    // c is idle too long, b has another binding; a stays
    const purged = await s.sessions.purge('open', new Date(T0 - HOUR), new Date(T0 - 100 * HOUR));
    expect(purged).toEqual(expect.arrayContaining([b, c]));
    expect(purged).not.toContain(a);
    expect(await s.sessions.get(b)).toBeUndefined();
    await s.sessions.remove(a);
    expect(await s.sessions.get(a)).toBeUndefined();
  });

  it('logins: taken once, not after they expired, purged by age', async () => {
    const login = { state: 'st', nonce: 'no', codeVerifier: 'cv', redirectUri: 'http://x/cb' };
    const [fresh, old] = [randomUUID(), randomUUID()];
    await s.logins.create(fresh, login, new Date(T0));
    await s.logins.create(old, login, new Date(T0 - HOUR));
    expect(await s.logins.take(old, new Date(T0 - 60_000))).toBeUndefined();
    expect(await s.logins.take(fresh, new Date(T0 - 60_000))).toEqual(login);
    expect(await s.logins.take(fresh, new Date(T0 - 60_000))).toBeUndefined();
    expect(await s.logins.purge(new Date(T0 - 60_000))).toBeGreaterThanOrEqual(1);
    expect(await s.logins.take(old, new Date(0))).toBeUndefined();
  });

  it('conversations: ordered messages, history, notices, state, rename and scoping by owner', async () => {
    const [a, b] = [sid(), sid()];
    const c1 = await s.conversations.create(a, 'Erste');
    clock.t += 1000;
    const c2 = await s.conversations.create(a, 'Zweite');
    clock.t += 1000;
    await s.conversations.addMessage(a, c1.id, { role: 'user', text: 'eins' });
    const answer = (await s.conversations.addMessage(a, c1.id, {
      role: 'assistant',
      text: 'zwei',
      model: 'offline',
      citations: [{ law: 'VwVfG', ref: '§ 3a', title: 'Elektronische Kommunikation', text: 'Text' }],
      findings: [finding({ start: 7 })],
    }))!;
    await s.conversations.addMessage(a, c1.id, { role: 'user', text: 'drei' });
    // the newest activity first: c1 got messages after c2 was created
    expect((await s.conversations.list(a)).map((c) => c.id)).toEqual([c1.id, c2.id]);
    const got = await s.conversations.get(a, c1.id);
    expect(got!.messages.map((m) => m.text)).toEqual(['eins', 'zwei', 'drei']);
    expect(got!.messages[1]).toEqual(answer);
    expect(await s.conversations.turnContext(a, c1.id, 2)).toEqual({
      messages: 3,
      history: [
        { role: 'assistant', text: 'zwei' },
        { role: 'user', text: 'drei' },
      ],
      state: {},
    });
    // without a history limit only the count is read
    expect(await s.conversations.turnContext(a, c1.id, 0)).toEqual({ messages: 3, history: [], state: {} });
    expect(await s.conversations.turnContext(a, c2.id, 6)).toEqual({ messages: 0, history: [], state: {} });
    expect(await s.conversations.setNotice(a, c1.id, answer.id, 'später')).toBe(true);
    expect((await s.conversations.get(a, c1.id))!.messages[1]!.notice).toBe('später');

    expect((await s.conversations.turnContext(a, c1.id, 2))!.state).toEqual({});
    // the state comes with the answer that sets it; a message without one leaves it as it is
    const state = { lastPassage: 'Der Antrag ist schriftlich zu stellen.', lastTopic: 'schriftform' };
    await s.conversations.addMessage(a, c1.id, { role: 'assistant', text: 'vier' }, state);
    await s.conversations.addMessage(a, c1.id, { role: 'user', text: 'fünf' });
    expect((await s.conversations.turnContext(a, c1.id, 2))!.state).toEqual(state);
    // a stored state that does not validate is no state, not a failed turn
    await s.sql.run("UPDATE conversations SET state = '{kaputt' WHERE id = ?", [c1.id]);
    expect((await s.conversations.turnContext(a, c1.id, 2))!.state).toEqual({});

    // a new conversation with its first message
    const c3 = await s.conversations.create(a, 'Dritte', { role: 'user', text: 'erste Frage' });
    expect((await s.conversations.get(a, c3.id))!.messages.map((m) => [m.role, m.text])).toEqual([['user', 'erste Frage']]);

    expect(await s.conversations.rename(a, c1.id, 'Umbenannt')).toBe(true);
    expect((await s.conversations.get(a, c1.id))!.title).toBe('Umbenannt');

    // B sees nothing of A's and can change nothing
    expect(await s.conversations.list(b)).toEqual([]);
    expect(await s.conversations.get(b, c1.id)).toBeUndefined();
    expect(await s.conversations.exists(b, c1.id)).toBe(false);
    expect(await s.conversations.exists(a, c1.id)).toBe(true);
    expect(await s.conversations.rename(b, c1.id, 'x')).toBe(false);
    expect(await s.conversations.setNotice(b, c1.id, answer.id, 'x')).toBe(false);
    expect(await s.conversations.turnContext(b, c1.id, 5)).toBeUndefined();
    expect(await s.conversations.remove(b, c1.id)).toBe(false);
    // the storage quota counts every message with its citations and findings, for the owner only
    const bytes = await s.conversations.sessionBytes(a);
    expect(bytes).toBeGreaterThan('einszweidrei'.length + JSON.stringify(answer.citations).length + JSON.stringify(answer.findings).length - 1);
    expect(await s.conversations.sessionBytes(b)).toBe(0);

    await s.feedback.add(a, { targetType: 'message', targetId: answer.id, contextId: c1.id, rating: 'useful' });
    expect(await s.feedback.count(a)).toBe(1);
    const before = await s.conversations.sessionBytes(a);
    expect(await s.conversations.remove(a, c1.id)).toBe(true);
    expect(await s.conversations.sessionBytes(a)).toBeLessThanOrEqual(before - 'einszweidreivierfünf'.length);
    expect(await s.feedback.count(a)).toBe(0);
    expect(await s.sql.get('SELECT COUNT(*) AS n FROM messages WHERE conversation_id = ?', [c1.id])).toEqual({ n: 0 });
  });

  it('conversations: a whole turn in one transaction, new or continued; a deleted conversation takes nothing', async () => {
    const [a, b] = [sid(), sid()];
    const asked = new Date(clock.t).toISOString();
    clock.t += 1000;
    const id = randomUUID();
    const state = { lastTopic: 'schriftform' };
    const answer = { id: randomUUID(), role: 'assistant' as const, text: 'Antwort', model: 'offline' };
    expect(await s.conversations.addTurn(a, id, { title: 'Neu', messages: [{ role: 'user', text: 'Frage', createdAt: asked }, answer], state })).toBe(true);
    const got = (await s.conversations.get(a, id))!;
    // the conversation and its question date from when it was asked, the answer from when it was stored
    expect(got).toMatchObject({ title: 'Neu', createdAt: asked, updatedAt: new Date(clock.t).toISOString() });
    expect(got.messages.map((m) => [m.role, m.text, m.createdAt])).toEqual([
      ['user', 'Frage', asked],
      ['assistant', 'Antwort', new Date(clock.t).toISOString()],
    ]);
    expect(got.messages[1]!.id).toBe(answer.id);
    expect((await s.conversations.turnContext(a, id, 0))!.state).toEqual(state);
    // a question alone (its answer failed) leaves the state as it was
    expect(await s.conversations.addTurn(a, id, { messages: [{ role: 'user', text: 'Noch eine' }] })).toBe(true);
    expect(await s.conversations.turnContext(a, id, 0)).toEqual({ messages: 3, history: [], state });
    // another session's conversation, or one deleted meanwhile, takes nothing
    expect(await s.conversations.addTurn(b, id, { messages: [{ role: 'user', text: 'fremd' }] })).toBe(false);
    expect(await s.conversations.remove(a, id)).toBe(true);
    expect(await s.conversations.addTurn(a, id, { messages: [{ role: 'user', text: 'zu spät' }, { role: 'assistant', text: 'x' }], state })).toBe(false);
    expect(await s.sql.get('SELECT COUNT(*) AS n FROM messages WHERE conversation_id = ?', [id])).toEqual({ n: 0 });
    expect(await s.conversations.sessionBytes(a)).toBe(0);
  });

  it('quota: the running byte counts equal a recount of the stored rows', async () => {
    const [a, b] = [sid(), sid()];
    const c = await s.conversations.create(a, 'Zähler', { role: 'user', text: 'Frage mit Umlauten: äöü' });
    const citations = [{ law: 'VwVfG', ref: '§ 3a', title: 'Elektronische Kommunikation', text: 'Text' }];
    const m = (await s.conversations.addMessage(a, c.id, { role: 'assistant', text: 'Antwort', citations, findings: [finding({ start: 1 })], notice: 'vorläufig' }, { lastTopic: 'schriftform' }))!;
    await s.conversations.addMessage(a, (await s.conversations.create(a, 'Zweite')).id, { role: 'user', text: 'noch eine' });
    expect(await s.conversations.setNotice(a, c.id, m.id, 'später mit dem Sprachmodell geprüft')).toBe(true);
    expect(await s.conversations.setNotice(a, c.id, m.id, 'kurz')).toBe(true);
    // another owner's notice changes neither the message nor the count
    expect(await s.conversations.setNotice(b, c.id, m.id, 'fremd fremd fremd fremd')).toBe(false);
    await s.conversations.rename(a, c.id, 'Umbenannt und länger');
    const recount = await s.sql.get(
      `SELECT (SELECT SUM(octet_length(title) + octet_length(state)) FROM conversations WHERE session_id = ?)
        + (SELECT SUM(${MESSAGE_BYTES}) FROM messages WHERE session_id = ?) AS n`,
      [a, a],
    );
    expect(recount).toEqual({ n: expect.any(Number) });
    expect(await s.conversations.sessionBytes(a)).toBe((recount as { n: number }).n);

    const job = await s.batch.create(a, 'j', ['/a.md']);
    await s.batch.addResult(job.id, { path: '/a.md', law: 'AAA', title: 'A', jurisdiction: 'Bund', provisions: 1, findings: [finding({ start: 1 }), finding({ start: 2 })] });
    expect(await s.batch.resultBytes(job.id)).toBe((await s.sql.get(`SELECT ${FINDING_BYTES} AS n FROM batch_findings WHERE job_id = ?`, [job.id]) as { n: number }).n);
    expect(await s.batch.resultBytes('kein-auftrag')).toBe(0);

    // reviews: created with umlauts and a Word file, then decided and rewritten; another owner's changes count nothing
    const reviewRecount = async () =>
      ((await s.sql.get(`SELECT SUM(${REVIEW_BYTES}) AS n FROM reviews WHERE session_id = ?`, [a])) as { n: number }).n;
    const r = await s.reviews.create(a, { ...review([finding({ start: 1 }), finding({ start: 2 })]), title: 'Änderungsgesetz', notices: ['Hinweis'], warnings: [{ code: 'unassigned_text', message: 'Text ohne Zuordnung', start: 0, end: 3 }] }, Buffer.alloc(300, 1));
    const withRewrites = await s.reviews.create(a, { ...review(), rewrites: [rewrite(0, 'eins'), rewrite(20, 'zwei')] });
    expect(await s.reviews.sessionBytes(a)).toBe(await reviewRecount());
    expect(await s.reviews.sessionBytes(a)).toBeGreaterThan(300);
    await s.reviews.decide(a, r.id, 'f-1', 'accepted');
    await s.reviews.decide(a, r.id, 'f-2', 'dismissed');
    await s.reviews.decide(a, r.id, 'f-1', 'open');
    await s.reviews.updateRewrites(a, withRewrites.id, [rewrite(20, 'eine längere Neufassung mit Umlauten äöü')]);
    expect(await s.reviews.decide(b, r.id, 'f-2', 'accepted')).toBe('no_review');
    expect(await s.reviews.updateRewrites(b, withRewrites.id, [rewrite(0, 'fremd fremd fremd')])).toBe(false);
    expect(await s.reviews.sessionBytes(a)).toBe(await reviewRecount());
    expect(await s.reviews.sessionBytes(b)).toBe(0);
    await s.reviews.remove(a, r.id);
    expect(await s.reviews.sessionBytes(a)).toBe(await reviewRecount());
  });

  it('reviews: create with the Word file, read, list, decide, size and delete only for the owner', async () => {
    const [a, b] = [sid(), sid()];
    const docx = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff]);
    const r = await s.reviews.create(a, { ...review([finding({ start: 1 }), finding({ start: 2 })]), notices: ['Hinweis'] }, docx);
    expect(await s.reviews.get(a, r.id)).toEqual({ ...r, findings: r.findings.map((f) => FindingSchema.parse(f)) });
    expect(await s.reviews.list(a)).toEqual([{ id: r.id, title: 'Entwurf', createdAt: r.createdAt, findings: 2 }]);
    expect(await s.reviews.source(a, r.id)).toEqual(docx);
    expect(await s.reviews.sessionBytes(a)).toBeGreaterThan(docx.length + r.text.length);

    expect(await s.reviews.get(b, r.id)).toBeUndefined();
    expect(await s.reviews.list(b)).toEqual([]);
    expect(await s.reviews.source(b, r.id)).toBeUndefined();
    expect(await s.reviews.sessionBytes(b)).toBe(0);
    expect(await s.reviews.decide(b, r.id, 'f-1', 'accepted')).toBe('no_review');
    expect(await s.reviews.remove(b, r.id)).toBe(false);

    expect(await s.reviews.decide(a, r.id, 'nope', 'accepted')).toBe('no_finding');
    expect(await s.reviews.decide(a, r.id, 'f-1', 'accepted')).toBe('ok');
    expect(await s.reviews.decide(a, r.id, 'f-2', 'dismissed')).toBe('ok');
    expect((await s.reviews.get(a, r.id))!.decisions).toEqual({ 'f-1': 'accepted', 'f-2': 'dismissed' });
    expect(await s.reviews.decide(a, r.id, 'f-1', 'open')).toBe('ok');
    expect((await s.reviews.get(a, r.id))!.decisions).toEqual({ 'f-2': 'dismissed' });

    // concurrent decisions on one review: none is lost (read-modify-write in one transaction)
    const many = await s.reviews.create(a, review(Array.from({ length: 8 }, (_, i) => finding({ start: i + 10 }))));
    await Promise.all(many.findings.map((f) => s.reviews.decide(a, many.id, f.id, 'accepted')));
    expect(Object.keys((await s.reviews.get(a, many.id))!.decisions)).toHaveLength(8);

    // rewrites per Absatz: a decision replaces the one Absatz it changed, the others stay
    const withRewrites = await s.reviews.create(a, { ...review(), rewrites: [rewrite(0, 'eins'), rewrite(20, 'zwei')] });
    expect((await s.reviews.get(a, withRewrites.id))!.rewrites).toEqual([rewrite(0, 'eins'), rewrite(20, 'zwei')]);
    expect(await s.reviews.updateRewrites(b, withRewrites.id, [rewrite(20, 'fremd')])).toBe(false);
    expect(await s.reviews.updateRewrites(a, withRewrites.id, [rewrite(20, 'neu')])).toBe(true);
    expect((await s.reviews.get(a, withRewrites.id))!.rewrites).toEqual([rewrite(0, 'eins'), rewrite(20, 'neu')]);

    await s.feedback.add(a, { targetType: 'finding', targetId: 'f-2', contextId: r.id, rating: 'wrong', reason: 'kein Fall' });
    expect(await s.reviews.remove(a, r.id)).toBe(true);
    expect(await s.reviews.get(a, r.id)).toBeUndefined();
    expect(await s.sql.get('SELECT COUNT(*) AS n FROM review_sources WHERE review_id = ?', [r.id])).toEqual({ n: 0 });
    expect(await s.feedback.count(a)).toBe(0);
  });

  it('batch: jobs, results once per law, summary, SQL filters, export and scoping by owner', async () => {
    const [a, b] = [sid(), sid()];
    const job = await s.batch.create(a, 'j', ['/a.md', '/b.md', '/c.md'], { ai: true, notices: ['doppelt'], uploadBytes: 100 });
    expect(job).toMatchObject({ sessionId: a, name: 'j', status: 'queued', done: 0, total: 3, ai: true, notices: ['doppelt'], uploadBytes: 100, seconds: 0 });
    const add = (path: string, law: string, findings: Finding[], ai?: { prompt: number }) =>
      s.batch.addResult(job.id, {
        path,
        law,
        title: `${law}-Titel`,
        jurisdiction: 'Bund',
        provisions: 3,
        findings,
        ...(ai ? { ai: { provisions: 1, findings: 1, prompt: ai.prompt, completion: 5, notices: [`${law}: gekürzt`] } } : {}),
      });
    const aaa = [finding({ start: 1 }), finding({ start: 2, category: 'postalisch', severity: 'mittel', confidence: 0.5 })];
    const bbb = [
      finding({ start: 3, category: 'unbestimmter_begriff', severity: 'hinweis', principle: 4, source: 'KI', quote: { match: 'Angemessen', sentence: 'Eine angemessene Frist.' } }),
    ];
    const bytesA = await add('/a.md', 'AAA', aaa, { prompt: 10 });
    expect(bytesA).toBeGreaterThan(0);
    expect(await add('/a.md', 'AAA', [finding({ start: 1 })])).toBeUndefined();
    const bytesB = (await add('/b.md', 'BBB', bbb, { prompt: 20 }))!;
    // the quota counts what addResult reported, and the session's usage includes it and the extracted upload
    expect(await s.batch.resultBytes(job.id)).toBe(bytesA! + bytesB);
    expect(await s.batch.sessionBytes(a)).toBe(bytesA! + bytesB + 100);
    expect(await s.batch.sessionBytes(b)).toBe(0);
    expect(await s.batch.donePaths(job.id)).toEqual(new Set(['/a.md', '/b.md']));

    // compact rows: the finding JSON does not repeat the texts of the columns, yet the export gets the whole finding back
    const stored = (await s.sql.all('SELECT finding FROM batch_findings WHERE job_id = ?', [job.id])) as { finding: string }[];
    expect(stored.every((r) => !r.finding.includes('sentence') && !r.finding.includes('explanation'))).toBe(true);
    const exported = [];
    for await (const row of s.batch.exportRows(job.id)) exported.push(row);
    expect(exported.map((r) => r.finding)).toEqual([...aaa, ...bbb].map((f) => FindingSchema.parse(f)));
    expect(exported.map((r) => r.path)).toEqual(['/a.md', '/a.md', '/b.md']);

    expect((await s.batch.get(a, job.id))!.done).toBe(2);
    expect(await s.batch.get(b, job.id)).toBeUndefined();
    expect((await s.batch.getById(job.id))!.id).toBe(job.id);
    expect((await s.batch.list(a)).map((j) => j.id)).toEqual([job.id]);
    expect(await s.batch.list(b)).toEqual([]);
    expect((await s.batch.listAll()).map((j) => j.id)).toContain(job.id);
    expect(await s.batch.ids()).toContain(job.id);

    const q = (over: object) => s.batch.results(job.id, { offset: 0, limit: 100, sort: 'law', dir: 'asc', ...over });
    expect((await q({})).total).toBe(3);
    expect((await q({ category: 'postalisch' })).rows.map((r) => r.ref)).toEqual(['§ 2']);
    expect((await q({ principle: 4 })).rows.map((r) => r.law)).toEqual(['BBB']);
    expect((await q({ source: 'KI' })).rows.map((r) => r.law)).toEqual(['BBB']);
    expect((await q({ law: 'AAA' })).total).toBe(2);
    // the search ignores case in both databases
    expect((await q({ q: 'angemess' })).rows.map((r) => r.match)).toEqual(['Angemessen']);
    expect((await q({ q: '100%_' })).total).toBe(0);
    expect((await q({ sort: 'severity', dir: 'desc' })).rows.map((r) => r.severity)).toEqual(['hinweis', 'mittel', 'hoch']);
    expect(await q({ sort: 'law', dir: 'desc', limit: 1, offset: 1 })).toMatchObject({ total: 3, rows: [{ law: 'AAA' }] });
    expect((await q({})).rows[0]!.legalBasis).toEqual(['§ 3a VwVfG']);

    await s.batch.addSeconds(job.id, 1.25);
    await s.batch.addSeconds(job.id, 1.25);
    const summary = await s.batch.summary((await s.batch.get(a, job.id))!);
    expect(summary).toMatchObject({ laws: 2, provisions: 6, findings: 3, seconds: 2.5 });
    expect(summary.byCategory).toMatchObject({ schriftform: 1, postalisch: 1, unbestimmter_begriff: 1, unterschrift: 0 });
    expect(summary.byPrinciple).toEqual({ '1': 2, '2': 0, '3': 0, '4': 1, '5': 0 });
    expect(summary.bySeverity).toEqual({ hoch: 1, mittel: 1, hinweis: 1 });
    expect(summary.byLaw[0]).toEqual({ law: 'AAA', title: 'AAA-Titel', findings: 2 });
    expect(summary.ai).toMatchObject({ prompt: 30, completion: 10, findings: 1, estimated: false });
    expect(summary.ai!.byLaw.map((l) => l.law)).toEqual(['AAA', 'BBB']);
    expect(summary.ai!.notices).toEqual([
      { law: 'AAA', message: 'AAA: gekürzt' },
      { law: 'BBB', message: 'BBB: gekürzt' },
    ]);

    expect((await s.batch.unfinished()).map((j) => j.id)).toContain(job.id);
    await s.batch.setStatus(job.id, 'failed', 'Grund');
    expect(await s.batch.get(a, job.id)).toMatchObject({ status: 'failed', message: 'Grund' });
    expect((await s.batch.unfinished()).map((j) => j.id)).not.toContain(job.id);
    expect(await s.batch.remove(b, job.id)).toBe(false);
    expect(await s.batch.remove(a, job.id)).toBe(true);
    expect(await s.sql.get('SELECT COUNT(*) AS n FROM batch_findings WHERE job_id = ?', [job.id])).toEqual({ n: 0 });
  });

  it('batch: results sort by law as people read names, not in byte order', async () => {
    const job = await s.batch.create(sid(), 'j', ['/g.md', '/k.md', '/a.md']);
    for (const [path, law] of [['/g.md', 'GKZ BW'], ['/k.md', 'GemHVO'], ['/a.md', 'aeg']] as const) {
      await s.batch.addResult(job.id, { path, law, title: law, jurisdiction: 'Sonstige', provisions: 1, findings: [finding({ start: 1 })] });
    }
    const laws = async (dir: 'asc' | 'desc') => (await s.batch.results(job.id, { offset: 0, limit: 10, sort: 'law', dir })).rows.map((r) => r.law);
    expect(await laws('asc')).toEqual(['aeg', 'GemHVO', 'GKZ BW']);
    expect(await laws('desc')).toEqual(['GKZ BW', 'GemHVO', 'aeg']);
  });

  it('batch: a law stored twice at once is stored once; the export pages through a large job', async () => {
    const job = await s.batch.create(sid(), 'gross', ['/x.md', '/y.md']);
    const many = Array.from({ length: 1203 }, (_, i) => finding({ start: i + 1 }));
    const law = { path: '/x.md', law: 'X', title: 'X', jurisdiction: 'Bund', provisions: 1, findings: many };
    const results = await Promise.all([s.batch.addResult(job.id, law), s.batch.addResult(job.id, law)]);
    expect(results.filter((r) => r !== undefined)).toHaveLength(1);
    const ids: string[] = [];
    for await (const row of s.batch.exportRows(job.id)) ids.push(row.finding.id);
    expect(ids).toEqual(many.map((f) => f.id));
  });

  it('batch: stale jobs by their last update', async () => {
    const a = sid();
    clock.t = T0 - 1000 * HOUR;
    const old = await s.batch.create(a, 'alt', ['/a.md']);
    clock.t = T0;
    const fresh = await s.batch.create(a, 'neu', ['/a.md']);
    const stale = await s.batch.staleJobs(new Date(T0 - HOUR));
    expect(stale).toContainEqual({ id: old.id, sessionId: a });
    expect(stale.map((j) => j.id)).not.toContain(fresh.id);
  });

  it('retention: old conversations and reviews go with their feedback; recent ones stay', async () => {
    const a = sid();
    clock.t = T0 - 200 * 24 * HOUR;
    const oldConv = await s.conversations.create(a, 'alt');
    const oldReview = await s.reviews.create(a, review());
    await s.feedback.add(a, { targetType: 'finding', targetId: 'f-1', contextId: oldReview.id, rating: 'useful' });
    clock.t = T0;
    const newConv = await s.conversations.create(a, 'neu');
    await s.feedback.add(a, { targetType: 'message', targetId: 'm', contextId: newConv.id, rating: 'useful' });
    const counts = await s.retention.purgeBefore(new Date(T0 - 90 * 24 * HOUR));
    expect(counts.conversations).toBeGreaterThanOrEqual(1);
    expect(counts.reviews).toBeGreaterThanOrEqual(1);
    expect(counts.feedback).toBeGreaterThanOrEqual(1);
    expect(await s.conversations.exists(a, oldConv.id)).toBe(false);
    expect(await s.reviews.get(a, oldReview.id)).toBeUndefined();
    expect(await s.conversations.exists(a, newConv.id)).toBe(true);
    expect(await s.feedback.count(a)).toBe(1);
    expect(await s.retention.purgeBefore(new Date(T0 - 90 * 24 * HOUR))).toEqual({ conversations: 0, reviews: 0, feedback: 0 });
  });

  it('corpus: imported laws are stored, replaced by id, listed without text, read with text and removed', async () => {
    const law = (over: Partial<NewImportedLaw> = {}): NewImportedLaw => ({
      id: `imp-${randomUUID().slice(0, 8)}`,
      abbreviation: 'TestG',
      title: 'Testgesetz',
      jurisdiction: 'Niedersachsen',
      kind: 'law',
      source: 'Import testg.txt',
      stand: 'importiert am 2026-03-01',
      excerpt: false,
      fileName: 'testg.txt',
      importedBy: 'sub:admin',
      markdown: '# Testgesetz (TestG)\n\n## § 1 Zweck\n\nText.',
      ...over,
    });
    const first = law();
    clock.t = T0;
    expect(await s.corpus.put(first)).toMatchObject({ id: first.id, replaced: false, importedAt: new Date(T0).toISOString() });
    clock.t = T0 + HOUR;
    const again = await s.corpus.put({ ...first, title: 'Testgesetz, neue Fassung', stand: undefined, markdown: 'neu' });
    expect(again).toMatchObject({ replaced: true, importedAt: new Date(T0 + HOUR).toISOString() });
    const other = law({ abbreviation: 'ATestG', excerpt: true });
    await s.corpus.put(other);

    const listed = (await s.corpus.list()).filter((l) => l.id === first.id || l.id === other.id);
    expect(listed.map((l) => l.abbreviation)).toEqual(['ATestG', 'TestG']);
    expect(listed[1]).toEqual({
      id: first.id,
      abbreviation: 'TestG',
      title: 'Testgesetz, neue Fassung',
      jurisdiction: 'Niedersachsen',
      kind: 'law',
      source: 'Import testg.txt',
      excerpt: false,
      fileName: 'testg.txt',
      importedBy: 'sub:admin',
      importedAt: new Date(T0 + HOUR).toISOString(),
    });
    expect(listed[0]!.excerpt).toBe(true);
    expect(listed[1]).not.toHaveProperty('markdown');
    expect((await s.corpus.all()).find((l) => l.id === first.id)?.markdown).toBe('neu');

    expect((await s.corpus.remove(first.id))?.abbreviation).toBe('TestG');
    expect(await s.corpus.remove(first.id)).toBeUndefined();
    expect((await s.corpus.all()).map((l) => l.id)).not.toContain(first.id);
    // retention never removes laws: they are not user data with an expiry
    await s.retention.purgeBefore(new Date(T0 + 1000 * HOUR));
    expect((await s.corpus.list()).map((l) => l.id)).toContain(other.id);

    await s.sql.run("UPDATE corpus_laws SET jurisdiction = 'Mond' WHERE id = ?", [other.id]);
    await expect(s.corpus.list()).rejects.toThrow(/corpus_laws.*jurisdiction/);
    await s.sql.run('DELETE FROM corpus_laws WHERE id = ?', [other.id]);
  });

  it('text with U+0000 from a user is stored, not a failed statement (PostgreSQL text cannot hold it and drops it)', async () => {
    const a = sid();
    const c = await s.conversations.create(a, 'Frage\u0000 mit NUL');
    await s.conversations.addMessage(a, c.id, { role: 'user', text: 'Hallo\u0000 Welt' });
    const got = (await s.conversations.get(a, c.id))!;
    expect(got.title.replaceAll('\u0000', '')).toBe('Frage mit NUL');
    expect(got.messages[0]!.text.replaceAll('\u0000', '')).toBe('Hallo Welt');
  });

  it('a failed transaction leaves nothing behind and the database stays usable', async () => {
    const a = sid();
    const c = await s.conversations.create(a, 'T');
    clock.t += 1000;
    const first = (await s.conversations.addMessage(a, c.id, { role: 'user', text: 'eins' }))!;
    // the same message id again violates UNIQUE: neither the message nor the conversation's new time is kept
    clock.t += 1000;
    await expect(s.conversations.addMessage(a, c.id, { id: first.id, role: 'user', text: 'zwei' })).rejects.toThrow();
    const after = await s.conversations.get(a, c.id);
    expect(after!.updatedAt).toBe(first.createdAt);
    expect(after!.messages.map((m) => m.text)).toEqual(['eins']);
  });

  it('a message for a deleted or foreign conversation is not stored, and the caller is told so', async () => {
    const [a, b] = [sid(), sid()];
    const gone = await s.conversations.create(a, 'Gelöscht');
    await s.conversations.remove(a, gone.id);
    expect(await s.conversations.addMessage(a, gone.id, { role: 'assistant', text: 'zu spät' }, { lastTopic: 'schriftform' })).toBeUndefined();
    const foreign = await s.conversations.create(a, 'Fremd', { role: 'user', text: 'eins' });
    expect(await s.conversations.addMessage(b, foreign.id, { role: 'user', text: 'eingeschmuggelt' })).toBeUndefined();
    expect((await s.conversations.get(a, foreign.id))!.messages.map((m) => m.text)).toEqual(['eins']);
    expect(await s.sql.all('SELECT id FROM messages WHERE conversation_id = ?', [gone.id])).toEqual([]);
  });

  it('a row of the wrong shape fails loudly with a typed error', async () => {
    const a = sid();
    const c = await s.conversations.create(a, 'T');
    await s.conversations.addMessage(a, c.id, { role: 'assistant', text: 'x' });
    await s.sql.run("UPDATE messages SET citations = '{kaputt' WHERE conversation_id = ?", [c.id]);
    const err = await s.conversations.get(a, c.id).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(StorageShapeError);
    expect(err).toMatchObject({ status: 500, code: 'internal:storage_shape' });
    expect((err as Error).message).toMatch(/messages.*citations/);

    const r = await s.reviews.create(a, review());
    await s.sql.run("UPDATE reviews SET format = 'exe' WHERE id = ?", [r.id]);
    await expect(s.reviews.get(a, r.id)).rejects.toBeInstanceOf(StorageShapeError);
    await s.sql.run('UPDATE reviews SET format = ?, findings = ? WHERE id = ?', ['txt', '[{"id": 1}]', r.id]);
    await expect(s.reviews.get(a, r.id)).rejects.toThrow(/reviews.*findings/);
  });
});

describe('migrations', () => {
  it('SQLite: creates DATA_DIR, uses WAL, migrates from empty and again without change', () => {
    const d = mkdtempSync(join(tmpdir(), 'dc-store-'));
    try {
      const sub = join(d, 'neu', 'data');
      const db = openDb(sub);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      const version = db.pragma('user_version', { simple: true });
      expect(version).toBeGreaterThan(0);
      db.close();
      const again = openDb(sub);
      expect(again.pragma('user_version', { simple: true })).toBe(version);
      again.close();
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });

  /** Fills a storage, takes the byte-count columns away as before their migrations, and opens it again. */
  async function backFilled(open: () => Promise<Storage>, rollBack: (s: Storage) => Promise<void>) {
    const s = await open();
    const a = `sess-${randomUUID()}`;
    const c = await s.conversations.create(a, 'Alt', { role: 'user', text: 'Frage vor der Migration' });
    await s.conversations.addMessage(a, c.id, { role: 'assistant', text: 'Antwort', findings: [finding({ start: 1 })], notice: 'Hinweis' });
    const job = await s.batch.create(a, 'j', ['/a.md'], { uploadBytes: 10 });
    await s.batch.addResult(job.id, { path: '/a.md', law: 'AAA', title: 'A', jurisdiction: 'Bund', provisions: 1, findings: [finding({ start: 1 })] });
    const r = await s.reviews.create(a, { ...review(), title: 'Entwurf für Änderungen' }, Buffer.alloc(50, 2));
    await s.reviews.decide(a, r.id, 'f-1', 'accepted');
    const usage = async (st: Storage) => ({
      conversations: await st.conversations.sessionBytes(a),
      batch: await st.batch.sessionBytes(a),
      reviews: await st.reviews.sessionBytes(a),
    });
    const before = await usage(s);
    await s.sql.run('ALTER TABLE conversations DROP COLUMN message_bytes');
    await s.sql.run('ALTER TABLE batch_jobs DROP COLUMN result_bytes');
    await s.sql.run('DROP INDEX reviews_session_bytes');
    await s.sql.run('ALTER TABLE reviews DROP COLUMN stored_bytes');
    await rollBack(s);
    await s.close();
    const again = await open();
    try {
      expect(before.conversations).toBeGreaterThan(0);
      expect(before.reviews).toBeGreaterThan(50);
      expect(await usage(again)).toEqual(before);
    } finally {
      await again.close();
    }
  }
  // the first version that added running byte counts (SQLite 12, PostgreSQL 4; the reviews' came with the next); a
  // database from before is rolled back to it
  const COUNTS_SQLITE = 12;
  const COUNTS_POSTGRES = 4;

  it("SQLite: the reviews' quota sum reads the covering index, not the rows with their draft texts", async () => {
    const d = mkdtempSync(join(tmpdir(), 'dc-store-'));
    const s = await openSqliteStorage(d, clock);
    try {
      const plan = (await s.sql.all('EXPLAIN QUERY PLAN SELECT SUM(stored_bytes) AS n FROM reviews WHERE session_id = ?', ['x'])) as { detail: string }[];
      expect(plan.map((p) => p.detail)).toEqual([expect.stringContaining('USING COVERING INDEX reviews_session_bytes')]);
    } finally {
      await s.close();
      rmSync(d, { recursive: true, force: true });
    }
  });

  it('SQLite: a database from before the running byte counts gets them back-filled', async () => {
    const d = mkdtempSync(join(tmpdir(), 'dc-store-'));
    try {
      await backFilled(
        async () => openSqliteStorage(d, clock),
        async (s) => void (await s.sql.run(`PRAGMA user_version = ${COUNTS_SQLITE - 1}`)),
      );
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });

  it('PostgreSQL: a database from before the running byte counts gets them back-filled', async () => {
    const db = await createTestDatabase();
    try {
      await backFilled(
        async () => createStorage(await openPostgres(db.url, { max: 2 }), clock),
        async (s) => void (await s.sql.run('DELETE FROM schema_migrations WHERE version >= ?', [COUNTS_POSTGRES])),
      );
    } finally {
      await db.drop();
    }
  });

  it('PostgreSQL: instances starting at once migrate an empty database exactly once; a restart changes nothing', async () => {
    const db = await createTestDatabase();
    try {
      const opened = await Promise.all([1, 2, 3].map(() => openPostgres(db.url, { max: 2 })));
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      const versions = async () => (await client.query('SELECT version FROM schema_migrations ORDER BY version')).rows.map((r) => Number(r.version));
      try {
        expect(await versions()).toEqual(PG_MIGRATIONS.map((_, i) => i + 1));
        const again = await openPostgres(db.url, { max: 1 });
        expect(await versions()).toEqual(PG_MIGRATIONS.map((_, i) => i + 1));
        // every instance works on the one schema
        const storages = [...opened, again].map((sql) => createStorage(sql, clock));
        const c = await storages[0]!.conversations.create('A', 'geteilt');
        expect(await storages[3]!.conversations.exists('A', c.id)).toBe(true);
        await Promise.all(storages.map((st) => st.close()));
      } finally {
        await client.end();
      }
    } finally {
      await db.drop();
    }
  });
});
