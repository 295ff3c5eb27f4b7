import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../http/harness';
import { FISH_LAW, until } from '../support/corpus-admin';

/**
 * The production path: the server bundled once by `server/build/build.mjs` runs under plain Node (no tsx), finds its
 * data files (rule term lists, prompts, corpus), serves a review and indexes a corpus import, and its CLI screens a
 * folder on the worker thread bundled beside it; an unchanged build is reused.
 */

const ROOT = resolve(import.meta.dirname, '../..');
// inside the repository: the bundle keeps its packages external and resolves them from node_modules above it
mkdirSync(join(ROOT, 'test/.tmp'), { recursive: true });
const outDir = mkdtempSync(join(ROOT, 'test/.tmp/build-'));
const dataDir = tempDir('dc-build-data-');
let server: ChildProcess | undefined;
// whole processes (a server start, an index rebuild in a worker) on a loaded 2-core CI machine: a generous bound
const PROCESS_TEST_TIMEOUT_MS = 240_000;

afterAll(() => {
  server?.kill('SIGTERM');
  rmSync(outDir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

const runBuild = (...args: string[]) => spawnSync(process.execPath, ['server/build/build.mjs', '--no-client', '--out', outDir, ...args], { cwd: ROOT, encoding: 'utf8' });

/** Starts the bundle and resolves with its base URL from the start-up log line. */
function startBundle(): Promise<string> {
  return new Promise((res, rej) => {
    const child = spawn(process.execPath, [join(outDir, 'index.mjs')], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server = child;
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /läuft auf (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) res(m[1]!);
    });
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.once('exit', (code) => rej(new Error(`bundle exited with ${code}: ${out}`)));
  });
}

describe('production build', () => {
  it('builds the server once and reuses an up-to-date build', () => {
    const first = runBuild();
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/Build fertig/);
    const second = runBuild('--if-stale');
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(/Build ist aktuell/);
  });

  it('two builds started together into one folder: one builds, the other waits and reuses it', async () => {
    const dir = mkdtempSync(join(ROOT, 'test/.tmp/build-race-'));
    const build = () =>
      new Promise<{ code: number | null; out: string }>((res) => {
        const child = spawn(process.execPath, ['server/build/build.mjs', '--no-client', '--if-stale', '--out', dir], { cwd: ROOT });
        let out = '';
        child.stdout.on('data', (d: Buffer) => (out += d.toString()));
        child.stderr.on('data', (d: Buffer) => (out += d.toString()));
        child.once('exit', (code) => res({ code, out }));
      });
    try {
      const runs = await Promise.all([build(), build()]);
      expect(runs.map((r) => r.code)).toEqual([0, 0]);
      const said = runs.map((r) => (/Build fertig/.test(r.out) ? 'built' : /Build ist aktuell/.test(r.out) ? 'reused' : r.out)).sort();
      expect(said).toEqual(['built', 'reused']);
      expect(readdirSync(dir)).not.toContain('.build-lock');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, PROCESS_TEST_TIMEOUT_MS);

  it('runs the CLI batch under plain Node on the worker bundled with it', () => {
    const lawDir = tempDir('dc-build-laws-');
    const out = tempDir('dc-build-out-');
    try {
      const law = '---\ntitle: Testgesetz\nabbreviation: TG\n---\n\n## § 1 Anzeige\n\n(1) Der Antrag ist schriftlich zu stellen.\n';
      writeFileSync(join(lawDir, 'tg.md'), law);
      const run = spawnSync(process.execPath, [join(outDir, 'cli.mjs'), 'batch', lawDir, '--out', out, '--jobs', '1'], { cwd: ROOT, encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      // a worker that failed to load would leave the batch to the main thread ("ohne Worker-Threads")
      expect(run.stdout).toContain('(1 Worker-Threads)');
      expect(readFileSync(join(out, 'findings.jsonl'), 'utf8')).toContain('"category":"schriftform"');
    } finally {
      rmSync(lawDir, { recursive: true, force: true });
      rmSync(out, { recursive: true, force: true });
    }
  }, PROCESS_TEST_TIMEOUT_MS);

  it('runs under plain Node and reviews a draft with the shipped rules and corpus', async () => {
    const base = await startBundle();
    const health = (await (await fetch(`${base}/healthz`)).json()) as { status: string; corpus: { laws: number } };
    expect(health.status).toBe('ok');
    expect(health.corpus.laws).toBeGreaterThan(20);

    const me = await fetch(`${base}/api/me`);
    const cookie = me.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const form = new FormData();
    const draft = '§ 1 Anzeige\n(1) Wer ein Gewerbe betreiben will, hat dies der Behörde schriftlich anzuzeigen.\n';
    form.append('file', new Blob([draft], { type: 'text/plain' }), 'entwurf.txt');
    const review = await fetch(`${base}/api/reviews`, { method: 'POST', body: form, headers: { cookie, origin: base } });
    expect(review.status).toBe(201);
    expect(await review.text()).toContain('"schriftform"');

    // the index rebuild of a corpus import runs in a worker the bundled server starts itself
    const law = new FormData();
    law.append('file', new Blob([FISH_LAW], { type: 'text/plain' }), 'fisch.txt');
    expect((await fetch(`${base}/api/admin/corpus`, { method: 'POST', body: law, headers: { cookie, origin: base } })).status).toBe(201);
    await until(async () => ((await (await fetch(`${base}/api/admin/corpus`, { headers: { cookie } })).json()) as { index: { current: boolean } }).index.current, 'import indexed');
    const laws = (await (await fetch(`${base}/api/laws`, { headers: { cookie } })).json()) as { abbreviation: string }[];
    expect(laws.map((l) => l.abbreviation)).toContain('NFischAbgG');
  }, PROCESS_TEST_TIMEOUT_MS);
});
