import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { runBatch } from '../../server/batch/run-batch';
import { createLogger, currentLogContext, type LogContext } from '../../server/logger';
import { makeZip } from '../fixtures/web/zip-writer';
import { makeApp, type TestApp } from './harness';

/** HTTP request ids: accepted when sane, else made up; echoed; on the request's log lines and its job's. */

const lines: Record<string, unknown>[] = [];
const log = createLogger('debug', { write: (s: string) => void lines.push(JSON.parse(s) as Record<string, unknown>) });
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** What the jobs saw as their log context when they ran, by job id. */
const seen = new Map<string, LogContext>();
const recording: typeof runBatch = async (opts) => {
  const ctx = currentLogContext();
  seen.set(ctx.jobId ?? '?', ctx);
  return { laws: opts.files.length, provisions: 0, findings: 0, errors: 0, seconds: 0, mode: 'in-process' };
};

let t: TestApp;
beforeAll(async () => {
  t = await makeApp({}, { log, runBatch: recording });
});
afterAll(() => t.dispose());

const until = async (cond: () => boolean) => {
  for (let i = 0; i < 500 && !cond(); i++) await new Promise((r) => setTimeout(r, 20));
  return cond();
};

describe('HTTP request ids', () => {
  it('echoes a sane X-Request-Id and puts it on the log lines of the request', async () => {
    const res = await request(t.app).get('/api/gibt-es-nicht').set('X-Request-Id', 'lb-4711.a:b').expect(404);
    expect(res.headers['x-request-id']).toBe('lb-4711.a:b');
    expect(res.body.error.code).toBe('not_found:route');
    const mine = lines.filter((l) => l.requestId === 'lb-4711.a:b');
    expect(mine.map((l) => l.msg)).toEqual(expect.arrayContaining(['error sent to client', 'request done']));
    expect(mine.find((l) => l.msg === 'request done')).toMatchObject({ status: 404, method: 'GET' });
  });

  it.each([['a b'], ['x'.repeat(101)], ['{"level":60}'], ['']])('replaces an insane X-Request-Id %j by its own', async (given) => {
    const res = await request(t.app).get('/healthz').set('X-Request-Id', given).expect(200);
    expect(res.headers['x-request-id']).toMatch(UUID);
  });

  it('makes up a different id for each request without one', async () => {
    const [a, b] = await Promise.all([request(t.app).get('/healthz'), request(t.app).get('/healthz')]);
    expect(a.headers['x-request-id']).toMatch(UUID);
    expect(b.headers['x-request-id']).toMatch(UUID);
    expect(a.headers['x-request-id']).not.toBe(b.headers['x-request-id']);
  });

  it('a batch job created from a JSON request runs with that request id and its job id on its log lines', async () => {
    const agent = request.agent(t.app);
    await agent.get('/api/me');
    const { jobId } = (await agent.post('/api/batch').set('X-Request-Id', 'create-json-1').send({ laws: ['NDIG'] }).expect(202)).body;
    expect(await until(() => seen.has(jobId))).toBe(true);
    expect(seen.get(jobId)).toEqual({ requestId: 'create-json-1', jobId });
  });

  it('… and from a multipart upload', async () => {
    const agent = request.agent(t.app);
    await agent.get('/api/me');
    const zip = makeZip([{ name: 'g.md', data: '## § 1 Antrag\n\nDer Antrag ist schriftlich zu stellen.\n' }]);
    const res = await agent.post('/api/batch').set('X-Request-Id', 'create-zip-1').attach('file', zip, 'g.zip').expect(202);
    expect(res.headers['x-request-id']).toBe('create-zip-1');
    expect(await until(() => seen.has(res.body.jobId))).toBe(true);
    expect(seen.get(res.body.jobId)).toEqual({ requestId: 'create-zip-1', jobId: res.body.jobId });
  });

  it('a rejected multipart body is logged with its request id', async () => {
    const agent = request.agent(t.app);
    await agent.get('/api/me');
    await agent
      .post('/api/batch')
      .set('X-Request-Id', 'broken-multipart')
      .set('Content-Type', 'multipart/form-data; boundary=xyz')
      .send('--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.zip"\r\n\r\nabc')
      .expect(400);
    expect(lines.some((l) => l.requestId === 'broken-multipart' && l.code === 'bad_request:multipart')).toBe(true);
  });
});
