import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll } from 'vitest';
import type { ServerToClientEvents } from '../../server/contracts/socket';
import { makeZip } from '../fixtures/web/zip-writer';
import { connect, listen, makeApp, sessionCookie, tempDir, type ClientSocket, type TestApp } from '../http/harness';

/** Worker processes (`server/worker.ts`) and job inputs for the tests of jobs on the machine's Redis. */

const ROOT = resolve(import.meta.dirname, '../..');
export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export interface WorkerProcess {
  child: ChildProcess;
  /** Everything it logged so far (JSON lines). */
  output(): string;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
}

/** A worker process with `env`; resolves once it waits for jobs. */
export function startWorker(env: Record<string, string>, started: ChildProcess[]): Promise<WorkerProcess> {
  return new Promise((res, rej) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/worker.ts'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    started.push(child);
    let out = '';
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    const onData = (d: Buffer) => {
      out += d.toString();
      if (out.includes('Worker bereit')) res({ child, output: () => out, exited });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code, signal) => {
      if (!out.includes('Worker bereit')) rej(new Error(`worker exited (${code ?? signal}): ${out}`));
    });
  });
}

/** Laws of some length, so that the job runs long enough to be interrupted. */
export function lawsZip(count: number): Buffer {
  const provision = (n: number) =>
    `## § ${n} Antrag\n\n(1) Der Antrag ist schriftlich bei der zuständigen Behörde zu stellen und eigenhändig zu unterschreiben.\n\n` +
    `(2) Dem Antrag sind die Nachweise im Original beizufügen. Die Behörde kann das persönliche Erscheinen anordnen.\n\n`;
  return makeZip(
    Array.from({ length: count }, (_, i) => ({
      name: `gesetz-${String(i).padStart(3, '0')}.md`,
      data: `# Testgesetz ${i}\n\n${Array.from({ length: 20 }, (_, n) => provision(n + 1)).join('')}`,
      deflate: true,
    })),
  );
}

export type Progress = Parameters<ServerToClientEvents['batch:progress']>[0];

/**
 * Follows a batch job over a socket: every progress event, the point where `at` laws are done (`interrupt` runs
 * there: a worker is killed or stopped) and the final status.
 */
export function followJob(socket: ClientSocket, jobId: string, at: number, interrupt: () => void) {
  const progress: Progress[] = [];
  const finished = new Promise<string>((res) => {
    socket.on('batch:status', (s) => {
      if (s.jobId === jobId && ['done', 'failed', 'cancelled'].includes(s.status)) res(s.status);
    });
  });
  const interruptedAt = new Promise<number>((res) => {
    let interrupted = false;
    socket.on('batch:progress', (p) => {
      if (p.jobId !== jobId) return;
      progress.push(p);
      if (!interrupted && p.done >= at) {
        interrupted = true;
        interrupt();
        res(p.done);
      }
    });
  });
  return { progress, finished, interruptedAt };
}

/**
 * A web instance that runs no jobs (ROLE=web) on the machine's Redis, with a session and its socket, set up before
 * the file's tests; workers started with `env` share its data directory and are killed after the file.
 */
export function webOnQueue(prefix: string, lockMs: number) {
  const dataDir = tempDir(prefix);
  const q = {
    env: { REDIS_URL, REDIS_PREFIX: `dc-test-${randomUUID()}`, QUEUE_LOCK_MS: String(lockMs), DATA_DIR: dataDir },
    started: [] as ChildProcess[],
    web: undefined as unknown as TestApp,
    socket: undefined as unknown as ClientSocket,
    cookie: '',
    startWorker: () => startWorker(q.env, q.started),
  };
  beforeAll(async () => {
    q.web = await makeApp({ ...q.env, ROLE: 'web' }, { dataDir });
    const url = await listen(q.web);
    q.cookie = sessionCookie((await request(q.web.app).get('/api/me')).headers['set-cookie']);
    q.socket = await connect(url, q.cookie);
  });
  afterAll(async () => {
    q.socket?.close();
    for (const w of q.started) w.kill('SIGKILL');
    await q.web?.dispose({ keepData: true });
    rmSync(dataDir, { recursive: true, force: true });
  });
  return q;
}

/** Rows of `table` per law of a job: one entry per law screened, each the number of its rows. */
export async function rowsPerLaw(app: TestApp, table: 'batch_results' | 'batch_findings', jobId: string): Promise<number[]> {
  const rows = (await app.storage.sql.all(`SELECT path, COUNT(*) AS n FROM ${table} WHERE job_id = ? GROUP BY path`, [jobId])) as { n: number }[];
  return rows.map((r) => r.n);
}
