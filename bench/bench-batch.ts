/**
 * npm run bench:batch — batch screening of the whole federal corpus against a ripgrep baseline in the same run.
 *
 * 1. Extracts ../shared/data/bundesrecht.tar.xz (override: BUNDESRECHT_TAR) to bench/out/bundesrecht once.
 * 2. Runs `cli batch` over it as `npm run cli` does (build check, then the built CLI): wall seconds, MB/s over the
 *    input bytes, peak RSS (VmHWM of the CLI process, sampled from /proc; worker threads live inside that process).
 * 3. Runs `rg -c -i -F` over the same directory with the words the rule engine's trigger regexes start from
 *    (derived from the catalogue, so the baseline follows the rules), and with the short core list of the task
 *    for reference (median of 3 runs each).
 * 4. Prints the ratio batch/rg (target ≤ 15), peak RSS (target < 1 GB) and the schriftform total, and for batch and rg
 *    alike the CPU seconds and the efficiency wall × cores / CPU (1 = every core busy all the time): on a shared
 *    machine wall seconds are noisy, the CPU ratio and the two efficiencies of one run are not.
 * 5. Extra row, Landesrecht (alone: npm run bench:batch -- --landesrecht): the shipped Niedersachsen laws (corpus/manifest.json) plus the 68 statutes of
 *    the other Länder (../shared/data/laender, override: LAENDER_DIR), screened in one run: laws, skipped
 *    files, findings, seconds. Writes everything to bench/out/bench-batch.json.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { listLawFiles } from '../server/batch/files';
import { readManifest } from '../server/retrieval/manifest';
import { BatchSummarySchema } from '../server/batch/summary';
import { RULES } from '../server/rules/index';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'bench/out');
const CORPUS = join(OUT, 'bundesrecht');
const BATCH_OUT = join(OUT, 'batch-out');
const TAR = process.env.BUNDESRECHT_TAR ?? resolve(ROOT, '../shared/data/bundesrecht.tar.xz');
const LAENDER = process.env.LAENDER_DIR ?? resolve(ROOT, '../shared/data/laender');
const LAND_CORPUS = join(OUT, 'landesrecht');
const LAND_OUT = join(OUT, 'landesrecht-out');
const RATIO_TARGET = 15;
const RSS_TARGET_MB = 1024;

/** Splits a regex source at its top-level "|". */
function topLevelAlternatives(src: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\') {
      cur += c + (src[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === '(') depth++;
    if (c === ')') depth--;
    if (c === '|' && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

/** The literal words an alternative starts with ("Telefax\\w*" → "Telefax", "[Ss]chriftlich(?:e)?" → "schriftlich"). */
function literalWords(alt: string): string[] {
  let a = alt.replace(/^\\b/, '').replace(/\\b$/, '');
  // "(?:Geburts|Heirats)urkunde" or a wrapping group: the group's alternatives are the words' beginnings
  if (a.startsWith('(?:')) return topLevelAlternatives(a.slice(3, closingParen(a))).flatMap(literalWords);
  let word = '';
  for (let i = 0; i < a.length; i++) {
    const c = a[i]!;
    const cls = /^\[(\p{L})(\p{L})\]/u.exec(a.slice(i));
    if (cls && cls[1]!.toLowerCase() === cls[2]!.toLowerCase()) {
      word += cls[2];
      i += cls[0].length - 1;
    } else if (/[\p{L}\d -]/u.test(c) && !/[?*{]/.test(a[i + 1] ?? '')) word += c;
    else break;
  }
  a = word.trim();
  return a.length >= 3 ? [a] : [];
}

function closingParen(s: string): number {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === '(') depth++;
    else if (s[i] === ')' && --depth === 0) return i;
  }
  return s.length;
}

/**
 * The baseline greps for the words the rule engine's triggers start from, as plain case-insensitive strings: the
 * cheapest possible screening for the same vocabulary, which is what the ratio compares against. Word lists give
 * the literal start of each entry ("~schriftlich{e,en}" → "schriftlich"); a rule built from a term-list regex gives
 * the words its alternatives start with.
 */
function triggerWords(): string[] {
  const words = new Set<string>();
  for (const rule of RULES) {
    const starts = Array.isArray(rule.vocabulary)
      ? rule.vocabulary.map((entry: string) => /^~?([\p{L}\d-]*)/u.exec(entry)![1]!)
      : topLevelAlternatives(rule.trigger.source).flatMap(literalWords);
    for (const w of starts) if (w.length >= 3) words.add(w.toLowerCase());
  }
  return [...words].sort();
}

/** The short list of the task description, kept as a second, stricter baseline (fewer words: faster rg). */
const CORE_WORDS = [
  'schriftlich', 'Schriftform', 'Unterschrift', 'unterzeichn', 'persönlich', 'Original', 'beglaubig', 'Vordruck',
  'Formblatt', 'Aushang', 'Einschreiben', 'Zustellungsurkunde', 'Telefax', 'Fernkopie', 'Telegramm', 'De-Mail',
  'Diskette', 'CD-ROM', 'Mikrofilm', 'vorzulegen', 'beizufügen', 'nachzuweisen',
];

const log = (s: string): void => void process.stderr.write(`[bench:batch] ${s}\n`);

function ensureCorpus(): void {
  const marker = join(CORPUS, '.extracted');
  if (existsSync(marker)) {
    log(`Korpus im Cache: ${CORPUS}`);
    return;
  }
  if (!existsSync(TAR)) {
    log(`Archiv nicht gefunden: ${TAR} (BUNDESRECHT_TAR setzen)`);
    process.exit(1);
  }
  log(`Entpacke ${TAR} nach ${OUT} …`);
  rmSync(CORPUS, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const tar = spawnSync('tar', ['-xJf', TAR, '-C', OUT], { stdio: 'inherit' });
  if (tar.status !== 0 || !existsSync(CORPUS)) {
    log('Entpacken fehlgeschlagen.');
    process.exit(1);
  }
  writeFileSync(marker, new Date().toISOString());
}

function ensureRipgrep(): void {
  if (spawnSync('rg', ['--version']).status === 0) return;
  if (process.getuid?.() !== 0) {
    log('ripgrep fehlt: bitte „apt-get install -y ripgrep“ ausführen.');
    process.exit(1);
  }
  log('ripgrep fehlt – installiere das Debian-Paket ripgrep (apt-get install -y ripgrep) …');
  spawnSync('apt-get', ['install', '-y', 'ripgrep'], { stdio: 'inherit' });
  if (spawnSync('rg', ['--version']).status !== 0) {
    log('ripgrep konnte nicht installiert werden.');
    process.exit(1);
  }
}

/**
 * CPU seconds (user + system, all threads) of the children this process has waited for: cutime + cstime of
 * /proc/self/stat. The difference around one child run is that child's CPU time, independent of other load.
 */
function childrenCpuSeconds(): number {
  // fields after the ")" of the command name start at field 3; cutime and cstime are fields 16 and 17 (ticks, 100/s)
  const f = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  return (Number(f[13]) + Number(f[14])) / 100;
}

/** VmHWM (peak resident set) of a live process in kB, or 0 once it is gone. */
function vmHwmKb(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

async function runBatchCli(corpus = CORPUS, out = BATCH_OUT): Promise<{ seconds: number; cpuSeconds: number; peakRssMb: number; stdout: string }> {
  rmSync(out, { recursive: true, force: true });
  const cpu0 = childrenCpuSeconds();
  const t0 = performance.now();
  // as `npm run cli` runs it, and timed with it: the freshness check of the build (a rebuild when the sources
  // changed), then the built CLI on plain Node, one process, so its VmHWM is the whole batch
  const build = spawnSync(process.execPath, ['server/build/build.mjs', '--if-stale', '--no-client', '--quiet'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) {
    log('Build fehlgeschlagen.');
    process.exit(1);
  }
  const child = spawn(process.execPath, ['--enable-source-maps', 'dist/server/cli.mjs', 'batch', corpus, '--out', out], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
  });
  let peakKb = 0;
  const sampler = setInterval(() => (peakKb = Math.max(peakKb, vmHwmKb(child.pid!))), 25);
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  const code: number = await new Promise((res) => child.on('exit', (c) => res(c ?? 1)));
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(sampler);
  if (code !== 0) {
    log(`batch endete mit Exit-Code ${code}`);
    process.exit(1);
  }
  return { seconds, cpuSeconds: childrenCpuSeconds() - cpu0, peakRssMb: peakKb / 1024, stdout };
}

function runRipgrep(words: string[]): { seconds: number; cpuSeconds: number; files: number } {
  const args = ['-c', '-i', '-F', '--no-ignore', '--no-messages', ...words.flatMap((w) => ['-e', w]), CORPUS];
  const runs: { seconds: number; cpuSeconds: number }[] = [];
  let files = 0;
  for (let i = 0; i < 3; i++) {
    const cpu0 = childrenCpuSeconds();
    const t0 = performance.now();
    const r = spawnSync('rg', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    runs.push({ seconds: (performance.now() - t0) / 1000, cpuSeconds: childrenCpuSeconds() - cpu0 });
    files = r.stdout.split('\n').filter(Boolean).length;
  }
  runs.sort((a, b) => a.seconds - b.seconds);
  return { ...runs[1]!, files };
}

/** The 2016 screening counted requirements per provision, so distinct §§ are the comparable figure. */
async function schriftformSpread(): Promise<{ provisions: number; laws: number }> {
  const provisions = new Set<string>();
  const laws = new Set<string>();
  const lines = createInterface({ input: createReadStream(join(BATCH_OUT, 'findings.jsonl'), 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    const f = JSON.parse(line) as { file: string; category: string; location: { section?: string } };
    if (f.category !== 'schriftform') continue;
    provisions.add(`${f.file}\u0000${f.location.section ?? ''}`);
    laws.add(f.file);
  }
  return { provisions: provisions.size, laws: laws.size };
}

/** Niedersachsen laws of the shipped corpus and the other Länder's statutes, copied into one directory. */
function prepareLandesrecht(): { niedersachsen: number; laender: number } {
  rmSync(LAND_CORPUS, { recursive: true, force: true });
  mkdirSync(join(LAND_CORPUS, 'ni'), { recursive: true });
  const nds = readManifest(join(ROOT, 'corpus')).documents.filter((d) => d.kind === 'law' && d.jurisdiction === 'Niedersachsen');
  for (const d of nds) cpSync(join(ROOT, 'corpus', d.file), join(LAND_CORPUS, 'ni', basename(d.file)));
  let laender = 0;
  if (existsSync(LAENDER)) {
    cpSync(LAENDER, join(LAND_CORPUS, 'laender'), { recursive: true });
    laender = readdirSync(LAENDER, { recursive: true }).filter((f) => String(f).endsWith('.md')).length;
  } else log(`Länder-Sammlung nicht gefunden: ${LAENDER} (LAENDER_DIR setzen) – nur Niedersachsen`);
  return { niedersachsen: nds.length, laender };
}

async function landesrecht() {
  const counts = prepareLandesrecht();
  const run = await runBatchCli(LAND_CORPUS, LAND_OUT);
  const summary = BatchSummarySchema.parse(JSON.parse(readFileSync(join(LAND_OUT, 'summary.json'), 'utf8')));
  return {
    ...counts,
    seconds: round(run.seconds),
    laws: summary.laws,
    skipped: summary.errors.length,
    provisions: summary.provisions,
    findings: summary.findings,
    lawsWithFindings: Object.keys(summary.byLaw).length,
    byCategory: summary.byCategory,
  };
}

function landesrechtLines(land: Awaited<ReturnType<typeof landesrecht>>): string[] {
  return [
    `Landesrecht:     ${land.niedersachsen} Niedersachsen-Gesetze des Korpus + ${land.laender} Gesetze anderer Länder: ${land.laws} untersucht, ${land.skipped} übersprungen,`,
    `                 ${land.provisions} Vorschriften, ${land.findings} Befunde in ${land.lawsWithFindings} Gesetzen, ${land.seconds} s`,
  ];
}

async function main(): Promise<void> {
  if (process.argv.includes('--landesrecht')) {
    // only the extra row (the federal run takes minutes)
    process.stdout.write(landesrechtLines(await landesrecht()).join('\n') + '\n');
    return;
  }
  ensureCorpus();
  ensureRipgrep();
  const { files } = await listLawFiles(CORPUS);
  let bytes = 0;
  for (const f of files) bytes += (await stat(f)).size;
  const mb = bytes / 1e6;
  log(`${files.length} Dateien, ${mb.toFixed(1)} MB`);

  const batch = await runBatchCli();
  const words = triggerWords();
  log(`${words.length} Triggerwörter aus ${RULES.length} Regeln: ${words.join(', ')}`);
  const rg = runRipgrep(words);
  const rgCore = runRipgrep(CORE_WORDS);
  const summary = BatchSummarySchema.parse(JSON.parse(readFileSync(join(BATCH_OUT, 'summary.json'), 'utf8')));
  const spread = await schriftformSpread();
  const land = await landesrecht();
  const result = {
    files: files.length,
    megabytes: Math.round(mb * 10) / 10,
    batch: {
      seconds: round(batch.seconds),
      cpuSeconds: round(batch.cpuSeconds),
      efficiency: efficiency(batch),
      mbPerSecond: round(mb / batch.seconds),
      peakRssMb: Math.round(batch.peakRssMb),
      laws: summary.laws,
      skipped: summary.errors.length,
      provisions: summary.provisions,
      findings: summary.findings,
      byCategory: summary.byCategory,
    },
    ripgrep: {
      seconds: round(rg.seconds),
      cpuSeconds: round(rg.cpuSeconds),
      efficiency: efficiency(rg),
      mbPerSecond: round(mb / rg.seconds),
      filesWithHits: rg.files,
      words,
    },
    ripgrepCoreWords: { seconds: round(rgCore.seconds), words: CORE_WORDS.length },
    ratio: round(batch.seconds / rg.seconds),
    ratioCoreWords: round(batch.seconds / rgCore.seconds),
    /** CPU time batch/rg: what the wall ratio would be on an idle machine where both use all cores. */
    cpuRatio: round(batch.cpuSeconds / Math.max(rg.cpuSeconds, 0.01)),
    ratioTarget: RATIO_TARGET,
    schriftform: { findings: summary.byCategory.schriftform ?? 0, provisions: spread.provisions, laws: spread.laws },
    landesrecht: land,
    cores: availableParallelism(),
    /** The machine may be shared: with a load above the core count the wall-clock ratio is pessimistic. */
    loadAverage: loadavg().map(round),
  };
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, 'bench-batch.json'), JSON.stringify(result, null, 2) + '\n');

  const ok = (b: boolean) => (b ? 'OK' : 'VERFEHLT');
  process.stdout.write(
    [
      `Korpus:          ${result.files} Gesetze, ${result.megabytes} MB (${CORPUS})`,
      `batch:           ${result.batch.seconds} s Wandzeit, ${result.batch.mbPerSecond} MB/s, Spitzen-RSS ${result.batch.peakRssMb} MB (${ok(result.batch.peakRssMb < RSS_TARGET_MB)}, Ziel < ${RSS_TARGET_MB} MB)`,
      `                 CPU-Zeit ${result.batch.cpuSeconds} s auf ${result.cores} Kernen (Effizienz Wand × Kerne / CPU ${result.batch.efficiency}), Systemlast ${result.loadAverage.join(' / ')}`,
      `                 ${summary.laws} untersucht, ${summary.errors.length} übersprungen, ${summary.provisions} Vorschriften, ${summary.findings} Befunde`,
      `ripgrep:         ${result.ripgrep.seconds} s (Median aus 3), ${result.ripgrep.mbPerSecond} MB/s, ${rg.files} Dateien mit Treffern (${words.length} Triggerwörter)`,
      `Verhältnis:      ${result.ratio} (batch/rg; ${ok(result.ratio <= RATIO_TARGET)}, Ziel ≤ ${RATIO_TARGET})`,
      `                 CPU-Zeit-Verhältnis ${result.cpuRatio} (rg ${result.ripgrep.cpuSeconds} s CPU, Effizienz ${result.ripgrep.efficiency}; unabhängig von fremder Last)`,
      `                 ${result.ratioCoreWords} gegen rg mit nur ${CORE_WORDS.length} Kernwörtern (${result.ripgrepCoreWords.seconds} s)`,
      `schriftform:     ${result.schriftform.findings} Befunde in ${result.schriftform.provisions} Vorschriften aus ${result.schriftform.laws} Gesetzen`,
      `                 (Normenscreening des Bundes 2016: ca. 3.500 Schriftformerfordernisse im Verwaltungsrecht)`,
      ...landesrechtLines(land),
      `Ergebnis:        ${join('bench/out', 'bench-batch.json')}`,
    ].join('\n') + '\n',
  );
}

const round = (x: number) => Math.round(x * 100) / 100;

/** Wall × cores / CPU: 1 when the run kept every core busy, 2 on 2 cores when it used one; above that, it waited. */
const efficiency = (run: { seconds: number; cpuSeconds: number }) => round((run.seconds * availableParallelism()) / Math.max(run.cpuSeconds, 0.01));

await main();
