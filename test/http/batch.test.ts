import ExcelJS from 'exceljs';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../server/batch/run-batch';
import { BatchJobResponseSchema, BatchResultsResponseSchema } from '../../server/contracts/api';
import type { ServerToClientEvents } from '../../server/contracts/socket';
import { makeZip } from '../fixtures/web/zip-writer';
import { connect, listen, makeApp, sessionCookie, testIndex, type ClientSocket, type TestApp } from './harness';

type Progress = Parameters<ServerToClientEvents['batch:progress']>[0];
const LAWS = ['NDIG', 'VwZG', 'NVwZG'];

function untilFinished(socket: ClientSocket, jobId: string): Promise<{ progress: Progress[]; status: string }> {
  const progress: Progress[] = [];
  return new Promise((resolve) => {
    socket.on('batch:progress', (p) => p.jobId === jobId && progress.push(p));
    socket.on('batch:status', (s) => {
      if (s.jobId === jobId && ['done', 'failed', 'cancelled'].includes(s.status)) resolve({ progress, status: s.status });
    });
  });
}

const binary = (res: request.Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

let t: TestApp;
let url: string;
let cookie: string;
let socket: ClientSocket;
beforeAll(async () => {
  t = await makeApp();
  url = await listen(t);
  cookie = sessionCookie((await request(t.app).get('/api/me')).headers['set-cookie']);
  socket = await connect(url, cookie);
});
afterAll(async () => {
  socket.close();
  await t.dispose();
});

describe('batch screening of corpus laws', () => {
  let jobId: string;

  it('runs a job with progress events and a summary', async () => {
    const res = await request(t.app).post('/api/batch').set('Cookie', cookie).send({ laws: LAWS, name: 'Test' }).expect(202);
    jobId = res.body.jobId;
    const finished = untilFinished(socket, jobId);
    socket.emit('batch:subscribe', { jobId });
    const { progress, status } = await finished;
    expect(status).toBe('done');
    expect(progress.at(-1)).toEqual({ jobId, done: 3, total: 3 });

    const job = BatchJobResponseSchema.parse((await request(t.app).get(`/api/batch/${jobId}`).set('Cookie', cookie).expect(200)).body);
    expect(job).toMatchObject({ name: 'Test', status: 'done', done: 3, total: 3 });
    expect(job.summary!.laws).toBe(3);
    expect(job.summary!.findings).toBeGreaterThan(0);
    expect(Object.values(job.summary!.byCategory).reduce((a, b) => a + b, 0)).toBe(job.summary!.findings);
    const list = (await request(t.app).get('/api/batch').set('Cookie', cookie).expect(200)).body;
    expect(list.map((j: { id: string }) => j.id)).toContain(jobId);
  });

  it('pages, filters and sorts the results', async () => {
    const get = async (query: object) =>
      BatchResultsResponseSchema.parse((await request(t.app).get(`/api/batch/${jobId}/results`).query(query).set('Cookie', cookie).expect(200)).body);
    const all = await get({ limit: 1000 });
    expect(all.rows).toHaveLength(all.total);
    const page = await get({ limit: 2, offset: 1 });
    expect(page.rows).toEqual(all.rows.slice(1, 3));
    const ndig = await get({ law: 'NDIG', limit: 1000 });
    expect(ndig.rows.every((r) => r.law === 'NDIG')).toBe(true);
    const cat = all.rows[0]!.category;
    expect((await get({ category: cat, limit: 1000 })).rows.every((r) => r.category === cat)).toBe(true);
    const bySev = (await get({ sort: 'severity', limit: 1000 })).rows.map((r) => r.severity);
    const rank = { hoch: 0, mittel: 1, hinweis: 2 };
    expect(bySev).toEqual([...bySev].sort((a, b) => rank[a] - rank[b]));
    const word = all.rows[0]!.match;
    expect((await get({ q: word, limit: 1000 })).rows.length).toBeGreaterThan(0);
    const bad = await request(t.app).get(`/api/batch/${jobId}/results`).query({ sort: 'drop table' }).set('Cookie', cookie).expect(400);
    expect(bad.body.error.message).toMatch(/Ungültige Eingabe/);
  });

  it('exports CSV with BOM and the batch columns, and XLSX with autofilter and frozen header', async () => {
    const total = BatchResultsResponseSchema.parse((await request(t.app).get(`/api/batch/${jobId}/results`).set('Cookie', cookie)).body).total;
    const csv = await request(t.app).get(`/api/batch/${jobId}/export.csv`).set('Cookie', cookie).buffer(true).parse(binary).expect(200);
    const text = (csv.body as Buffer).toString('utf8');
    expect(text.startsWith('\uFEFFGesetz;Titel;Fundstelle;Kategorie')).toBe(true);
    expect(text.trimEnd().split('\r\n').length).toBeGreaterThanOrEqual(total + 1);
    // named after the screening ("Test"), not after its id
    expect(csv.headers['content-disposition']).toContain('filename="Normenscreening-Test.csv"');

    const xlsx = await request(t.app).get(`/api/batch/${jobId}/export.xlsx`).set('Cookie', cookie).buffer(true).parse(binary).expect(200);
    const wb = new ExcelJS.Workbook();
    const body = xlsx.body as Buffer;
    await wb.xlsx.load(body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer);
    const ws = wb.getWorksheet('Befunde')!;
    expect(xlsx.headers['content-disposition']).toContain('filename="Normenscreening-Test.xlsx"');
    expect(ws.getRow(1).getCell(1).value).toBe('Gesetz');
    expect(ws.rowCount).toBe(total + 1);
    expect(ws.autoFilter).toBeTruthy();
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('hides jobs from other sessions', async () => {
    const other = request.agent(t.app);
    for (const path of ['', '/results', '/export.csv', '/export.xlsx']) await other.get(`/api/batch/${jobId}${path}`).expect(404);
    await other.delete(`/api/batch/${jobId}`).expect(404);
    expect((await other.get('/api/batch').expect(200)).body).toEqual([]);
  });

  it('rejects unknown laws and empty selections with 400', async () => {
    const res = await request(t.app).post('/api/batch').set('Cookie', cookie).send({ laws: ['NDIG', 'GibtsNicht'] }).expect(400);
    expect(res.body.error.message).toContain('GibtsNicht');
    await request(t.app).post('/api/batch').set('Cookie', cookie).send({ laws: [] }).expect(400);
  });
});

describe('batch screening of an uploaded ZIP', () => {
  it('extracts law files and screens them; a traversal ZIP is refused', async () => {
    const zip = makeZip([
      { name: 'g1.md', data: '---\nTitle: Testgesetz\njurabk: TG\n---\n\n## § 1 Antrag\n\n(1) Der Antrag ist schriftlich zu stellen.\n', deflate: true },
      { name: 'sub/g2.txt', data: '§ 1 Erscheinen\n\nDie Antragstellerin hat persönlich zu erscheinen.\n' },
    ]);
    const res = await request(t.app).post('/api/batch').set('Cookie', cookie).attach('file', zip, 'gesetze.zip').expect(202);
    const finished = untilFinished(socket, res.body.jobId);
    socket.emit('batch:subscribe', { jobId: res.body.jobId });
    expect((await finished).status).toBe('done');
    const job = (await request(t.app).get(`/api/batch/${res.body.jobId}`).set('Cookie', cookie)).body;
    expect(job).toMatchObject({ done: 2, total: 2, name: 'gesetze.zip' });
    expect(job.summary.findings).toBeGreaterThan(0);
    await request(t.app).delete(`/api/batch/${res.body.jobId}`).set('Cookie', cookie).expect(204);

    const evil = await request(t.app).post('/api/batch').set('Cookie', cookie).attach('file', makeZip([{ name: '../x.md', data: 'x' }]), 'evil.zip').expect(400);
    expect(evil.body.error.message).toContain('unzulässige Pfade');
    const notZip = await request(t.app).post('/api/batch').set('Cookie', cookie).attach('file', Buffer.from('hallo'), 'x.zip').expect(400);
    expect(notZip.body.error.message).toContain('ZIP');
  });
});

describe('cancel', () => {
  it('DELETE stops a running job and removes it with its results', async () => {
    let started!: () => void;
    const running = new Promise<void>((r) => (started = r));
    const blocked: typeof runBatch = async (opts) => {
      started();
      await new Promise<never>((_res, rej) => opts.signal?.addEventListener('abort', () => rej(opts.signal!.reason), { once: true }));
      throw new Error('unreachable');
    };
    const app = await makeApp({}, { runBatch: blocked });
    try {
      const a = request.agent(app.app);
      await a.get('/api/me');
      const { jobId } = (await a.post('/api/batch').send({ laws: LAWS }).expect(202)).body;
      await running;
      expect((await a.get(`/api/batch/${jobId}`).expect(200)).body.status).toBe('running');
      await a.delete(`/api/batch/${jobId}`).expect(204);
      await a.get(`/api/batch/${jobId}`).expect(404);
      expect((await app.storage.sql.get('SELECT COUNT(*) AS n FROM batch_jobs'))).toEqual({ n: 0 });
      // the queue is free again for the next job
      const next = (await a.post('/api/batch').send({ laws: ['NVwZG'] }).expect(202)).body.jobId;
      expect((await a.get(`/api/batch/${next}`).expect(200)).body.status).toMatch(/queued|running/);
    } finally {
      await app.dispose();
    }
  });
});

describe('resume after restart', () => {
  it('a job interrupted by shutdown completes after a restart without duplicates', async () => {
    let stored = 0;
    let firstStored!: () => void;
    const oneStored = new Promise<void>((r) => (firstStored = r));
    // stops delivery after the first law until the app shuts down, like a long job interrupted by a restart
    const interrupted: typeof runBatch = (opts) =>
      runBatch({
        ...opts,
        onResult: async (r) => {
          await opts.onResult(r);
          if (++stored === 1) firstStored();
          await new Promise<never>((_res, rej) => {
            if (opts.signal?.aborted) rej(opts.signal.reason);
            opts.signal?.addEventListener('abort', () => rej(opts.signal!.reason), { once: true });
          });
        },
      });
    const first = await makeApp({}, { runBatch: interrupted });
    const me = await request(first.app).get('/api/me');
    const c = sessionCookie(me.headers['set-cookie']);
    const { jobId } = (await request(first.app).post('/api/batch').set('Cookie', c).send({ laws: LAWS }).expect(202)).body;
    await oneStored;
    await first.dispose({ keepData: true });

    const second = await makeApp({}, { dataDir: first.dataDir });
    try {
      const s = await connect(await listen(second), c);
      const finished = untilFinished(s, jobId);
      s.emit('batch:subscribe', { jobId });
      const already = (await request(second.app).get(`/api/batch/${jobId}`).set('Cookie', c)).body;
      if (already.status !== 'done') expect((await finished).status).toBe('done');
      s.close();
      const job = (await request(second.app).get(`/api/batch/${jobId}`).set('Cookie', c).expect(200)).body;
      expect(job).toMatchObject({ status: 'done', done: 3, total: 3 });
      const rows = (await second.storage.sql.all('SELECT path, COUNT(*) AS n FROM batch_results WHERE job_id = ? GROUP BY path', [jobId])) as { n: number }[];
      expect(rows.map((r) => r.n)).toEqual([1, 1, 1]);
      const files = (await testIndex()).listLaws().filter((l) => LAWS.includes(l.abbreviation)).map((l) => l.path);
      let expected = 0;
      await runBatch({ files, jobs: 1, onResult: (r) => void (expected += r.findings.length) });
      expect(job.summary.findings).toBe(expected);
      expect((await second.storage.sql.get('SELECT COUNT(*) AS n FROM batch_findings WHERE job_id = ?', [jobId]))).toEqual({ n: expected });
    } finally {
      await second.dispose();
    }
  });
});
