/**
 * npm run check:batch-output [-- CORPUS] [--record | --expect HASH]
 *
 * Guards speed work on the batch pipeline: a change that only makes screening faster must leave its findings
 * byte-identical. Runs the built CLI batch over CORPUS (default: the federal corpus extracted by bench:batch, or
 * /tmp/rewrite/bundesrecht) and prints the sha256 of findings.jsonl with its lines sorted (order-independent, so a
 * change of delivery order is not a change of findings), the finding count and the CPU seconds of the run.
 * --record stores the hash in bench/out/batch-findings.sha256; without --expect that stored hash is compared, and a
 * difference exits with 1.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'bench/out');
const STORED = join(OUT, 'batch-findings.sha256');
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const positional = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--expect');
const corpus = positional[0] ?? [join(OUT, 'bundesrecht'), '/tmp/rewrite/bundesrecht'].find(existsSync);
if (!corpus) {
  process.stderr.write('Kein Korpus gefunden: Pfad angeben oder zuerst npm run bench:batch ausführen.\n');
  process.exit(1);
}

/** CPU seconds (user + system, all threads) of the waited-for children, as bench:batch measures them. */
function childrenCpuSeconds(): number {
  const f = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  return (Number(f[13]) + Number(f[14])) / 100;
}

const batchOut = join(OUT, 'batch-hash-out');
rmSync(batchOut, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const build = spawnSync(process.execPath, ['server/build/build.mjs', '--if-stale', '--no-client', '--quiet'], { cwd: ROOT, stdio: 'inherit' });
if (build.status !== 0) process.exit(1);
const cpu0 = childrenCpuSeconds();
const run = spawnSync(process.execPath, ['dist/server/cli.mjs', 'batch', corpus, '--out', batchOut], {
  cwd: ROOT,
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
});
const cpuSeconds = childrenCpuSeconds() - cpu0;
if (run.status !== 0) process.exit(1);

const lines = readFileSync(join(batchOut, 'findings.jsonl'), 'utf8').split('\n').filter(Boolean).sort();
const hash = createHash('sha256').update(lines.map((l) => `${l}\n`).join('')).digest('hex');
process.stdout.write(`${hash}  ${lines.length} Befunde, ${cpuSeconds.toFixed(2)} s CPU (${corpus})\n`);

if (flag('--record')) {
  writeFileSync(STORED, `${hash}\n`);
  process.stdout.write(`gespeichert: ${STORED}\n`);
} else {
  const expected = option('--expect') ?? (existsSync(STORED) ? readFileSync(STORED, 'utf8').trim() : undefined);
  if (expected && expected !== hash) {
    process.stdout.write(`ABWEICHUNG: erwartet ${expected}\n`);
    process.exit(1);
  }
  if (expected) process.stdout.write('unverändert\n');
}
