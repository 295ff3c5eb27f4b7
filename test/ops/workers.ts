import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import type { ServerToClientEvents } from '../../server/contracts/socket';
import { makeZip } from '../fixtures/web/zip-writer';
import type { ClientSocket } from '../http/harness';

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
