/**
 * npm run bench:review — draft review of a Bundestag Drucksache through the HTTP API, against `pdftotext` on the
 * same file in the same run, plus a structure report over the real drafts in ../shared/data/drafts.
 *
 * 1. Starts the real server (createApp, offline mode, shipped corpus) on an ephemeral port.
 * 2. Uploads BT-Drs-19-30399_StPO.pdf (override: BENCH_REVIEW_FILE) WARMUP times, then RUNS times to
 *    POST /api/reviews; p50/p95 of the wall time per request (target p95 < 3 s warm).
 * 3. Runs `pdftotext -layout` on the same file RUNS times; the ratio p95 review / p95 pdftotext is printed so the
 *    figure can be compared across machines of different speed.
 * 4. For every real draft: Artikel found by the parser vs. Artikel headings present (bare "Artikel N" lines in the
 *    pdftotext output, counted independently of the parser), findings outside the law text (must be 0), and the
 *    agreement of findings across layout variants (no blank lines, re-wrapped, PDF, DOCX; bench/lib/layout-variants).
 * Writes everything to bench/out/bench-review.json. Speed targets live here, never in tests.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { createApp } from '../server/app';
import { loadConfig } from '../server/config';
import { ReviewResponseSchema } from '../server/contracts/api';
import { extractText } from '../server/ingest/extract';
import { openSearchIndex } from '../server/retrieval/index';
import { openStorage } from '../server/storage/index';
import { agreement, articlesOf, findingsOutsideLaw, variants } from './lib/layout-variants';

const ROOT = resolve(import.meta.dirname, '..');
const DRAFTS = resolve(ROOT, '../shared/data/drafts');
const FILE = process.env.BENCH_REVIEW_FILE ?? join(DRAFTS, 'BT-Drs-19-30399_StPO.pdf');
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const WARMUP = 3;
const P95_TARGET_S = 3;

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
const seconds = (ms: number) => Number((ms / 1000).toFixed(3));

function pdftotext(file: string): { ms: number; text: string } {
  const t0 = performance.now();
  const r = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error || r.status !== 0) throw new Error('pdftotext fehlt oder schlug fehl (Debian: apt-get install -y poppler-utils)');
  return { ms: performance.now() - t0, text: r.stdout };
}

async function timeReviews(url: string, file: string): Promise<{ times: number[]; pages: number; findings: number; outline: number }> {
  const me = await fetch(`${url}/api/me`);
  const cookie = (me.headers.getSetCookie?.() ?? []).map((c) => c.split(';')[0]).join('; ');
  const body = readFileSync(file);
  const times: number[] = [];
  let last: { findings: number; outline: number } = { findings: 0, outline: 0 };
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const form = new FormData();
    form.append('file', new Blob([body], { type: 'application/pdf' }), basename(file));
    const t0 = performance.now();
    const res = await fetch(`${url}/api/reviews`, { method: 'POST', body: form, headers: { cookie } });
    const json: unknown = await res.json();
    const ms = performance.now() - t0;
    if (res.status !== 201) throw new Error(`upload failed: ${res.status} ${JSON.stringify(json)}`);
    const review = ReviewResponseSchema.parse(json);
    last = { findings: review.findings.length, outline: review.outline.length };
    if (i >= WARMUP) times.push(ms);
  }
  const pages = (await extractText(body, basename(file))).pages ?? 0;
  return { times: times.sort((a, b) => a - b), pages, ...last };
}

/** Bare "Artikel N" heading lines of the pdftotext output: the Artikel a reader sees, counted without the parser. */
function articleHeadingsIn(layoutText: string): number {
  const nums = [...layoutText.matchAll(/^\s*Artikel\s+(\d+)[a-z]?\s*$/gm)].map((m) => Number(m[1]));
  return new Set(nums).size;
}

async function report(): Promise<object[]> {
  if (!existsSync(DRAFTS)) return [];
  const rows: object[] = [];
  for (const name of readdirSync(DRAFTS).filter((f) => /\.(?:pdf|txt)$/.test(f)).sort()) {
    const file = join(DRAFTS, name);
    const buf = readFileSync(file);
    const text = (await extractText(buf, name)).text;
    const present = name.endsWith('.pdf') ? articleHeadingsIn(pdftotext(file).text) : articleHeadingsIn(text);
    const [original, ...others] = await variants(text, 11);
    rows.push({
      file: name,
      title: original!.doc.title,
      artikelFound: articlesOf(original!.doc).length,
      artikelPresent: present,
      findings: original!.findings.length,
      findingsOutsideLawText: findingsOutsideLaw(original!.doc, original!.findings).length,
      variantAgreement: Object.fromEntries(others.map((v) => [v.name, Number((agreement(original!.findings, v.findings) * 100).toFixed(1))])),
      artikelSameInAllVariants: others.every((v) => articlesOf(v.doc).join() === articlesOf(original!.doc).join()),
    });
  }
  return rows;
}

async function main(): Promise<void> {
  if (!existsSync(FILE)) {
    console.error(`Datei fehlt: ${FILE} (BENCH_REVIEW_FILE setzen)`);
    process.exit(1);
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'dc-bench-review-'));
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', MAX_UPLOAD_MB: '50' });
  const index = await openSearchIndex({ corpusDir: resolve(ROOT, 'corpus'), cacheDir: join(tmpdir(), 'dc-bench-index') });
  const storage = await openStorage(config);
  const server = createApp({ config, index, storage, rateLimits: { api: 1e9, upload: 1e9 } });
  await server.ready;
  await new Promise<void>((r) => server.httpServer.listen(0, '127.0.0.1', () => r()));
  const url = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;
  let review;
  try {
    review = await timeReviews(url, FILE);
  } finally {
    await server.close();
    await storage.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  const base = Array.from({ length: RUNS }, () => pdftotext(FILE).ms).sort((a, b) => a - b);
  const p95 = quantile(review.times, 0.95);
  const result = {
    file: basename(FILE),
    pages: review.pages,
    runs: RUNS,
    loadavg: loadavg().map((l) => Number(l.toFixed(2))),
    review: { p50: seconds(quantile(review.times, 0.5)), p95: seconds(p95), findings: review.findings, outlineEntries: review.outline },
    pdftotext: { p50: seconds(quantile(base, 0.5)), p95: seconds(quantile(base, 0.95)) },
    ratioP95: Number((p95 / quantile(base, 0.95)).toFixed(1)),
    targetP95Seconds: P95_TARGET_S,
    meetsTarget: p95 / 1000 < P95_TARGET_S,
    drafts: await report(),
  };
  mkdirSync(join(ROOT, 'bench/out'), { recursive: true });
  writeFileSync(join(ROOT, 'bench/out/bench-review.json'), JSON.stringify(result, null, 2) + '\n');
  console.log(JSON.stringify(result, null, 2));
}

await main();
