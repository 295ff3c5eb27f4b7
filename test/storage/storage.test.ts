import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FindingSchema, type Finding } from '../../server/contracts/finding';
import { openDb } from '../../server/storage/db';
import { openStorage, type Storage } from '../../server/storage/index';

const dirs: string[] = [];
const open = (): Storage => {
  const d = mkdtempSync(join(tmpdir(), 'dc-store-'));
  dirs.push(d);
  return openStorage(d);
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const finding = (over: Partial<Finding> & { start: number }): Finding => ({
  id: `f-${over.start}`,
  ruleId: 'schriftform',
  category: 'schriftform',
  principle: 1,
  severity: 'hoch',
  source: 'Regel',
  location: { law: 'X', ref: `§ ${over.start}`, start: over.start, end: over.start + 5 },
  quote: { match: 'schriftlich', sentence: 'Der Antrag ist schriftlich zu stellen.' },
  explanation: 'e',
  suggestion: 's',
  legalBasis: ['§ 3a VwVfG'],
  amendment: 'a',
  ...over,
});

describe('storage', () => {
  it('creates DATA_DIR, uses WAL and migrates idempotently', () => {
    const d = mkdtempSync(join(tmpdir(), 'dc-store-'));
    dirs.push(d);
    const sub = join(d, 'neu', 'data');
    const db = openDb(sub);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const version = db.pragma('user_version', { simple: true });
    expect(version).toBeGreaterThan(0);
    db.close();
    const again = openDb(sub);
    expect(again.pragma('user_version', { simple: true })).toBe(version);
    again.close();
  });

  it('keeps messages in order and scopes conversations by session', () => {
    const s = open();
    const c = s.conversations.create('A', 'T');
    s.conversations.addMessage('A', c.id, { role: 'user', text: 'eins' });
    s.conversations.addMessage('A', c.id, { role: 'assistant', text: 'zwei', model: 'offline' });
    s.conversations.addMessage('A', c.id, { role: 'user', text: 'drei' });
    expect(s.conversations.get('A', c.id)!.messages.map((m) => m.text)).toEqual(['eins', 'zwei', 'drei']);
    expect(s.conversations.recentMessages('A', c.id, 2).map((m) => m.text)).toEqual(['zwei', 'drei']);
    expect(s.conversations.get('B', c.id)).toBeUndefined();
    expect(s.conversations.rename('B', c.id, 'x')).toBe(false);
    expect(s.conversations.remove('B', c.id)).toBe(false);
    expect(s.conversations.remove('A', c.id)).toBe(true);
    expect(s.db.prepare('SELECT COUNT(*) AS n FROM messages').get()).toEqual({ n: 0 });
    s.close();
  });

  it('records review decisions only for existing findings of own reviews', () => {
    const s = open();
    const r = s.reviews.create('A', { title: 'E', format: 'txt', text: 't', provisions: 1, findings: [finding({ start: 1 })], structure: [], outline: [] });
    expect(s.reviews.decide('B', r.id, 'f-1', 'accepted')).toBe('no_review');
    expect(s.reviews.decide('A', r.id, 'nope', 'accepted')).toBe('no_finding');
    expect(s.reviews.decide('A', r.id, 'f-1', 'accepted')).toBe('ok');
    expect(s.reviews.get('A', r.id)!.decisions).toEqual({ 'f-1': 'accepted' });
    expect(s.reviews.decide('A', r.id, 'f-1', 'open')).toBe('ok');
    expect(s.reviews.get('A', r.id)!.decisions).toEqual({});
    expect(s.reviews.list('A')).toMatchObject([{ id: r.id, findings: 1 }]);
    s.close();
  });

  it('stores batch results once per law and filters, sorts, searches and pages in SQL', () => {
    const s = open();
    const job = s.batch.create('A', 'j', ['/a.md', '/b.md', '/c.md']);
    const add = (path: string, law: string, findings: Finding[]) =>
      s.batch.addResult(job.id, { path, law, title: `${law}-Titel`, jurisdiction: 'Bund', provisions: 3, findings });
    const aaa = [finding({ start: 1 }), finding({ start: 2, category: 'postalisch', severity: 'mittel', principle: 1 })];
    const bbb = [finding({ start: 3, category: 'unbestimmter_begriff', severity: 'hinweis', principle: 4, quote: { match: 'angemessen', sentence: 'Eine angemessene Frist.' } })];
    const bytesA = add('/a.md', 'AAA', aaa);
    expect(bytesA).toBeGreaterThan(0);
    expect(add('/a.md', 'AAA', [finding({ start: 1 })])).toBeUndefined();
    const bytesB = add('/b.md', 'BBB', bbb)!;
    // the quota counts what addResult reported, and the session's usage includes it
    expect(s.batch.resultBytes(job.id)).toBe(bytesA! + bytesB);
    expect(s.batch.sessionBytes('A')).toBe(bytesA! + bytesB);
    expect(s.batch.sessionBytes('B')).toBe(0);
    // compact rows: the finding JSON does not repeat the texts of the columns, yet the export gets the whole finding back
    const stored = s.db.prepare<[], { finding: string }>('SELECT finding FROM batch_findings').all();
    expect(stored.every((r) => !r.finding.includes('sentence') && !r.finding.includes('explanation'))).toBe(true);
    expect([...s.batch.exportRows(job.id)].map((r) => r.finding)).toEqual([...aaa, ...bbb].map((f) => FindingSchema.parse(f)));
    expect(s.batch.donePaths(job.id)).toEqual(new Set(['/a.md', '/b.md']));
    expect(s.batch.get('A', job.id)!.done).toBe(2);
    expect(s.batch.get('B', job.id)).toBeUndefined();

    const q = (over: object) => s.batch.results(job.id, { offset: 0, limit: 100, sort: 'law', dir: 'asc', ...over });
    expect(q({}).total).toBe(3);
    expect(q({ category: 'postalisch' }).rows.map((r) => r.ref)).toEqual(['§ 2']);
    expect(q({ principle: 4 }).rows.map((r) => r.law)).toEqual(['BBB']);
    expect(q({ q: 'angemess' }).rows.map((r) => r.match)).toEqual(['angemessen']);
    expect(q({ q: '100%_' }).total).toBe(0);
    expect(q({ sort: 'severity', dir: 'desc' }).rows.map((r) => r.severity)).toEqual(['hinweis', 'mittel', 'hoch']);
    expect(q({ sort: 'law', dir: 'desc', limit: 1, offset: 1 })).toMatchObject({ total: 3, rows: [{ law: 'AAA' }] });
    expect(q({}).rows[0]!.legalBasis).toEqual(['§ 3a VwVfG']);

    const summary = s.batch.summary(s.batch.get('A', job.id)!);
    expect(summary).toMatchObject({ laws: 2, provisions: 6, findings: 3 });
    expect(summary.byCategory).toMatchObject({ schriftform: 1, postalisch: 1, unbestimmter_begriff: 1, unterschrift: 0 });
    expect(summary.byPrinciple).toEqual({ '1': 2, '2': 0, '3': 0, '4': 1, '5': 0 });
    expect(summary.byLaw[0]).toEqual({ law: 'AAA', title: 'AAA-Titel', findings: 2 });
    expect([...s.batch.exportRows(job.id)].map((r) => r.finding.id)).toEqual(['f-1', 'f-2', 'f-3']);

    expect(s.batch.unfinished().map((j) => j.id)).toEqual([job.id]);
    s.batch.setStatus(job.id, 'done');
    expect(s.batch.unfinished()).toEqual([]);
    expect(s.batch.remove('A', job.id)).toBe(true);
    expect(s.db.prepare('SELECT COUNT(*) AS n FROM batch_findings').get()).toEqual({ n: 0 });
    s.close();
  });

  it('a corrupt JSON cell degrades to an empty list instead of a crash', () => {
    const s = open();
    const c = s.conversations.create('A', 'T');
    s.conversations.addMessage('A', c.id, { role: 'assistant', text: 'x' });
    s.db.prepare("UPDATE messages SET citations = '{kaputt'").run();
    expect(s.conversations.get('A', c.id)!.messages[0]!.citations).toEqual([]);
    s.close();
  });
});
