import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServer, type AddressInfo } from 'node:net';
import { afterAll, afterEach, inject } from 'vitest';
import type request from 'supertest';
import { createApp, type App, type AppDeps } from '../../server/app';
import { loadConfig } from '../../server/config';
import { openSearchIndex, type SearchIndex } from '../../server/retrieval/index';
import type { Answerer } from '../../server/services/chat/answerer';
import { openStorage, type Storage } from '../../server/storage/index';
import { createTestDatabase, type TestDatabase } from '../support/postgres';
import { sessionCookie } from './client';

export { connect, emitWithAck, newSessionCookie, sessionCookie, type ClientSocket } from './client';

/** Test harness: the shipped corpus indexed once per test run, a fresh DATA_DIR per app. */

export const CORPUS_DIR = resolve(import.meta.dirname, '../../corpus');

export function tempDir(prefix = 'dc-web-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

let indexPromise: Promise<SearchIndex> | undefined;
/** The shipped corpus's index, loaded from the run's cache folder (test/support/run-cache.ts) once per file. */
export function testIndex(): Promise<SearchIndex> {
  indexPromise ??= openSearchIndex({ corpusDir: CORPUS_DIR, cacheDir: inject('runCacheDir') });
  return indexPromise;
}

export interface TestApp extends App {
  storage: Storage;
  dataDir: string;
  /** Closes the app and the database; removes DATA_DIR unless `keepData`. */
  dispose(opts?: { keepData?: boolean }): Promise<void>;
}

export interface TestDeps extends Partial<Omit<AppDeps, 'config' | 'storage' | 'index'>> {
  dataDir?: string;
  /** Shorthand for `llm: { model: llmLabel, answerer }` (tests that only exercise chat). */
  answerer?: Answerer;
  llmLabel?: string;
}

/**
 * TEST_STORAGE=postgres runs the app tests on PostgreSQL: one database per DATA_DIR (an app restarted on the same
 * directory finds its data again), dropped with the directory or at the end of the file.
 */
const databases = new Map<string, TestDatabase>();
async function postgresFor(dataDir: string): Promise<TestDatabase | undefined> {
  if (process.env.TEST_STORAGE !== 'postgres') return undefined;
  if (!databases.has(dataDir)) databases.set(dataDir, await createTestDatabase());
  return databases.get(dataDir);
}
async function dropPostgresFor(dataDir: string): Promise<void> {
  await databases.get(dataDir)?.drop();
  databases.delete(dataDir);
}
afterAll(async () => {
  for (const dir of [...databases.keys()]) await dropPostgresFor(dir);
});

export async function makeApp(env: Record<string, string> = {}, testDeps: TestDeps = {}): Promise<TestApp> {
  const { answerer, llmLabel, ...deps } = testDeps;
  if (answerer) deps.llm = { model: llmLabel ?? 'llm', answerer };
  const dataDir = deps.dataDir ?? tempDir();
  const database = env.DATABASE_URL ? undefined : await postgresFor(dataDir);
  // tests ask many questions in one session; the chat limits have tests of their own (test/socket/limits.test.ts)
  const chatLimits = { CHAT_MESSAGES_PER_MINUTE: '100000', CHAT_MESSAGE_BURST: '100000', CHAT_MAX_SOCKETS_PER_SESSION: '1000' };
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...chatLimits, ...(database ? { DATABASE_URL: database.url } : {}), ...env });
  const storage = await openStorage(config);
  const index = await testIndex();
  const app = createApp({
    config,
    storage,
    index,
    clientDir: join(dataDir, 'no-client'),
    rateLimits: { api: 10_000, login: 10_000, upload: 10_000, session: 10_000 },
    batchThreads: 1,
    ...deps,
  });
  // retention has run at start before the first request, as in server/index.ts
  await app.ready;
  return {
    ...app,
    storage,
    dataDir,
    async dispose(opts = {}) {
      await app.close();
      await storage.close();
      if (!opts.keepData) {
        rmSync(dataDir, { recursive: true, force: true });
        await dropPostgresFor(dataDir);
      }
    },
  };
}

export async function listen(app: App, port = 0): Promise<string> {
  await new Promise<void>((res) => app.httpServer.listen(port, '127.0.0.1', () => res()));
  return `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`;
}

/**
 * A loopback URL whose port was free a moment ago, for an app that must know its public address (PUBLIC_URL)
 * before it listens; pass the port on to `listen`.
 */
export async function freeLoopbackUrl(): Promise<{ url: string; port: number }> {
  const probe = createServer();
  await new Promise<void>((res) => probe.listen(0, '127.0.0.1', () => res()));
  const { port } = probe.address() as AddressInfo;
  await new Promise((res) => probe.close(res));
  return { url: `http://127.0.0.1:${port}`, port };
}

/** The session id behind an agent's cookie (issued on its first /api/me), for seeding storage in tests. */
export async function sessionIdOf(agent: { get(path: string): PromiseLike<{ headers: Record<string, unknown> }> }): Promise<string> {
  const res = await agent.get('/api/me');
  return sessionCookie(res.headers['set-cookie'] as string[] | undefined).slice('dc_session='.length);
}


/** A supertest request whose body is the raw bytes (DOCX, XLSX, ZIP downloads). */
export const binary = (req: request.Test) =>
  req.buffer(true).parse((res, cb) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => cb(null, Buffer.concat(chunks)));
  });

/**
 * For a file whose tests start several apps, some with their own DATA_DIR: returns a `makeApp` whose apps are all
 * disposed after each test, so a failing assertion cannot leave a server or a database behind. A test that disposes
 * an app itself (keeping its data for a restart) calls `forget` so that it is not disposed again.
 */
export function appsDisposedAfterEach(): ((env?: Record<string, string>, dataDir?: string) => Promise<TestApp>) & { forget(t: TestApp): void } {
  const apps: TestApp[] = [];
  afterEach(async () => {
    for (const a of apps.splice(0)) await a.dispose();
  });
  const start = async (env: Record<string, string> = {}, dataDir?: string) => {
    const a = await makeApp(env, dataDir ? { dataDir } : {});
    apps.push(a);
    return a;
  };
  return Object.assign(start, { forget: (t: TestApp) => void apps.splice(apps.indexOf(t), 1) });
}
