import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeApp, tempDir, type TestApp } from '../http/harness';
import { REDIS_URL } from './workers';

/** With REDIS_URL the rate limits count across instances: two instances do not double a client's allowance. */

const LIMITS = { api: 10_000, login: 3, upload: 10_000, session: 10_000 };
const dataDir = tempDir('dc-limits-');
let a: TestApp;
let b: TestApp;
let alone: TestApp;

beforeAll(async () => {
  const env = { REDIS_URL, REDIS_PREFIX: `dc-test-${randomUUID()}` };
  a = await makeApp(env, { dataDir, rateLimits: LIMITS });
  b = await makeApp(env, { dataDir, rateLimits: LIMITS });
  // without Redis: counted in the process, as before
  alone = await makeApp({}, { rateLimits: LIMITS });
});

afterAll(async () => {
  await a?.dispose({ keepData: true });
  await b?.dispose({ keepData: true });
  await alone?.dispose();
  rmSync(dataDir, { recursive: true, force: true });
});

const login = (t: TestApp) => request(t.app).post('/api/login').send({ token: 'falsch-falsch' });

describe('rate limits shared through Redis', () => {
  it('login attempts on instance A count on instance B', async () => {
    for (const t of [a, b, a]) expect((await login(t)).status).not.toBe(429);
    const refused = await login(b);
    expect(refused.status).toBe(429);
    expect(refused.body.error).toEqual({ code: 'rate_limited:api', message: 'Zu viele Anmeldeversuche. Bitte warten Sie eine Minute.' });
    expect((await login(a)).status).toBe(429);
  });

  it('without Redis each process counts for itself', async () => {
    for (let i = 0; i < 3; i++) expect((await login(alone)).status).not.toBe(429);
    expect((await login(alone)).status).toBe(429);
  });
});
