import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HealthResponseSchema, ReadyResponseSchema } from '../../server/contracts/api';
import { makeApp, type TestApp } from '../http/harness';

/** Probes and metrics as a load balancer and Prometheus see them: no session, no cookie. */

let t: TestApp;
beforeAll(async () => {
  t = await makeApp();
});
afterAll(() => t.dispose());

describe('operations endpoints', () => {
  it('/healthz names the storage and the queue of this instance', async () => {
    const body = HealthResponseSchema.parse((await request(t.app).get('/healthz').expect(200)).body);
    expect(body).toMatchObject({ status: 'ok', storage: 'sqlite', queue: 'in-process' });
  });

  it('/readyz is ready with the database and the corpus, and sets no cookie', async () => {
    const res = await request(t.app).get('/readyz').expect(200);
    expect(ReadyResponseSchema.parse(res.body)).toEqual({ status: 'ready', checks: { database: 'ok', corpus: 'ok' } });
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('/metrics labels requests by route pattern, never by raw id', async () => {
    const agent = request.agent(t.app);
    await agent.get('/api/laws').expect(200);
    await agent.get('/api/conversations/does-not-exist').expect(404);
    const res = await request(t.app).get('/metrics').expect(200);
    expect(res.headers['content-type']).toContain('text/plain');
    const lines = res.text.split('\n').filter((l) => l.startsWith('digitalcheck_http_request_duration_seconds_count'));
    expect(lines.some((l) => l.includes('route="/api/laws"') && l.includes('status="200"'))).toBe(true);
    expect(lines.some((l) => l.includes('route="/api/conversations/:id"') && l.includes('status="404"'))).toBe(true);
    expect(lines.some((l) => l.includes('does-not-exist'))).toBe(false);
    expect(res.text).toMatch(/digitalcheck_batch_jobs\{state="queued"\} 0/);
    expect(res.text).toContain('digitalcheck_process_resident_memory_bytes');
  });
});

describe('readiness and a metrics token', () => {
  it('reports not ready (503) when the database is gone', async () => {
    const app = await makeApp();
    app.storage.close();
    const res = await request(app.app).get('/readyz').expect(503);
    expect(ReadyResponseSchema.parse(res.body)).toEqual({ status: 'not_ready', checks: { database: 'fehler', corpus: 'ok' } });
    await app.close();
  });

  it('wants the bearer token for /metrics when METRICS_TOKEN is set', async () => {
    const app = await makeApp({ METRICS_TOKEN: 'scrape-token-0123456789' });
    try {
      const denied = await request(app.app).get('/metrics').expect(401);
      expect(denied.body.error.message).toMatch(/Token/);
      await request(app.app).get('/metrics').set('Authorization', 'Bearer wrong').expect(401);
      await request(app.app).get('/metrics').set('Authorization', 'Bearer scrape-token-0123456789').expect(200);
    } finally {
      await app.dispose();
    }
  });
});
