import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { newSessionCookie } from '../http/client';
import { createTestDatabase, type TestDatabase } from '../support/postgres';
import { type Copy, envOf, execForm, loadCompose, loadDockerfile, parseCopy, ROOT, substituted } from '../support/dockerfile';
import { REDIS_URL } from './workers';

/**
 * The Dockerfile and compose.yaml without a Docker engine (this machine has none). Checked statically: what COPY
 * takes exists in the build context, every command names a script or a file that is there or is built, the runtime
 * stage is Node 20 and runs as a non-root user, the health check asks /healthz. Then the runtime stage is replayed on
 * the host: the build context (.dockerignore applied) is built with the build stage's `npm run build`, exactly what
 * the runtime stage copies goes into an empty folder, and its CMD and the compose worker's command start there with
 * the compose environment against the machine's PostgreSQL and Redis.
 *
 * Not verified here: the base images, apt-get, `npm ci` (the replay uses the installed node_modules; the bundles'
 * imports are checked against the production dependencies instead of running `npm prune`), file ownership and the
 * user inside the image, the volume, and compose's own networking, health gating and replicas.
 */

const stages = loadDockerfile();
const build = stages[0]!;
const runtime = stages.at(-1)!;
const { services } = loadCompose();
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string>; dependencies: Record<string, string> };
const of = (stage: typeof build, op: string) => stage.instructions.filter((i) => i.op === op);
const workdir = (stage: typeof build) => of(stage, 'WORKDIR').at(-1)!.args;
const copies = (stage: typeof build): Copy[] => of(stage, 'COPY').map((i) => parseCopy(i.args));
/** Made by the build stage's RUN steps, not taken from the context: `npm ci` and `npm run build` (checked by the replay). */
const BUILT = ['node_modules', 'dist', 'client/dist'];

/** .dockerignore as Docker reads it, limited to the two pattern forms the file uses (a test fails on any other). */
function dockerignore(): (rel: string) => boolean {
  const patterns = readFileSync(join(ROOT, '.dockerignore'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  for (const p of patterns) if (!/^[\w.-]+(\/[\w.-]+)*$/.test(p) && !/^\*\.\w+$/.test(p)) throw new Error(`.dockerignore pattern this test cannot read: ${p}`);
  return (rel) =>
    patterns.some((p) => (p.startsWith('*.') ? !rel.includes('/') && rel.endsWith(p.slice(1)) : rel === p || rel.startsWith(`${p}/`)));
}
const ignored = dockerignore();

describe('Dockerfile (static)', () => {
  it('builds on Node 20 and runs on Node 20 in a second stage', () => {
    expect(stages).toHaveLength(2);
    expect(build.name).toBe('build');
    for (const s of stages) expect(s.image).toMatch(/^node:20(-|$)/);
  });

  it('every COPY source from the context exists and is not excluded by .dockerignore', () => {
    for (const c of copies(build)) {
      expect(c.from).toBeUndefined();
      for (const src of c.sources) {
        const rel = relative(ROOT, resolve(ROOT, src));
        expect(existsSync(join(ROOT, src)), src).toBe(true);
        if (rel) expect(ignored(rel), `${src} is in .dockerignore`).toBe(false);
      }
    }
    // the whole context goes in before the build, so the build sees the sources it hashes and bundles
    expect(copies(build).some((c) => c.sources.includes('.'))).toBe(true);
  });

  it("the runtime stage copies only from the build stage's WORKDIR what the context or the build provides, owned by its user", () => {
    const user = of(runtime, 'USER').at(-1)!.args;
    for (const c of copies(runtime)) {
      expect(c.from).toBe('build');
      expect(c.chown).toBe(`${user}:${user}`);
      for (const src of c.sources) {
        expect(src.startsWith(`${workdir(build)}/`), src).toBe(true);
        const rel = src.slice(workdir(build).length + 1);
        const provided = BUILT.includes(rel) || (existsSync(join(ROOT, rel)) && !ignored(rel));
        expect(provided, `${rel}: neither in the context nor built`).toBe(true);
      }
    }
  });

  it('every npm script a RUN or CMD names exists, and the commands start built entry points', () => {
    const commands = [...stages.flatMap((s) => of(s, 'RUN').map((i) => i.args)), ...of(runtime, 'CMD').map((i) => execForm(i.args).join(' '))];
    const scripts = commands.flatMap((c) => [...c.matchAll(/npm run (\S+)/g)].map((m) => m[1]!));
    expect(scripts).toContain('build');
    for (const s of scripts) expect(Object.keys(pkg.scripts), s).toContain(s);
    const nodeFiles = [...of(runtime, 'CMD').map((i) => execForm(i.args)), services.worker!.command!].map((argv) => {
      expect(argv[0]).toBe('node');
      return argv.find((a) => a.endsWith('.mjs'))!;
    });
    // built by server/build/build.mjs from these entries (the replay checks the files)
    expect(nodeFiles).toEqual(['dist/server/index.mjs', 'dist/server/worker.mjs']);
    expect(pkg.scripts.start).toContain('dist/server/index.mjs');
    expect(pkg.scripts.worker).toContain('dist/server/worker.mjs');
  });

  it('runs as the non-root user node, owns its data volume, and checks its health at /healthz on its port', () => {
    const users = of(runtime, 'USER');
    expect(users.map((u) => u.args)).toEqual(['node']);
    const order = runtime.instructions.map((i) => i.op);
    expect(order.indexOf('USER')).toBeLessThan(order.indexOf('CMD'));
    const env = Object.assign({}, ...of(runtime, 'ENV').map((i) => envOf(i.args))) as Record<string, string>;
    expect(env).toMatchObject({ NODE_ENV: 'production', HOST: '0.0.0.0', DATA_DIR: '/data' });
    expect(of(runtime, 'VOLUME').map((i) => i.args)).toEqual([env.DATA_DIR]);
    expect(of(runtime, 'RUN').map((i) => i.args).join('\n')).toContain(`chown node:node ${env.DATA_DIR}`);
    expect(of(runtime, 'EXPOSE').map((i) => i.args)).toEqual([env.PORT]);
    const health = of(runtime, 'HEALTHCHECK');
    expect(health).toHaveLength(1);
    expect(health[0]!.args).toContain(`http://127.0.0.1:${env.PORT}/healthz`);
  });
});

// ---------------------------------------------------------------- replay of the runtime stage on the host

// a build and two whole processes on a loaded 2-core CI machine: a generous bound (not a timing assertion)
const PROCESS_TEST_TIMEOUT_MS = 240_000;
const tmp = mkdtempSync(join(tmpdir(), 'dc-docker-'));
const children: ChildProcess[] = [];
let database: TestDatabase | undefined;
const prefix = `dc-test-${randomUUID()}`;
afterAll(async () => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  await database?.drop();
  const redis = new Redis(REDIS_URL);
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length) await redis.del(...keys);
  await redis.quit();
  rmSync(tmp, { recursive: true, force: true });
});

/** Starts `argv` in `cwd` and resolves with its output once `ready` matches it (rejects when it exits first). */
function start(argv: string[], cwd: string, env: Record<string, string>, ready: RegExp): Promise<RegExpExecArray> {
  return new Promise((res, rej) => {
    const child = spawn(argv[0] === 'node' ? process.execPath : argv[0]!, argv.slice(1), { cwd, env: { PATH: process.env.PATH!, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let out = '';
    const read = (d: Buffer) => {
      out += d.toString();
      const m = ready.exec(out);
      if (m) res(m);
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => rej(new Error(`${argv.join(' ')} exited with ${code}: ${out}`)));
  });
}

/** Runs the script of a `node -e` health check of the image or compose (written for port 3000) against `port`. */
const healthCheck = (script: string, port: number) =>
  spawnSync(process.execPath, ['-e', script.replace(':3000/', `:${port}/`)], { encoding: 'utf8', timeout: 10_000 }).status;

describe('runtime stage replayed on the host', () => {
  it('the built image folder starts as web (ROLE=web) and as worker against PostgreSQL and Redis; /healthz and /readyz answer', async () => {
    // the build context, then the build stage's build (npm ci replaced by the installed packages)
    const context = join(tmp, 'context');
    cpSync(ROOT, context, { recursive: true, filter: (src) => !ignored(relative(ROOT, src)) });
    symlinkSync(join(ROOT, 'node_modules'), join(context, 'node_modules'), 'dir');
    const built = spawnSync('npm', ['run', 'build'], { cwd: context, encoding: 'utf8' });
    expect(built.status, built.stderr).toBe(0);
    expect(of(build, 'RUN').map((i) => i.args).join('\n')).toContain('npm run build');

    // exactly what the runtime stage copies, into an empty folder (its WORKDIR)
    const image = join(tmp, 'image');
    mkdirSync(image);
    for (const c of copies(runtime)) {
      for (const src of c.sources) {
        const from = join(context, src.slice(workdir(build).length + 1));
        const to = c.dest.endsWith('/') || c.sources.length > 1 ? join(image, c.dest, src.split('/').at(-1)!) : join(image, c.dest);
        expect(existsSync(from), src).toBe(true);
        mkdirSync(dirname(to), { recursive: true });
        if (src.endsWith('/node_modules')) symlinkSync(join(ROOT, 'node_modules'), to, 'dir');
        else cpSync(from, to, { recursive: true });
      }
    }
    expect(readdirSync(image).sort()).toEqual(['client', 'corpus', 'dist', 'node_modules', 'package-lock.json', 'package.json', 'prompts', 'server']);

    // npm prune --omit=dev keeps the dependencies: every package the bundles import must be one of them
    const bundles = readdirSync(join(image, 'dist/server')).filter((f) => f.endsWith('.mjs'));
    const imported = new Set(
      bundles.flatMap((f) => [...readFileSync(join(image, 'dist/server', f), 'utf8').matchAll(/(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*["']([^"'./][^"']*)["']|import\(["']([^"'./][^"']*)["']\)/gm)].map((m) => (m[1] ?? m[2])!)),
    );
    const pkgName = (s: string) => (s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : s.split('/')[0]!);
    const needed = [...imported].filter((s) => !s.startsWith('node:') && !builtinModules.includes(s)).map(pkgName);
    expect(needed.length).toBeGreaterThan(5);
    expect(needed.filter((n) => !Object.hasOwn(pkg.dependencies, n)), 'imported by the bundles but not a production dependency').toEqual([]);

    // the compose environment, with the machine's services and a free port instead of the containers' names and 3000
    database = await createTestDatabase();
    const imageEnv = Object.assign({}, ...of(runtime, 'ENV').map((i) => envOf(i.args))) as Record<string, string>;
    const local = { DATABASE_URL: database.url, REDIS_URL, REDIS_PREFIX: prefix, DATA_DIR: join(tmp, 'data'), PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info' };
    const envFor = (service: 'web' | 'worker'): Record<string, string> => ({ ...imageEnv, ...substituted(services[service]!.environment!), ...local });
    expect(envFor('web').ROLE).toBe('web');

    const [, base] = await start(execForm(of(runtime, 'CMD')[0]!.args), image, envFor('web'), /läuft auf (http:\/\/127\.0\.0\.1:\d+)/);
    const health = (await (await fetch(`${base!}/healthz`)).json()) as Record<string, unknown>;
    expect(health).toMatchObject({ status: 'ok', storage: 'postgres', queue: 'redis' });
    expect((await fetch(`${base!}/readyz`)).status).toBe(200);
    const port = Number(new URL(base!).port);
    expect(healthCheck(/CMD node -e "(.*)"$/.exec(of(runtime, 'HEALTHCHECK')[0]!.args)![1]!, port)).toBe(0);
    const composeCheck = services.web!.healthcheck!.test!;
    expect(composeCheck.slice(0, 3)).toEqual(['CMD', 'node', '-e']);
    expect(healthCheck(composeCheck[3]!, port)).toBe(0);

    // the worker of compose runs a job the web instance queued
    await start(services.worker!.command!, image, envFor('worker'), /Worker bereit/);
    const cookie = (await newSessionCookie(base!))!;
    const created = await fetch(`${base!}/api/batch`, { method: 'POST', headers: { cookie, 'content-type': 'application/json', origin: base! }, body: JSON.stringify({ laws: ['VwVfG'] }) });
    expect(created.status, await created.clone().text()).toBe(202);
    const { jobId } = (await created.json()) as { jobId: string };
    await expect
      .poll(async () => ((await (await fetch(`${base!}/api/batch/${jobId}`, { headers: { cookie } })).json()) as { status: string }).status, { timeout: 60_000, interval: 500 })
      .toBe('done');
  }, PROCESS_TEST_TIMEOUT_MS);
});
