import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { LawResult } from '../../server/batch/law-result';
import { runBatch } from '../../server/batch/run-batch';
import { BatchJobResponseSchema, BatchResultsResponseSchema, type BatchJobResponse } from '../../server/contracts/api';
import { createLlmServices } from '../../server/llm/index';
import { selectProvisionsForLlm } from '../../server/llm/ai-review';
import { parseLawMarkdown } from '../../server/parser/law-markdown';
import { makeZip } from '../fixtures/web/zip-writer';
import { connect, listen, makeApp, sessionCookie, testIndex, type ClientSocket, type TestApp } from '../http/harness';
import { fakeConfig } from '../llm/helpers';
import { startFakeOpenAI, type FakeOpenAI, type FakeReply } from '../support/fake-openai';
import { KI_EXPLANATION, REVIEW_USAGE, isReviewRequest, promptProvisions, reviewAnswer } from '../support/fake-reviewer';

/** Web batch jobs with AI review: the real app, worker threads and the fake OpenAI-compatible server. */

const LAWS = ['NDIG', 'VwZG', 'NVwZG'];
const LLM_ENV = { LLM_MAX_RETRIES: '0', LLM_MAX_CONCURRENCY: '2', LLM_TIMEOUT_MS: '10000' };

let ruleResults: LawResult[];
beforeAll(async () => {
  const files = (await testIndex()).listLaws().filter((l) => LAWS.includes(l.abbreviation)).map((l) => l.path);
  ruleResults = [];
  await runBatch({ files, jobs: 1, onResult: (r) => void ruleResults.push(r) });
});

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanup.length) await cleanup.pop()!();
});

async function fakeModel(fallback: (body: any) => FakeReply = reviewAnswer): Promise<FakeOpenAI> {
  const fake = await startFakeOpenAI({ fallback });
  cleanup.push(() => fake.close());
  return fake;
}

async function appWithModel(fake: FakeOpenAI, dataDir?: string): Promise<{ t: TestApp; cookie: string; socket: ClientSocket }> {
  const llm = createLlmServices(fakeConfig(fake.url, LLM_ENV))!;
  const t = await makeApp(LLM_ENV, { llm, ...(dataDir ? { dataDir } : {}) });
  const url = await listen(t);
  const cookie = sessionCookie((await request(t.app).get('/api/me')).headers['set-cookie']);
  const socket = await connect(url, cookie);
  cleanup.push(async () => {
    socket.close();
    await t.dispose();
  });
  return { t, cookie, socket };
}

function finished(socket: ClientSocket, jobId: string): Promise<{ done: number[] }> {
  const done: number[] = [];
  return new Promise((resolve) => {
    socket.on('batch:progress', (p) => p.jobId === jobId && done.push(p.done));
    socket.on('batch:status', (s) => s.jobId === jobId && s.status === 'done' && resolve({ done }));
    socket.emit('batch:subscribe', { jobId });
  });
}

const promptTitle = (body: any) => String(body.messages.at(-1).content).match(/^Entwurf: (.*)$/m)?.[1];

const getJob = async (t: TestApp, cookie: string, id: string): Promise<BatchJobResponse> =>
  BatchJobResponseSchema.parse((await request(t.app).get(`/api/batch/${id}`).set('Cookie', cookie).expect(200)).body);

/** Provisions the rules flagged ("title|provision id"), from a plain run without the model. */
function flaggedIds(): Set<string> {
  const ids = new Set<string>();
  for (const r of ruleResults) {
    const doc = parseLawMarkdown(readFileSync(r.path, 'utf8'), { path: r.path });
    for (const id of selectProvisionsForLlm(doc, r.findings)) ids.add(`${doc.title}|${id}`);
  }
  return ids;
}

describe('web batch job with AI review', () => {
  it('sends only flagged provisions, merges KI findings, reports tokens per law and exports the source', async () => {
    const fake = await fakeModel();
    const { t, cookie, socket } = await appWithModel(fake);
    const { jobId } = (await request(t.app).post('/api/batch').set('Cookie', cookie).send({ laws: LAWS, ai: true }).expect(202)).body;
    const { done } = await finished(socket, jobId);
    expect(done.at(-1)).toBe(3);

    // only provisions with rule findings reached the model, and all of them did
    const reviews = fake.chatRequests().filter((r) => isReviewRequest(r.body));
    const sent = new Set(reviews.flatMap((r) => promptProvisions(r.body).map((p) => `${promptTitle(r.body)}|${p.id}`)));
    expect(sent).toEqual(flaggedIds());

    const job = await getJob(t, cookie, jobId);
    expect(job.ai).toBe(true);
    const ai = job.summary!.ai!;
    expect(ai.prompt).toBe(REVIEW_USAGE.prompt * reviews.length);
    expect(ai.completion).toBe(REVIEW_USAGE.completion * reviews.length);
    expect(ai.byLaw.reduce((n, l) => n + l.prompt, 0)).toBe(ai.prompt);
    expect(ai.byLaw.reduce((n, l) => n + l.provisions, 0)).toBe(sent.size);
    expect(ai.notices).toEqual([]);

    // rule findings stay, KI findings come on top and are marked as such
    const ruleCount = ruleResults.reduce((n, r) => n + r.findings.length, 0);
    expect(ai.findings).toBeGreaterThan(0);
    expect(job.summary!.findings).toBe(ruleCount + ai.findings);
    const rows = async (query: object) =>
      BatchResultsResponseSchema.parse((await request(t.app).get(`/api/batch/${jobId}/results`).query({ limit: 1000, ...query }).set('Cookie', cookie)).body);
    const ki = await rows({ source: 'KI' });
    expect(ki.total).toBe(ai.findings);
    expect(ki.rows.every((r) => r.source === 'KI' && r.explanation === KI_EXPLANATION)).toBe(true);
    expect((await rows({ source: 'Regel' })).total).toBe(ruleCount);

    const csv = (await request(t.app).get(`/api/batch/${jobId}/export.csv`).set('Cookie', cookie).expect(200)).text;
    const [head, ...lines] = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(head!.split(';').at(-1)).toBe('Quelle');
    expect(lines.filter((l) => l.endsWith(';KI'))).toHaveLength(ai.findings);
  }, 60_000);

  it('an uploaded ZIP can opt in too; the XLSX export carries the source', async () => {
    const fake = await fakeModel();
    const { t, cookie, socket } = await appWithModel(fake);
    const zip = makeZip([
      { name: 'g1.md', data: '---\nTitle: Testgesetz\njurabk: TG\n---\n\n## § 1 Antrag\n\n(1) Der Antrag ist schriftlich bei der Behörde zu stellen.\n\n## § 2 Frist\n\n(1) Die Behörde entscheidet innerhalb einer angemessenen Frist.\n', deflate: true },
    ]);
    const res = await request(t.app).post('/api/batch').set('Cookie', cookie).field('ai', 'true').attach('file', zip, 'gesetze.zip').expect(202);
    await finished(socket, res.body.jobId);
    const job = await getJob(t, cookie, res.body.jobId);
    expect(job.ai).toBe(true);
    // only § 1 has a rule finding, so only § 1 went to the model
    const sent = fake.chatRequests().flatMap((r) => promptProvisions(r.body).map((p) => p.text));
    expect(sent).toHaveLength(1);
    expect(sent[0]).toContain('schriftlich');
    expect(job.summary!.ai!.findings).toBe(1);

    const xlsx = await request(t.app)
      .get(`/api/batch/${res.body.jobId}/export.xlsx`)
      .set('Cookie', cookie)
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const wb = new ExcelJS.Workbook();
    const body = xlsx.body as Buffer;
    await wb.xlsx.load(body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer);
    const ws = wb.getWorksheet('Befunde')!;
    const last = ws.getRow(1).cellCount;
    expect(ws.getRow(1).getCell(last).value).toBe('Quelle');
    const sources = Array.from({ length: ws.rowCount - 1 }, (_, i) => ws.getRow(i + 2).getCell(last).value);
    expect(sources.filter((v) => v === 'KI')).toHaveLength(1);
    expect(sources.filter((v) => v === 'Regel').length).toBeGreaterThan(0);
  }, 60_000);

  it('a failing model costs only the AI part: rule findings stay, the job finishes, notices say why', async () => {
    const fake = await fakeModel((body) => (isReviewRequest(body) ? { kind: 'error', status: 500 } : { kind: 'text', text: 'x' }));
    const { t, cookie, socket } = await appWithModel(fake);
    const { jobId } = (await request(t.app).post('/api/batch').set('Cookie', cookie).send({ laws: LAWS, ai: true }).expect(202)).body;
    await finished(socket, jobId);
    const job = await getJob(t, cookie, jobId);
    expect(job).toMatchObject({ status: 'done', done: 3 });
    expect(job.summary!.findings).toBe(ruleResults.reduce((n, r) => n + r.findings.length, 0));
    const ai = job.summary!.ai!;
    expect(ai.findings).toBe(0);
    const lawsWithFindings = ruleResults.filter((r) => r.findings.length > 0).map((r) => r.law);
    expect(new Set(ai.notices.map((n) => n.law))).toEqual(new Set(lawsWithFindings));
    expect(ai.notices.every((n) => /Sprachmodell/.test(n.message) && /Regelprüfung/.test(n.message))).toBe(true);
  }, 60_000);

  it('keeps to LLM_MAX_CONCURRENCY however many laws and chunks are under review', async () => {
    const fake = await fakeModel((body) => ({ ...(reviewAnswer(body) as Extract<FakeReply, { kind: 'text' }>), delayMs: 60 }));
    const { t, cookie, socket } = await appWithModel(fake);
    const { jobId } = (await request(t.app).post('/api/batch').set('Cookie', cookie).send({ laws: LAWS, ai: true }).expect(202)).body;
    await finished(socket, jobId);
    expect(fake.chatRequests().length).toBeGreaterThan(2);
    expect(fake.maxInFlight()).toBe(2);
  }, 60_000);

  it('without a model a job cannot opt in; plain jobs keep the export columns without "Quelle"', async () => {
    const t = await makeApp();
    cleanup.push(() => t.dispose());
    const agent = request.agent(t.app);
    await agent.get('/api/me');
    const res = await agent.post('/api/batch').send({ laws: LAWS, ai: true }).expect(400);
    expect(res.body.error.message).toMatch(/kein Sprachmodell konfiguriert/);
    const { jobId } = (await agent.post('/api/batch').send({ laws: ['NVwZG'] }).expect(202)).body;
    await expect.poll(async () => (await agent.get(`/api/batch/${jobId}`)).body.status, { timeout: 20_000 }).toBe('done');
    const job = BatchJobResponseSchema.parse((await agent.get(`/api/batch/${jobId}`)).body);
    expect(job.ai).toBe(false);
    expect(job.summary!.ai).toBeUndefined();
    const csv = (await agent.get(`/api/batch/${jobId}/export.csv`).expect(200)).text;
    expect(csv.split('\r\n')[0]).not.toContain('Quelle');
  }, 60_000);

  it('a job that opted in finishes with rule findings and a notice when the restarted server has no model', async () => {
    const fake = await fakeModel();
    const blocked: typeof runBatch = (opts) =>
      new Promise((_res, rej) => opts.signal?.addEventListener('abort', () => rej(opts.signal!.reason), { once: true }));
    const llm = createLlmServices(fakeConfig(fake.url, LLM_ENV))!;
    const first = await makeApp(LLM_ENV, { llm, runBatch: blocked });
    const cookie = sessionCookie((await request(first.app).get('/api/me')).headers['set-cookie']);
    const { jobId } = (await request(first.app).post('/api/batch').set('Cookie', cookie).send({ laws: LAWS, ai: true }).expect(202)).body;
    await first.dispose({ keepData: true });

    const second = await makeApp({}, { dataDir: first.dataDir });
    cleanup.push(() => second.dispose());
    await expect.poll(async () => (await getJob(second, cookie, jobId)).status, { timeout: 30_000 }).toBe('done');
    const job = await getJob(second, cookie, jobId);
    expect(job.summary!.findings).toBe(ruleResults.reduce((n, r) => n + r.findings.length, 0));
    expect(job.summary!.ai).toMatchObject({ prompt: 0, completion: 0, findings: 0 });
    const lawsWithFindings = ruleResults.filter((r) => r.findings.length > 0).map((r) => r.law);
    expect(job.summary!.ai!.notices.map((n) => n.law).sort()).toEqual([...lawsWithFindings].sort());
    expect(job.summary!.ai!.notices.every((n) => /Kein Sprachmodell konfiguriert/.test(n.message))).toBe(true);
    expect(fake.requests).toHaveLength(0);
  }, 60_000);

  it('resumes after a restart without sending the laws already reviewed to the model again', async () => {
    const [firstLaw, ...rest] = ruleResults.filter((r) => r.findings.length > 0);
    expect(rest.length).toBeGreaterThan(0);
    // the first law is answered, the others hang until the server shuts down
    const first = await fakeModel((body) => (String(body.messages.at(-1).content).includes(`Entwurf: ${firstLaw!.title}`) ? reviewAnswer(body) : { kind: 'hang' }));
    const a = await appWithModel(first);
    const { jobId } = (await request(a.t.app).post('/api/batch').set('Cookie', a.cookie).send({ laws: LAWS, ai: true }).expect(202)).body;
    const stored = async () => (await a.t.storage.sql.all('SELECT law, ai_prompt AS prompt FROM batch_results WHERE job_id = ? AND ai IS NOT NULL', [jobId])) as { law: string; prompt: number }[];
    await expect.poll(async () => (await stored()).some((r) => r.law === firstLaw!.law && r.prompt > 0), { timeout: 20_000 }).toBe(true);
    const billedBefore = (await stored()).reduce((n, r) => n + r.prompt, 0);
    a.socket.close();
    await a.t.dispose({ keepData: true });
    cleanup.splice(cleanup.length - 1, 1);

    const second = await fakeModel();
    const b = await appWithModel(second, a.t.dataDir);
    await expect.poll(async () => (await getJob(b.t, a.cookie, jobId)).status, { timeout: 30_000 }).toBe('done');
    const titles = second.chatRequests().map((r) => promptTitle(r.body));
    expect(titles).not.toContain(firstLaw!.title);
    for (const r of rest) expect(titles).toContain(r.title);
    const job = await getJob(b.t, a.cookie, jobId);
    expect(job).toMatchObject({ done: 3, total: 3 });
    const perPath = (await b.t.storage.sql.all('SELECT COUNT(*) AS n FROM batch_results WHERE job_id = ? GROUP BY path', [jobId])) as { n: number }[];
    expect(perPath.map((r) => r.n)).toEqual([1, 1, 1]);
    expect(job.summary!.ai!.prompt).toBe(billedBefore + REVIEW_USAGE.prompt * second.chatRequests().length);
  }, 90_000);
});
