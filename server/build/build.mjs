// Plain JavaScript on purpose: `npm start` runs this check with plain Node, so an up-to-date build starts at once.
/**
 * Production build: `npm run build` bundles the browser client (vite) and the server (esbuild, one ESM file that plain
 * Node runs without tsx). `--if-stale` (used by `npm start`) builds only when the sources differ from the last build,
 * so a restart of an unchanged checkout starts at once. `--out DIR` puts the server bundle elsewhere and
 * `--no-client` skips the client (tests build the server alone into a temporary folder); `--quiet` prints only errors.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { sourceUrlPlugin } from './source-url-plugin.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLIENT_INDEX = join(ROOT, 'client/dist/index.html');
/** Everything the two bundles are made of; prompts and corpus are read at run time and need no rebuild. */
const SERVER_INPUTS = ['server', 'package-lock.json'];
const CLIENT_INPUTS = ['client/src', 'client/index.html', 'client/vite.config.ts'];

/**
 * The bundles, by output name: the web server, the queue worker, the CLI, and the worker threads. A worker thread
 * named `<name>-worker` is loaded from here when its caller runs from this build (server/batch/worker-bundle.ts),
 * instead of being bundled again at every start.
 */
const ENTRIES = {
  index: 'server/index.ts',
  worker: 'server/worker.ts',
  cli: 'server/cli/main.ts',
  'batch-worker': 'server/batch/worker.ts',
  'draft-worker': 'server/services/review/draft-worker.ts',
  'corpus-index-worker': 'server/retrieval/rebuild-worker.ts',
};

/** @param {string} path @returns {string[]} */
function files(path) {
  const abs = join(ROOT, path);
  if (!existsSync(abs)) return [];
  if (!statSync(abs).isDirectory()) return [path];
  return readdirSync(abs, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(ROOT, join(e.parentPath, e.name)))
    .sort();
}

/** Content hash of all build inputs: mtimes change with every checkout, contents do not. @param {string[]} inputs */
function sourcesHash(inputs) {
  const h = createHash('sha256');
  for (const f of inputs.flatMap(files)) h.update(f).update('\0').update(readFileSync(join(ROOT, f))).update('\0');
  return h.digest('hex');
}

/**
 * The stamp of the last build as read from disk, unchecked: the staleness test only compares its fields by identity
 * with fresh hashes, so an odd stamp can merely cause a build. @param {string} stamp @returns {any}
 */
function stampJson(stamp) {
  return existsSync(stamp) ? JSON.parse(readFileSync(stamp, 'utf8')) : undefined;
}

/**
 * The hashes of the last build, or nothing when there is none (or an unreadable one). zod is loaded only here, after
 * a build: loading it cost more CPU than the rest of the check before every CLI command and batch run.
 * @param {unknown} json
 */
async function checkedStamp(json) {
  if (json === undefined) return undefined;
  const { z } = await import('zod');
  const parsed = z.object({ server: z.string(), client: z.string().optional() }).safeParse(json);
  return parsed.success ? parsed.data : undefined;
}

function buildClient() {
  const vite = spawnSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'client/vite.config.ts', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (vite.status !== 0) throw new Error(`client build failed (vite exit ${vite.status})`);
}

/** @param {string} outDir */
async function buildServer(outDir) {
  // loaded only to build: a fresh build is checked before every CLI command
  const { build } = await import('esbuild');
  // chunk names change with their content: old ones go, and nothing else in the folder is touched
  for (const f of existsSync(outDir) ? readdirSync(outDir) : []) {
    const name = f.replace(/\.mjs(?:\.map)?$/, '');
    if (name !== f && (Object.hasOwn(ENTRIES, name) || /^chunk-\w+$/.test(name))) rmSync(join(outDir, f));
  }
  await build({
    entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, src]) => [name, join(ROOT, src)])),
    outdir: outDir,
    // lazily imported layers (the LLM layer when no model is configured) stay unloaded, packages included
    splitting: true,
    // chunks beside the entry: the source URLs written into them are relative to this one folder
    chunkNames: 'chunk-[hash]',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'warning',
    plugins: [sourceUrlPlugin({ relativeTo: outDir })],
  });
}

/** @param {number} pid */
function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return /** @type {NodeJS.ErrnoException} */ (e).code === 'EPERM';
  }
}

/**
 * Runs `fn` while holding the build folder's lock file. Two `npm run cli` started together right after a source change
 * would otherwise both build, each deleting the chunks the other has just written. A lock whose process is gone is
 * taken over.
 * @template T @param {string} outDir @param {() => Promise<T>} fn @returns {Promise<T>}
 */
async function withBuildLock(outDir, fn) {
  mkdirSync(outDir, { recursive: true });
  const lock = join(outDir, '.build-lock');
  for (;;) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
      break;
    } catch (e) {
      if (/** @type {NodeJS.ErrnoException} */ (e).code !== 'EEXIST') throw e;
      const owner = Number.parseInt(readFileSync(lock, 'utf8'), 10);
      // an empty file is a lock being written this instant; its pid follows
      if (owner > 0 && !isRunning(owner)) rmSync(lock, { force: true });
      else await new Promise((r) => setTimeout(r, 100));
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lock, { force: true });
  }
}

/**
 * @param {{ 'if-stale'?: boolean, 'no-client'?: boolean, quiet?: boolean }} values @param {string} outDir
 */
async function buildInto(values, outDir) {
  // `npm run cli` checks the build first: its stdout belongs to the command (JSON, JSONL)
  const say = values.quiet ? () => undefined : (/** @type {string} */ s) => process.stdout.write(s);
  const withClient = !values['no-client'];
  const stampFile = join(outDir, 'build-stamp.json');
  const seen = stampJson(stampFile);
  const server = sourcesHash(SERVER_INPUTS);
  const freshClient = withClient ? sourcesHash(CLIENT_INPUTS) : undefined;
  const serverFresh = seen?.server === server && existsSync(join(outDir, 'index.mjs'));
  const clientFresh = !withClient || (seen?.client === freshClient && existsSync(CLIENT_INDEX));
  if (values['if-stale'] && serverFresh && clientFresh) {
    say('Build ist aktuell.\n');
    return;
  }
  // a server-only build keeps the client hash of the last full build
  const client = withClient ? freshClient : (await checkedStamp(seen))?.client;
  if (withClient && !(values['if-stale'] && clientFresh)) buildClient();
  if (!(values['if-stale'] && serverFresh)) await buildServer(outDir);
  writeFileSync(stampFile, JSON.stringify({ server, ...(client ? { client } : {}) }));
  say(`Build fertig: ${withClient ? 'client/dist und ' : ''}${relative(ROOT, join(outDir, 'index.mjs')) || outDir}.\n`);
}

async function main() {
  const { values } = parseArgs({
    options: { 'if-stale': { type: 'boolean' }, 'no-client': { type: 'boolean' }, out: { type: 'string' }, quiet: { type: 'boolean' } },
  });
  const outDir = resolve(values.out ?? join(ROOT, 'dist/server'));
  // the staleness check runs inside the lock: a build that waited finds the other's fresh output and reuses it
  await withBuildLock(outDir, () => buildInto(values, outDir));
}

main().catch((e) => {
  process.stderr.write(`Der Build ist fehlgeschlagen: ${e instanceof Error ? e.message : String(e)}\nBuild failed.\n`);
  process.exit(1);
});
