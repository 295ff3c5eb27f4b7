import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { sourceUrlPlugin } from '../build/source-url-plugin.mjs';

/**
 * Worker threads start as plain Node and cannot load TypeScript. Registering tsx in every worker costs about a
 * second of CPU per thread (its own loader thread, module graph resolved message by message), which is as much
 * as screening a fifth of the federal corpus. Instead the worker's module graph is bundled once per run with
 * esbuild (~100 ms) into one ESM file that each worker loads natively, or taken from the production build when the
 * caller runs from it. The bundle is written below node_modules/.cache so that the external packages (zod, pino, …)
 * resolve from the repository.
 */

const BATCH_ENTRY = fileURLToPath(new URL('./worker.ts', import.meta.url));
const CACHE_DIR = fileURLToPath(new URL('../../node_modules/.cache/digitalcheck/', import.meta.url));
const SUFFIX = '-worker-';
const STALE_MS = 24 * 3600 * 1000;

/**
 * Returns the file URL of the bundled worker (by default the batch worker); the file name is the content hash,
 * so runs never clash. `name` keeps the bundles of different workers apart.
 */
export async function bundleWorker(entry = BATCH_ENTRY, name = 'batch'): Promise<string> {
  const built = prebuiltWorker(name);
  if (built) return built;
  const res = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    write: false,
    logLevel: 'silent',
    plugins: [sourceUrlPlugin({ absolute: true })],
  });
  const code = res.outputFiles[0]!.text;
  const prefix = `${name}${SUFFIX}`;
  const file = join(CACHE_DIR, `${prefix}${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`);
  await mkdir(CACHE_DIR, { recursive: true });
  if (await stat(file).catch(() => null)) {
    // reused: refresh the age so that no other run removes it as stale
    await utimes(file, new Date(), new Date());
  } else {
    const tmp = `${file}.${process.pid}.tmp`;
    await writeFile(tmp, code);
    await rename(tmp, file);
  }
  await removeStaleBundles(file, prefix);
  return pathToFileURL(file).href;
}

/**
 * Run from the production build (npm start, npm run cli), the workers were bundled with it into the same folder
 * (server/build/build.mjs) and are as fresh as the code that starts them: no bundling at start. `import.meta.dirname`
 * is the folder of the running file, the build's folder there and server/batch/ under tsx, where no bundle lies.
 */
function prebuiltWorker(name: string): string | undefined {
  const file = join(import.meta.dirname, `${name}-worker.mjs`);
  return existsSync(file) ? pathToFileURL(file).href : undefined;
}

/** Old bundles pile up with every code change; a day-old one cannot belong to a run that is still starting. */
async function removeStaleBundles(keep: string, prefix: string): Promise<void> {
  const now = Date.now();
  for (const name of await readdir(CACHE_DIR).catch(() => [] as string[])) {
    const p = join(CACHE_DIR, name);
    if (!name.startsWith(prefix) || p === keep) continue;
    const s = await stat(p).catch(() => null);
    if (s && now - s.mtimeMs > STALE_MS) await unlink(p).catch(() => undefined);
  }
}

/** The parent's Node flags without tsx's loader flags, which are useless in a bundled worker (keeps e.g. --cpu-prof). */
export function workerExecArgv(argv: readonly string[] = process.execArgv): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if ((a === '--require' || a === '--import') && /tsx/.test(argv[i + 1] ?? '')) i++;
    else if (!/^--(?:require|import)=.*tsx/.test(a)) out.push(a);
  }
  return out;
}
