/**
 * npm run bench:search [-- --queries 1000] [-- --skip-federal]
 * Index build time, load time, p50/p95 query latency over mixed queries and peak RSS, for the shipped
 * corpus and the whole federal corpus, each against a MiniSearch baseline (default settings) measured in
 * the same run. Every measurement runs in its own child process so that peak RSS belongs to one engine.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import MiniSearch from 'minisearch';
import { openSearchIndex } from '../server/retrieval/index';
import { listSources, loadSource, type SourceEntry } from '../server/retrieval/sources';
import { normalizeWhitespace } from '../server/parser/structure';

interface Result {
  engine: string;
  buildMs: number;
  loadMs?: number;
  p50: number;
  p95: number;
  rssMb: number;
  units?: number;
}

const self = fileURLToPath(import.meta.url);
const root = resolve(dirname(self), '..');
const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

/** Deterministic PRNG (mulberry32) so that every engine answers the same queries. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DRAFTING_TERMS = [
  'Schriftformerfordernis', 'persönliches Erscheinen', 'Vorlage im Original', 'elektronische Zustellung', 'amtlicher Vordruck',
  'öffentliche Bekanntmachung im Internet', 'Nachweispflicht Register', 'eigenhändige Unterschrift', 'elektronische Akte',
  'Gebühr elektronisch bezahlen', 'beglaubigte Abschrift', 'vollautomatisierter Bescheid', 'Zustellungsurkunde',
  'Textform statt Schriftform', 'Nutzerkonto Postfach', 'barrierefreie Informationstechnik', 'Einwilligung Datenabruf',
  'Telefax', 'De-Mail-Adresse', 'Identitätsnachweis Personalausweis',
];

/** 1,000 mixed queries: drafters' questions, § title keywords, citations and hindrance terms. */
function makeQueries(sources: SourceEntry[], n: number): string[] {
  const rand = rng(42);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
  const questions = readFileSync(join(root, 'test/fixtures/search-questions.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { query: string }).query);
  const laws = sources.filter((s) => s.entry.kind === 'law');
  const sample = Array.from({ length: Math.min(40, laws.length) }, () => loadSource(pick(laws)).doc).filter((d) =>
    d.provisions.some((p) => p.label && p.title),
  );
  const out: string[] = [];
  while (out.length < n) {
    const r = rand();
    const doc = pick(sample);
    const prov = pick(doc.provisions.filter((p) => p.label && p.title));
    if (r < 0.35) out.push(pick(questions));
    else if (r < 0.6) out.push(prov.title.split(/\s+/).slice(0, 3).join(' '));
    else if (r < 0.8) out.push(rand() < 0.5 ? `${prov.label} ${doc.abbreviation}` : `${doc.abbreviation} ${prov.label} Abs. 1`);
    else out.push(pick(DRAFTING_TERMS));
  }
  return out;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function timeQueries(queries: string[], run: (q: string) => unknown): { p50: number; p95: number } {
  for (const q of queries.slice(0, 20)) run(q);
  const times = queries.map((q) => {
    const t = performance.now();
    run(q);
    return performance.now() - t;
  });
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

const rssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

async function workerOurs(corpus: string, queriesFile: string): Promise<Result> {
  const cacheDir = mkdtempSync(join(tmpdir(), 'bench-search-'));
  try {
    let t = performance.now();
    await openSearchIndex({ corpusDir: corpus, cacheDir });
    const buildMs = performance.now() - t;
    t = performance.now();
    const index = await openSearchIndex({ corpusDir: corpus, cacheDir });
    const loadMs = performance.now() - t;
    const queries = JSON.parse(readFileSync(queriesFile, 'utf8')) as string[];
    const lat = timeQueries(queries, (q) => index.search(q, { k: 10 }));
    return { engine: 'Digitalcheck BM25F', buildMs, loadMs, ...lat, rssMb: rssMb() };
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

function workerMiniSearch(corpus: string, queriesFile: string): Result {
  const t = performance.now();
  const ms = new MiniSearch<{ id: number; title: string; text: string }>({ fields: ['title', 'text'] });
  let id = 0;
  for (const s of listSources([corpus])) {
    const { doc } = loadSource(s);
    const batch = doc.provisions.flatMap((p) =>
      p.paragraphs.map((a) => ({ id: id++, title: p.title, text: normalizeWhitespace(doc.text.slice(a.start, a.end)) })),
    );
    ms.addAll(batch);
  }
  const buildMs = performance.now() - t;
  const queries = JSON.parse(readFileSync(queriesFile, 'utf8')) as string[];
  const lat = timeQueries(queries, (q) => ms.search(q).slice(0, 10));
  return { engine: 'MiniSearch (Standard)', buildMs, ...lat, rssMb: rssMb(), units: id };
}

/** The federal corpus: the extracted copy in /tmp, else the tarball extracted once into .cache/. */
function federalDir(): string | undefined {
  if (existsSync('/tmp/bund/bundesrecht')) return '/tmp/bund/bundesrecht';
  const cached = join(root, '.cache/bundesrecht');
  if (existsSync(cached)) return cached;
  const tarball = resolve(root, '../shared/data/bundesrecht.tar.xz');
  if (!existsSync(tarball)) return undefined;
  mkdirSync(join(root, '.cache'), { recursive: true });
  process.stderr.write(`Entpacke ${tarball} nach .cache/ …\n`);
  execFileSync('tar', ['-xJf', tarball, '-C', join(root, '.cache')]);
  return cached;
}

function child(mode: string, corpus: string, queriesFile: string): Result {
  const r = spawnSync(
    process.execPath,
    ['--max-old-space-size=6144', '--import', 'tsx', self, '--worker', mode, '--corpus', corpus, '--queries-file', queriesFile],
    { cwd: root, encoding: 'utf8', env: { ...process.env, LOG_LEVEL: 'silent' }, maxBuffer: 1 << 20 },
  );
  const line = r.stdout.trim().split('\n').pop();
  if (r.status !== 0 || !line) throw new Error(`worker ${mode} failed: ${r.stderr.slice(-2000)}`);
  return JSON.parse(line) as Result;
}

const fmt = (n: number | undefined, d = 1) => (n === undefined ? '–' : n.toLocaleString('de-DE', { maximumFractionDigits: d, minimumFractionDigits: d }));

async function main() {
  const worker = arg('--worker');
  if (worker) {
    const r = worker === 'ours' ? await workerOurs(arg('--corpus')!, arg('--queries-file')!) : workerMiniSearch(arg('--corpus')!, arg('--queries-file')!);
    process.stdout.write(JSON.stringify(r) + '\n');
    return;
  }
  const n = Number(arg('--queries') ?? 1000);
  const corpora: [string, string, { p95: number; build?: number }][] = [['Mitgeliefertes Korpus', join(root, 'corpus'), { p95: 30 }]];
  if (!args.includes('--skip-federal')) {
    const fed = federalDir();
    if (fed) corpora.push(['Bundesrecht (6.636 Gesetze)', fed, { p95: 150, build: 60_000 }]);
    else process.stderr.write('Bundesrecht nicht gefunden (weder /tmp/bund noch ../shared/data/bundesrecht.tar.xz) – übersprungen.\n');
  }
  const tmp = mkdtempSync(join(tmpdir(), 'bench-search-q-'));
  try {
    for (const [name, dir, target] of corpora) {
      const queriesFile = join(tmp, 'queries.json');
      writeFileSync(queriesFile, JSON.stringify(makeQueries(listSources([dir]), n)));
      const ours = child('ours', dir, queriesFile);
      const base = child('minisearch', dir, queriesFile);
      console.log(`\n${name}: ${n} gemischte Anfragen (Fragen, Titelstichwörter, Zitate, Hindernisbegriffe), k = 10`);
      console.log('Engine'.padEnd(24), 'Aufbau s'.padStart(9), 'Laden s'.padStart(8), 'p50 ms'.padStart(8), 'p95 ms'.padStart(8), 'Peak-RSS MB'.padStart(12));
      for (const r of [ours, base]) {
        console.log(r.engine.padEnd(24), fmt(r.buildMs / 1000).padStart(9), fmt(r.loadMs && r.loadMs / 1000).padStart(8), fmt(r.p50, 2).padStart(8), fmt(r.p95, 2).padStart(8), String(r.rssMb).padStart(12));
      }
      console.log(
        `Verhältnis BM25F/MiniSearch: Aufbau ${fmt(ours.buildMs / base.buildMs, 2)}×, p50 ${fmt(ours.p50 / base.p50, 2)}×, p95 ${fmt(ours.p95 / base.p95, 2)}×, RSS ${fmt(ours.rssMb / base.rssMb, 2)}×`,
      );
      const checks = [
        `p95 ${fmt(ours.p95, 1)} ms ${ours.p95 < target.p95 ? '<' : '≥'} ${target.p95} ms`,
        ...(target.build ? [`Aufbau ${fmt(ours.buildMs / 1000)} s ${ours.buildMs < target.build ? '<' : '≥'} ${target.build / 1000} s`] : []),
        `Peak-RSS ${ours.rssMb} MB ${ours.rssMb < 2048 ? '<' : '≥'} 2048 MB`,
      ];
      console.log(`Ziele: ${checks.join('; ')}`);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
