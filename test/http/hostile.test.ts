import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { BatchJobResponseSchema, ReviewFindingsResponseSchema, ReviewResponseSchema } from '../../server/contracts/api';
import { docxBomb, docxEmptyListDefinitions, largeDraft } from '../fixtures/web/hostile';
import { makeZip } from '../fixtures/web/zip-writer';
import { appsDisposedAfterEach, type TestApp } from './harness';

/**
 * The sweep: hostile or huge uploads end in a German 4xx or a bounded answer, never in a dead or frozen process.
 * Fixtures are generated here; latency and peak memory are measured by bench/bench-sweep.ts, not asserted.
 */

const app = appsDisposedAfterEach();

const upload = (t: TestApp, agent: request.Agent, body: Buffer | string, name: string) =>
  agent.post('/api/reviews').attach('file', Buffer.isBuffer(body) ? body : Buffer.from(body), name);

/** Polls /healthz until `work` settles; returns how many probes answered 200 while it ran. */
async function healthWhile(t: TestApp, work: Promise<unknown>): Promise<number> {
  let settled = false;
  void work.finally(() => (settled = true)).catch(() => undefined);
  let answered = 0;
  while (!settled) {
    const res = await request(t.app).get('/healthz');
    if (res.status === 200 && !settled) answered++;
    await new Promise((r) => setTimeout(r, 20));
  }
  return answered;
}

async function finished(t: TestApp, agent: request.Agent, jobId: string) {
  for (;;) {
    const job = BatchJobResponseSchema.parse((await agent.get(`/api/batch/${jobId}`).expect(200)).body);
    if (['done', 'failed', 'cancelled'].includes(job.status)) return job;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Text that deflate cannot shrink much, so the ratio check does not fire before the size quota. */
const incompressible = (bytes: number) => `## § 1 Text\n\n${randomBytes(bytes).toString('base64').slice(0, bytes)}`;

describe('isolated ingestion', () => {
  it('a draft that outlasts the time budget costs its worker, not the server: German 413, /healthz answered meanwhile', async () => {
    // a budget the small draft below keeps even in a cold worker on a loaded machine, and the large one far exceeds
    const t = await app({ INGEST_TIMEOUT_S: '2' });
    const agent = request.agent(t.app);
    const slow = Promise.resolve(upload(t, agent, largeDraft(4_000_000), 'gross.txt'));
    expect(await healthWhile(t, slow)).toBeGreaterThan(0);
    const res = await slow;
    expect(res.status).toBe(413);
    expect(res.body.error).toMatchObject({ code: 'too_large:upload_complex', message: expect.stringContaining('zu groß oder zu komplex') });
    // the process lives on and a fresh worker takes the next draft
    const ok = await upload(t, agent, '§ 1 Antrag\n(1) Der Antrag ist schriftlich zu stellen.', 'klein.txt').expect(201);
    expect(ok.body.findings.length).toBeGreaterThan(0);
  });

  it('a draft that exhausts the worker heap gets a German 413 and the server keeps serving', async () => {
    const t = await app({ INGEST_HEAP_MB: '16' });
    const agent = request.agent(t.app);
    const res = await upload(t, agent, largeDraft(1_000_000), 'gross.txt');
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('too_large:upload_complex');
    await request(t.app).get('/healthz').expect(200);
  });

  it('a DOCX bomb (document.xml of 300 MB) is refused with a German 413 while /healthz keeps answering', async () => {
    const t = await app();
    const agent = request.agent(t.app);
    const bomb = Promise.resolve(upload(t, agent, await docxBomb(300 * 1024 * 1024), 'bombe.docx'));
    await healthWhile(t, bomb);
    const res = await bomb;
    expect(res.status).toBe(413);
    expect(res.body.error.message).toContain('zu groß oder zu komplex');
  });
});

describe('parsing cost stays linear', () => {
  it('a numbering.xml with 100,000 empty list definitions is read within a short budget', async () => {
    // the budget is far above what a linear read of 3.5 MB costs and far below what the quadratic read took (minutes)
    const t = await app({ INGEST_TIMEOUT_S: '20' });
    const res = await upload(t, request.agent(t.app), await docxEmptyListDefinitions(100_000), 'nummern.docx');
    expect(res.status).toBe(201);
    expect(res.body.text).toContain('(1) Der Antrag ist schriftlich zu stellen.');
  });
});

describe('bounded outputs', () => {
  it('caps the findings of a large valid draft with a notice per category, pages them, and exports a bounded DOCX', async () => {
    const t = await app({ MAX_REVIEW_FINDINGS: '300' });
    const agent = request.agent(t.app);
    const text = largeDraft(300_000);
    const res = await upload(t, agent, text, 'gross.txt').expect(201);
    const review = ReviewResponseSchema.parse(res.body);
    expect(review.findingsTotal).toBe(300);
    expect(review.findings).toHaveLength(300);
    // the most severe first: all kept findings are "hoch" because the draft has thousands of them
    expect(new Set(review.findings.map((f) => f.severity))).toEqual(new Set(['hoch']));
    const notice = review.notices!.find((n) => n.includes('Befunde je Kategorie'))!;
    expect(notice).toMatch(/Der Entwurf enthält [\d.]+ Befunde; angezeigt und gespeichert werden die 300 schwersten/);
    expect(notice).toContain('Schriftform');
    expect(notice).toContain('Eigenhändige Unterschrift');
    // the response carries the text once and the capped findings, nothing per finding beyond that: what each rule
    // checked ("Warum gemeldet?") comes once per rule in `rules` (2026-12-07: 2.95 KB per finding, 4.05 KB when
    // every finding carried its rule's exception list)
    expect(Object.keys(review.rules!).sort()).toEqual([...new Set(review.findings.map((f) => f.ruleId))].sort());
    expect(res.body.findings.some((f: object) => 'trace' in f)).toBe(false);
    expect(Buffer.byteLength(res.text)).toBeLessThan(Buffer.byteLength(text) + 300 * 3500);

    const page = ReviewFindingsResponseSchema.parse((await agent.get(`/api/reviews/${review.id}/findings?offset=250&limit=100`).expect(200)).body);
    expect(page.total).toBe(300);
    expect(page.findings.map((f) => f.id)).toEqual(review.findings.slice(250).map((f) => f.id));
    expect(Object.keys(page.rules).sort()).toEqual([...new Set(page.findings.map((f) => f.ruleId))].sort());
    await agent.get(`/api/reviews/${review.id}/findings?limit=5000`).expect(400);

    const docx = await agent.get(`/api/reviews/${review.id}/export.docx`).buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    });
    expect(docx.status).toBe(200);
    expect((docx.body as Buffer).length).toBeLessThan(5 * 1024 * 1024);
  });

  it('quotes a sentence of megabytes (a text without full stops) as a window around the hit', async () => {
    const t = await app();
    const agent = request.agent(t.app);
    const run = `§ 1 Antrag\n(1) ${'und die Behörde prüft '.repeat(20_000)}der Antrag ist schriftlich zu stellen ${'und die Behörde prüft '.repeat(20_000)}`;
    const review = ReviewResponseSchema.parse((await upload(t, agent, run, 'ohne-punkt.txt').expect(201)).body);
    const f = review.findings.find((x) => x.category === 'schriftform')!;
    expect(f.quote.sentence).toContain('schriftlich');
    expect(f.quote.sentence.length).toBeLessThan(2100);
    expect(f.quote.sentence.startsWith('… ')).toBe(true);
    expect(f.suggestion.length).toBeLessThan(2200);
  });
});

describe('bounded storage', () => {
  it('refuses a ZIP that extracts beyond the per-job quota and leaves no upload folder', async () => {
    const t = await app({ JOB_MAX_EXTRACTED_MB: '1' });
    const agent = request.agent(t.app);
    const zip = makeZip([0, 1, 2].map((i) => ({ name: `gesetz-${i}.md`, data: incompressible(600_000), deflate: true })));
    const res = await agent.post('/api/batch').attach('file', zip, 'gesetze.zip').expect(400);
    expect(res.body.error.message).toContain('entpackt zu groß (höchstens 1 MB)');
    expect(readdirSync(join(t.dataDir, 'uploads'))).toEqual([]);
  });

  it('reports duplicate ZIP entry names in German and screens only the first', async () => {
    const t = await app();
    const agent = request.agent(t.app);
    const zip = makeZip([
      { name: 'ndig.md', data: '## § 1 Antrag\n\nDer Antrag ist schriftlich zu stellen.' },
      { name: 'ndig.md', data: '## § 1 Antrag\n\nZweite Datei gleichen Namens.' },
      { name: 'vwzg.md', data: '## § 1 Zustellung\n\nDie Zustellung erfolgt durch die Post.' },
    ]);
    const res = await agent.post('/api/batch').attach('file', zip, 'gesetze.zip').expect(202);
    expect(res.body.notices).toEqual([expect.stringContaining('ndig.md (2×)')]);
    const job = await finished(t, agent, res.body.jobId);
    expect(job).toMatchObject({ status: 'done', done: 2, total: 2 });
    expect(job.notices![0]).toContain('nur die erste Datei');
  });

  it('removes orphaned upload folders at start, and deleting a job removes its rows and files', async () => {
    const first = await app();
    const agent = request.agent(first.app);
    const zip = makeZip([{ name: 'ndig.md', data: '## § 1 Antrag\n\nDer Antrag ist schriftlich zu stellen.' }]);
    const { jobId } = (await agent.post('/api/batch').attach('file', zip, 'g.zip').expect(202)).body as { jobId: string };
    await finished(first, agent, jobId);
    // what a kill -9 during a ZIP extraction leaves behind: a folder without a job row
    const orphan = join(first.dataDir, 'uploads', 'abgebrochen');
    mkdirSync(orphan, { recursive: true });
    writeFileSync(join(orphan, 'teil.md'), 'halb entpackt');
    const cookie = agent.jar.getCookies({ domain: '127.0.0.1', path: '/', secure: false, script: false }).toValueString();
    await first.dispose({ keepData: true });
    app.forget(first);

    const second = await app({}, first.dataDir);
    expect(existsSync(orphan)).toBe(false);
    expect(existsSync(join(second.dataDir, 'uploads', jobId))).toBe(true);
    await request(second.app).delete(`/api/batch/${jobId}`).set('Cookie', cookie).expect(204);
    expect(existsSync(join(second.dataDir, 'uploads', jobId))).toBe(false);
    for (const table of ['batch_jobs', 'batch_results', 'batch_findings']) {
      expect((await second.storage.sql.get(`SELECT COUNT(*) AS n FROM ${table} WHERE ${table === 'batch_jobs' ? 'id' : 'job_id'} = ?`, [jobId]))).toEqual({ n: 0 });
    }
  });

  it('refuses uploads beyond the per-user storage quota with a German 413', async () => {
    const t = await app({ USER_MAX_STORAGE_MB: '0.05' });
    const agent = request.agent(t.app);
    await upload(t, agent, largeDraft(60_000), 'erster.txt').expect(201);
    const res = await upload(t, agent, '§ 1 Antrag\n(1) Der Antrag ist schriftlich zu stellen.', 'zweiter.txt').expect(413);
    expect(res.body.error).toMatchObject({ code: 'too_large:quota', message: expect.stringContaining('Speicherkontingent') });
    // another session has its own quota
    await upload(t, request.agent(t.app), '§ 1 Antrag\n(1) Der Antrag ist schriftlich zu stellen.', 'fremd.txt').expect(201);
  });

  it('stops a batch job at its results quota with a German message and keeps what it stored', async () => {
    const t = await app({ JOB_MAX_RESULTS_MB: '0.001' });
    const agent = request.agent(t.app);
    const { jobId } = (await agent.post('/api/batch').send({ laws: ['NDIG', 'VwZG', 'NVwZG'] }).expect(202)).body as { jobId: string };
    const job = await finished(t, agent, jobId);
    expect(job.status).toBe('failed');
    expect(job.message).toContain('Speichergrenze');
    expect(job.done).toBeGreaterThan(0);
  });
});
