import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config';
import { HealthResponseSchema, ReadyResponseSchema } from '../../server/contracts/api';
import { openStorage } from '../../server/storage/index';
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
    expect(body).toMatchObject({ status: 'ok', storage: process.env.TEST_STORAGE === 'postgres' ? 'postgres' : 'sqlite', queue: 'in-process' });
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
    await app.storage.close();
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

describe('DATABASE_URL', () => {
  it('must be a PostgreSQL URL; empty means SQLite', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://db/x' })).toThrow(ConfigError);
    expect(loadConfig({ DATABASE_URL: 'postgresql://app@db:5432/digitalcheck' }).DATABASE_URL).toBe('postgresql://app@db:5432/digitalcheck');
    expect(loadConfig({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
  });

  it('a database that does not answer at start is a typed error with a German message', async () => {
    const err = await openStorage({ DATA_DIR: '/nonexistent', DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none' }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toMatchObject({ code: 'unavailable:database', status: 503 });
    expect((err as { userMessage: string }).userMessage).toMatch(/PostgreSQL-Datenbank/);
  });
});
