import { fork, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { docxBomb, docxHugeNumbering, largeDraft, pdfBomb } from '../test/fixtures/web/hostile';
import { makeZip } from '../test/fixtures/web/zip-writer';

/**
 * bench:sweep — the hostile-upload sweep of issue 12 against the real server (server/index.ts as a child
 * process, default limits, its own DATA_DIR). A second child probes GET /healthz every 25 ms the whole time.
 * Prints every step's status and time, the worst and p99 /healthz latency, the server's peak RSS (VmHWM,
 * worker threads included) and the disk the ZIP case used. Targets: no crash, p99 ≤ 200 ms, peak RSS < 1.5 GB.
 */

const MB = 1024 * 1024;
const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const PROBE_MS = 25;
const TARGET_P99_MS = 200;
const TARGET_RSS_MB = 1536;

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

/** One /healthz probe: when it was sent (epoch ms) and how long the answer took (Infinity when none came). */
type Sample = [at: number, ms: number];

/** Probe child: GET /healthz every PROBE_MS until told to stop, then report the samples. */
async function probe(url: string): Promise<void> {
  const latencies: Sample[] = [];
  let stop = false;
  process.on('message', () => (stop = true));
  while (!stop) {
    const t0 = performance.now();
    const at = Date.now();
    try {
      const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(10_000) });
      await res.arrayBuffer();
      latencies.push([at, res.ok ? performance.now() - t0 : Infinity]);
    } catch {
      latencies.push([at, Infinity]);
    }
    await new Promise((r) => setTimeout(r, PROBE_MS));
  }
  process.send!(latencies, () => process.exit(0));
}

function startServer(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'info', ACCESS_TOKEN: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((res, rej) => {
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /läuft auf (http:\/\/[^"\s]+)/.exec(out);
      if (m) {
        out = '';
        res({ child, url: m[1]! });
      }
      // keep only the tail; the server logs stay quiet otherwise
      if (out.length > 100_000) out = out.slice(-10_000);
    });
    child.once('exit', (code) => rej(new Error(`server exited with ${code} before listening`)));
  });
}

const peakRssMb = (pid: number) => Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024;

function du(path: string): number {
  let total = 0;
  try {
    const s = statSync(path);
    if (!s.isDirectory()) return s.size;
    for (const e of readdirSync(path)) total += du(join(path, e));
  } catch {
    // gone
  }
  return total;
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'dc-sweep-'));
  const { child, url } = await startServer(dataDir);
  let crashed = false;
  child.once('exit', (code, signal) => (crashed = code !== 0 || signal !== null));
  const prober = fork(fileURLToPath(import.meta.url), ['probe', url], { execArgv: ['--import', 'tsx'] });
  const cookie = (await fetch(`${url}/api/me`)).headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const rows: string[][] = [];
  /** Each step's time window, to find the worst /healthz answer during it. */
  const windows: [from: number, to: number][] = [];

  const step = async (name: string, run: () => Promise<Response>, read: (res: Response) => Promise<string> = async (r) => `${(await r.arrayBuffer()).byteLength} B`) => {
    const t0 = performance.now();
    const from = Date.now();
    let line: string;
    try {
      const res = await run();
      const detail = await read(res);
      line = `${res.status} · ${detail}`;
    } catch (e) {
      line = `Fehler: ${e instanceof Error ? e.message : String(e)}`;
    }
    windows.push([from, Date.now()]);
    rows.push([name, line, `${((performance.now() - t0) / 1000).toFixed(1)} s`]);
    console.log(`${name}: ${line} (${rows.at(-1)![2]})`);
  };
  const upload = (path: string, body: Buffer | string, name: string) => () => {
    const form = new FormData();
    form.append('file', new Blob([typeof body === 'string' ? body : new Uint8Array(body)]), name);
    return fetch(`${url}${path}`, { method: 'POST', body: form, headers: { cookie } });
  };
  const errorText = async (r: Response) => {
    const text = await r.text();
    try {
      return (JSON.parse(text) as { error?: { message?: string } }).error?.message ?? `${Buffer.byteLength(text)} B`;
    } catch {
      return `${Buffer.byteLength(text)} B`;
    }
  };
  const get = (path: string) => () => fetch(`${url}${path}`, { headers: { cookie } });

  await step('Warm-up: kleiner Entwurf', upload('/api/reviews', '§ 1 Antrag\n(1) Der Antrag ist schriftlich zu stellen.', 'klein.txt'));
  await step('DOCX-Bombe, document.xml 300 MB', upload('/api/reviews', await docxBomb(300 * MB), 'bombe.docx'), errorText);
  await step('DOCX-Bombe, Header lügt (64 KB angegeben)', upload('/api/reviews', await docxBomb(300 * MB, 64 * 1024), 'luege.docx'), errorText);
  await step('DOCX, numbering.xml 40 MB', upload('/api/reviews', await docxHugeNumbering(40 * MB), 'nummern.docx'), errorText);
  await step('DOCX, document.xml 40 MB (unter den Grenzen)', upload('/api/reviews', await docxBomb(40 * MB), 'gross.docx'), errorText);
  await step('PDF-Bombe, Inhaltsstrom 1 GB', upload('/api/reviews', await pdfBomb(1024 * MB), 'bombe.pdf'), errorText);

  let reviewId = '';
  await step('Textentwurf 7,6 MB (gültig)', upload('/api/reviews', largeDraft(7_600_000), 'gross.txt'), async (r) => {
    const text = await r.text();
    if (!r.ok) return text.slice(0, 200);
    const body = JSON.parse(text) as { id: string; findingsTotal: number; notices?: string[] };
    reviewId = body.id;
    return `Antwort ${(Buffer.byteLength(text) / MB).toFixed(1)} MB, ${body.findingsTotal} Befunde gespeichert, Hinweis: ${(body.notices?.[0] ?? '').slice(0, 60)}…`;
  });
  if (reviewId) {
    await step('  GET der Prüfung', get(`/api/reviews/${reviewId}`), async (r) => `${((await r.arrayBuffer()).byteLength / MB).toFixed(1)} MB`);
    await step('  DOCX-Export', get(`/api/reviews/${reviewId}/export.docx`), async (r) => `${((await r.arrayBuffer()).byteLength / MB).toFixed(2)} MB`);
    await step('  Dokumentation (DOCX)', get(`/api/reviews/${reviewId}/documentation.docx`), async (r) => `${((await r.arrayBuffer()).byteLength / MB).toFixed(2)} MB`);
  }
  await step('3 parallele Entwürfe à 1 MB', async () => {
    const all = await Promise.all([1, 2, 3].map((i) => upload('/api/reviews', largeDraft(1_000_000), `parallel-${i}.txt`)()));
    return new Response(all.map((r) => r.status).join(', '), { status: Math.max(...all.map((r) => r.status)) });
  }, (r) => r.text());

  // the ZIP case: 472 MB of laws in a small archive is refused by the job quota; a realistic archive is screened
  const bodies = new Map<number, string>();
  const law = (i: number, bytes: number) => {
    if (!bodies.has(bytes)) bodies.set(bytes, largeDraft(bytes).replace(/^§ (\d+)/gm, '## § $1'));
    return `# Gesetz ${i}\n\n${bodies.get(bytes)!}`;
  };
  const huge = makeZip(Array.from({ length: 236 }, (_, i) => ({ name: `bomb/gesetz-${i}.md`, data: law(i, 2 * MB), deflate: true })));
  await step(`ZIP ${(huge.length / MB).toFixed(1)} MB → entpackt 472 MB`, upload('/api/batch', huge, 'gross.zip'), errorText);
  const uploadsAfterRefusal = du(join(dataDir, 'uploads'));
  const dbBefore = du(join(dataDir, 'app.db')) + du(join(dataDir, 'app.db-wal'));
  const zip = makeZip(Array.from({ length: 40 }, (_, i) => ({ name: `laws/gesetz-${i}.md`, data: law(i, 100_000), deflate: true })));
  let jobId = '';
  await step(`ZIP ${(zip.length / MB).toFixed(2)} MB, 40 Gesetze à 100 KB`, upload('/api/batch', zip, 'gesetze.zip'), async (r) => {
    jobId = ((await r.json()) as { jobId: string }).jobId;
    for (;;) {
      const job = (await (await get(`/api/batch/${jobId}`)()).json()) as { status: string; done: number; message?: string };
      if (['done', 'failed', 'cancelled'].includes(job.status)) return `${job.status}, ${job.done} Gesetze${job.message ? `, ${job.message}` : ''}`;
      await new Promise((res) => setTimeout(res, 250));
    }
  });
  const zipUploads = du(join(dataDir, 'uploads', jobId));
  const zipDb = du(join(dataDir, 'app.db')) + du(join(dataDir, 'app.db-wal')) - dbBefore;
  await step('  Auftrag löschen', () => fetch(`${url}/api/batch/${jobId}`, { method: 'DELETE', headers: { cookie } }), async () => `uploads danach ${du(join(dataDir, 'uploads'))} B`);

  const health = await (await fetch(`${url}/healthz`)).json().catch(() => null);
  const rss = peakRssMb(child.pid!);
  prober.send('stop');
  const samples = await new Promise<Sample[]>((res) => prober.once('message', (m) => res(m as Sample[])));
  const latencies = samples.map(([, ms]) => ms);
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  rmSync(dataDir, { recursive: true, force: true });

  const sorted = latencies.filter(Number.isFinite).sort((a, b) => a - b);
  const failures = latencies.length - sorted.length;
  const p99 = quantile(sorted, 0.99);
  console.log('\n## bench:sweep\n');
  console.log('| Schritt | Ergebnis | Zeit | /healthz max |\n| --- | --- | --- | --- |');
  rows.forEach((r, i) => {
    const [from, to] = windows[i]!;
    const worst = Math.max(0, ...samples.filter(([at]) => at >= from && at <= to).map(([, ms]) => ms));
    console.log(`| ${r.join(' | ')} | ${worst.toFixed(0)} ms |`);
  });
  console.log(`\n- Server am Ende: ${crashed ? 'ABGESTÜRZT' : health ? 'lebt, /healthz ok' : 'antwortet nicht'}`);
  console.log(`- /healthz: ${latencies.length} Proben, ${failures} ohne Antwort, p50 ${quantile(sorted, 0.5).toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, max ${sorted.at(-1)?.toFixed(1)} ms (Ziel p99 ≤ ${TARGET_P99_MS} ms)`);
  console.log(`- Spitzen-RSS des Servers (VmHWM, mit Worker-Threads): ${rss.toFixed(0)} MB (Ziel < ${TARGET_RSS_MB} MB)`);
  console.log(`- ZIP-Fall: abgelehnte 472-MB-Bombe hinterließ ${uploadsAfterRefusal} B; 40 Gesetze belegten ${(zipUploads / MB).toFixed(1)} MB in uploads/ und ${(zipDb / MB).toFixed(1)} MB Zuwachs in app.db(+WAL)`);
  const ok = !crashed && failures === 0 && p99 <= TARGET_P99_MS && rss < TARGET_RSS_MB;
  console.log(`- Ziele ${ok ? 'erreicht' : 'VERFEHLT'}`);
  process.exitCode = ok ? 0 : 1;
}

if (process.argv[2] === 'probe') void probe(process.argv[3]!);
else
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
