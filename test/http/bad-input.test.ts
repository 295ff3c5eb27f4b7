import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeApp, type TestApp } from './harness';

let t: TestApp;
let agent: request.Agent;
beforeAll(async () => {
  t = await makeApp();
  agent = request.agent(t.app);
  await agent.get('/api/me');
});
afterAll(() => t.dispose());

/** Bad input of every shape gets a 4xx with a German message; never a 500. */
describe('bad input never becomes a 500', () => {
  const cases: [string, () => request.Test][] = [
    ['wrong multipart field', () => agent.post('/api/reviews').attach('datei', Buffer.from('x'), 'a.txt')],
    ['two files', () => agent.post('/api/reviews').attach('file', Buffer.from('x'), 'a.txt').attach('file', Buffer.from('y'), 'b.txt')],
    ['JSON instead of multipart', () => agent.post('/api/reviews').send({ file: 'x' })],
    ['batch multipart without file', () => agent.post('/api/batch').field('name', 'x')],
    ['batch with laws as string', () => agent.post('/api/batch').send({ laws: 'NDIG' })],
    ['batch body array', () => agent.post('/api/batch').send([1, 2])],
    ['results with bad paging', () => agent.get('/api/batch/x/results?limit=abc')],
    ['malformed URL escape', () => agent.get('/api/conversations/%zz')],
    ['rename with array body', () => agent.patch('/api/conversations/x').send([])],
    ['feedback with huge reason', () => agent.post('/api/feedback').send({ targetType: 'message', targetId: 'm', contextId: 'c', rating: 'wrong', reason: 'x'.repeat(5000) })],
    ['login without token configured and empty body', () => agent.post('/api/login').send('token')],
    ['text/plain body', () => agent.post('/api/batch').set('Content-Type', 'text/plain').send('laws=all')],
    ['oversized JSON body', () => agent.post('/api/batch').send({ laws: Array.from({ length: 60_000 }, () => 'NDIG-NDIG-NDIG') })],
  ];
  it.each(cases)('%s', async (_name, send) => {
    const res = await send();
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.body.error.message).toMatch(/[A-ZÄÖÜ][a-zäöüß]+/);
  });
});
