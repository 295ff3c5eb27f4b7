import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Socket } from 'socket.io-client';
import { connect } from '../test/http/client';
import type { ClientToServerEvents, ServerToClientEvents } from '../server/contracts/socket';
import { startOfflineServer } from './lib/offline-server';
import { startRoundRobinProxy } from './lib/round-robin-proxy';

/**
 * bench:chat — the real server (createApp, offline mode, shipped corpus) on an ephemeral port; CLIENTS
 * socket.io clients ask QUESTIONS_PER_CLIENT questions each, one after the other, all clients at once.
 * Reports p50/p95/p99 time from chat:message to chat:done, lost answers (error ack or none within 30 s) and peak
 * RSS, and a baseline measured in the same run: the same number of GET /healthz round trips with the same
 * concurrency. The clients run in a child process, so peak RSS is the server's.
 *
 * `--instances N` (N ≥ 2): N web instances in processes of their own, sharing DATA_DIR (sessions) and Redis
 * (socket.io adapter; REDIS_URL, default the machine's), behind a round-robin TCP proxy the benchmark starts itself.
 * The same load runs first against one instance behind the same proxy (the baseline), then against all N.
 */

const INSTANCES = instancesArg(process.argv.slice(2));
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? (INSTANCES > 1 ? 500 : 100));
const QUESTIONS_PER_CLIENT = Number(process.env.BENCH_QUESTIONS ?? 10);
const TARGET_P95_MS = 500;
const ANSWER_TIMEOUT_MS = 30_000;

function instancesArg(args: string[]): number {
  const i = args.indexOf('--instances');
  if (i < 0) return 1;
  const n = Number(args[i + 1]);
  if (!Number.isInteger(n) || n < 1 || n > 8) {
    process.stderr.write('Aufruf: npm run bench:chat -- [--instances N]  (N von 1 bis 8)\n');
    process.exit(2);
  }
  return n;
}

const QUESTIONS = [
  'Wie kann die Schriftform elektronisch ersetzt werden?',
  'Was regelt § 3a VwVfG?',
  'Muss ein Nachweis im Original vorgelegt werden?',
  'Welche Rechtsgrundlage erlaubt elektronische Akten in Niedersachsen?',
  'Ist diese Formulierung digitaltauglich: „Der Antrag ist schriftlich bei der zuständigen Behörde zu stellen.“',
  'Was ist ein Nutzerkonto?',
  'Die Behörde kann das persönliche Erscheinen des Antragstellers anordnen.',
  'Wie werden öffentliche Bekanntmachungen digital?',
  '§ 4 Anzeige\n(1) Die Anzeige ist auf dem amtlichen Vordruck in doppelter Ausfertigung per Post einzureichen.\n(2) Der Anzeige ist eine beglaubigte Abschrift des Gesellschaftsvertrags beizufügen.',
  'Und bei Unterschriften?',
];

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

interface ClientResults {
  latencies: number[];
  baseline: number[];
  errors: number;
  tokens: number;
  wall: number;
}

/** Child process: the load generator, so that the server's event loop and RSS are measured on their own. */
async function runClients(url: string): Promise<ClientResults> {
  // baseline: the same number of HTTP round trips with the same concurrency
  const baseline: number[] = [];
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      for (let i = 0; i < QUESTIONS_PER_CLIENT; i++) {
        const t0 = performance.now();
        const res = await fetch(`${url}/healthz`);
        await res.json();
        baseline.push(performance.now() - t0);
      }
    }),
  );

  const sockets: Socket<ServerToClientEvents, ClientToServerEvents>[] = await Promise.all(
    // each client with its own session, as a browser has one before it opens the socket
    Array.from({ length: CLIENTS }, () => connect(url)),
  );

  const latencies: number[] = [];
  let errors = 0;
  let tokens = 0;
  const t0all = performance.now();
  await Promise.all(
    sockets.map(async (s, ci) => {
      let conversationId: string | undefined;
      for (let i = 0; i < QUESTIONS_PER_CLIENT; i++) {
        const text = QUESTIONS[(ci + i) % QUESTIONS.length]!;
        const t0 = performance.now();
        const ok = await new Promise<boolean>((resolve) => {
          const onToken = () => tokens++;
          let answered = false;
          const finish = (result: boolean) => {
            s.off('chat:token', onToken);
            s.off('chat:done', onDone);
            clearTimeout(timer);
            resolve(result);
          };
          // the answer is chat:done; the request's ack says whether it failed (then there is no chat:done)
          const onDone = (d: { conversationId: string }) => {
            answered = true;
            conversationId = d.conversationId;
            finish(true);
          };
          const timer = setTimeout(() => finish(false), ANSWER_TIMEOUT_MS);
          s.on('chat:token', onToken);
          s.on('chat:done', onDone);
          const requestId = `bench-${ci}-${i}`;
          s.emit('chat:message', { ...(conversationId ? { conversationId } : {}), text, requestId }, (ack) => {
            if (!ack.ok && !answered) finish(false);
          });
        });
        if (ok) latencies.push(performance.now() - t0);
        else errors++;
      }
    }),
  );
  const wall = (performance.now() - t0all) / 1000;
  sockets.forEach((s) => s.close());
  return { latencies, baseline, errors, tokens, wall };
}

/** Runs the clients in a child process against `url`. */
function clientsAgainst(url: string): Promise<ClientResults> {
  // the child has no --instances argument: it gets the figures it must use, not its own defaults
  const child = fork(fileURLToPath(import.meta.url), [], {
    env: { ...process.env, BENCH_URL: url, BENCH_CLIENTS: String(CLIENTS), BENCH_QUESTIONS: String(QUESTIONS_PER_CLIENT) },
  });
  return new Promise<ClientResults>((res, rej) => {
    child.once('message', (m) => res(m as ClientResults));
    child.once('exit', (code) => rej(new Error(`client process exited with ${code}`)));
  });
}

interface Figures {
  p50: number;
  p95: number;
  p99: number;
  max: number;
  ok: number;
  lost: number;
  perSecond: number;
  b50: number;
  b95: number;
}

function figures(r: ClientResults): Figures {
  const latencies = r.latencies.sort((a, b) => a - b);
  const baseline = r.baseline.sort((a, b) => a - b);
  return {
    p50: quantile(latencies, 0.5),
    p95: quantile(latencies, 0.95),
    p99: quantile(latencies, 0.99),
    max: latencies.at(-1) ?? NaN,
    ok: latencies.length,
    lost: r.errors,
    perSecond: latencies.length / r.wall,
    b50: quantile(baseline, 0.5),
    b95: quantile(baseline, 0.95),
  };
}

const answerLine = (label: string, f: Figures) =>
  `${label.padEnd(14)}p50 ${fmt(f.p50)}   p95 ${fmt(f.p95)}   p99 ${fmt(f.p99)}   max ${fmt(f.max)}   ${f.ok} answers, ${f.lost} lost, ${f.perSecond.toFixed(0)} answers/s`;
const machineLine = () =>
  `machine       ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' / ')} (1/5/15 min; other processes compete for the CPU)`;

async function runServer(): Promise<void> {
  const { url, index, close } = await startOfflineServer('dc-bench-chat-');

  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 25);
  const r = await clientsAgainst(url);
  clearInterval(sampler);
  await close();

  const f = figures(r);
  const lines = [
    `bench:chat — ${CLIENTS} socket.io clients × ${QUESTIONS_PER_CLIENT} questions, offline mode, corpus ${index.stats().laws} documents / ${index.stats().provisions} provisions`,
    `answers       ${f.ok} ok, ${f.lost} lost, ${r.tokens} chat:token events, ${f.perSecond.toFixed(0)} answers/s over ${r.wall.toFixed(1)} s`,
    `chat:done     p50 ${fmt(f.p50)}   p95 ${fmt(f.p95)}   p99 ${fmt(f.p99)}   max ${fmt(f.max)}`,
    `baseline      GET /healthz, same concurrency: p50 ${fmt(f.b50)}   p95 ${fmt(f.b95)}`,
    `ratio         chat/baseline p50 ${(f.p50 / f.b50).toFixed(1)}×   p95 ${(f.p95 / f.b95).toFixed(1)}×`,
    `peak RSS      ${(peakRss / 1048576).toFixed(0)} MB (server process; clients run in a child process)`,
    machineLine(),
    `target        p95 < ${TARGET_P95_MS} ms and no lost answers: ${f.p95 < TARGET_P95_MS && f.lost === 0 ? 'MET' : 'NOT MET'}`,
  ];
  process.stdout.write(lines.join('\n') + '\n');
  process.exitCode = f.lost === 0 ? 0 : 1;
}

/** One web instance in a child process (bench/lib/instance.ts); resolves with its URL and a stop function. */
function startInstance(env: Record<string, string>): Promise<{ url: string; stop(): Promise<void> }> {
  const child = fork(fileURLToPath(new URL('./lib/instance.ts', import.meta.url)), [], { env: { ...process.env, ...env } });
  return new Promise((res, rej) => {
    child.once('exit', (code) => rej(new Error(`instance exited with ${code}`)));
    child.once('message', (m) => {
      child.removeAllListeners('exit');
      res({
        url: (m as { url: string }).url,
        stop: () =>
          new Promise<void>((done) => {
            child.once('exit', () => done());
            child.send('stop');
          }),
      });
    });
  });
}

async function runInstances(n: number): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'dc-bench-instances-'));
  const env = {
    BENCH_DATA_DIR: dataDir,
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    REDIS_PREFIX: `dc-bench-${randomUUID()}`,
  };
  const instances = await Promise.all(Array.from({ length: n }, () => startInstance(env)));
  const loadBefore = machineLine();
  try {
    // the baseline: one instance behind the same proxy, so that both runs pay for the same hop
    const single = await startRoundRobinProxy([instances[0]!.url]);
    const one = figures(await clientsAgainst(single.url));
    await single.close();
    const proxy = await startRoundRobinProxy(instances.map((i) => i.url));
    const all = figures(await clientsAgainst(proxy.url));
    await proxy.close();
    const lines = [
      `bench:chat --instances ${n} — ${CLIENTS} socket.io clients (websocket) × ${QUESTIONS_PER_CLIENT} questions, offline mode, behind a round-robin TCP proxy;`,
      `              instances share DATA_DIR (SQLite sessions) and Redis (socket.io adapter, ${env.REDIS_URL})`,
      answerLine('1 instance', one),
      answerLine(`${n} instances`, all),
      `baseline      GET /healthz through the proxy, same concurrency: 1 instance p50 ${fmt(one.b50)} p95 ${fmt(one.b95)}; ${n} instances p50 ${fmt(all.b50)} p95 ${fmt(all.b95)}`,
      `ratio         ${n} instances / 1 instance: p95 ${(all.p95 / one.p95).toFixed(2)}×   answers/s ${(all.perSecond / one.perSecond).toFixed(2)}×`,
      `before        ${loadBefore.replace(/^machine\s+/, '')}`,
      machineLine(),
      `target        ${n} instances: p95 < ${TARGET_P95_MS} ms and no lost answers: ${all.p95 < TARGET_P95_MS && all.lost === 0 ? 'MET' : 'NOT MET'}`,
    ];
    process.stdout.write(lines.join('\n') + '\n');
    process.exitCode = all.lost === 0 && one.lost === 0 ? 0 : 1;
  } finally {
    await Promise.all(instances.map((i) => i.stop()));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const main = process.env.BENCH_URL
  ? async () => {
      const r = await runClients(process.env.BENCH_URL!);
      await new Promise<void>((res) => process.send!(r, () => res()));
      process.exit(0);
    }
  : INSTANCES > 1
    ? () => runInstances(INSTANCES)
    : runServer;

main().catch((e: unknown) => {
  process.stderr.write(`bench:chat failed: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
