import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { ClientResults, ClientSettings } from './lib/chat-clients';
import { startOfflineServer } from './lib/offline-server';
import { startRoundRobinProxy } from './lib/round-robin-proxy';

/**
 * bench:chat — the real server (createApp, offline mode, shipped corpus) on an ephemeral port; socket.io clients
 * (in a child process) ask questions one after the other in conversations of their own. Reports per arrival model
 * p50/p95/p99 from chat:message to the answer (the ack that carries an offline answer, or chat:done), lost answers
 * (error ack or none within 30 s), the server's (the instances') CPU time per answer (process.cpuUsage over the
 * answering phase: robust against other load on the machine, unlike the latencies), server messages and chat:token
 * events per answer and peak RSS, with a baseline of GET /healthz round trips measured just before in the same run,
 * with the same clients and arrival model: the ratio p95 chat / p95 healthz says what the chat adds to what the
 * loaded machine needs for any round trip.
 *
 * The default is the scenario of issue 10: 100 clients on one instance, target p95 < 500 ms.
 *
 * Arrival models (the issues say "100 clients" / "500 clients", not how often they ask):
 * - think: each client pauses before each question (mean --think-ms, uniform between half and 1.5 times it), as a
 *   user reads an answer before asking again; the default 3 s is far less than reading an answer takes.
 * - burst: each client asks again the moment its answer is done — the server's saturation, where latency is
 *   the queue of all clients' questions.
 *
 * `--instances N` (N ≥ 2): N web instances in processes of their own, sharing DATA_DIR (sessions) and Redis
 * (socket.io adapter; REDIS_URL, default the machine's), behind a round-robin TCP proxy the benchmark starts itself.
 * The same load runs first against one instance behind the same proxy (the baseline), then against all N.
 */

const USAGE =
  'Aufruf: npm run bench:chat -- [--clients N] [--instances N (1 bis 8)] [--questions N] [--arrival think|burst|both] [--think-ms MS]\n';
const TARGET_P95_MS = 500;

type Arrival = 'think' | 'burst';

function options(args: string[]) {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        clients: { type: 'string' },
        instances: { type: 'string', default: '1' },
        questions: { type: 'string', default: '10' },
        arrival: { type: 'string', default: 'both' },
        'think-ms': { type: 'string', default: '3000' },
      },
    }));
  } catch {
    return undefined;
  }
  const instances = Number(values.instances);
  const clients = Number(values.clients ?? (instances > 1 ? 500 : 100));
  const questions = Number(values.questions);
  const thinkMs = Number(values['think-ms']);
  const arrivals: readonly Arrival[] | undefined = ({ both: ['think', 'burst'], think: ['think'], burst: ['burst'] } as const)[values.arrival as 'both'];
  const valid =
    Number.isInteger(instances) && instances >= 1 && instances <= 8 && Number.isInteger(clients) && clients >= 1 &&
    Number.isInteger(questions) && questions >= 1 && Number.isFinite(thinkMs) && thinkMs > 0 && arrivals !== undefined;
  return valid ? { instances, clients, questions, thinkMs, arrivals: [...arrivals!] } : undefined;
}

function usage(): never {
  process.stderr.write(USAGE);
  process.exit(2);
}

const opts = options(process.argv.slice(2)) ?? usage();

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
/** CPU time (user + system) of this process so far, in ms. */
const ownCpuMs = async () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

interface Figures {
  p50: number;
  p95: number;
  p99: number;
  max: number;
  ok: number;
  lost: number;
  perSecond: number;
  tokensPerAnswer: number;
  /** Server→client messages per answer: ack, chat:token and chat:done. */
  messagesPerAnswer: number;
  cpuPerAnswer: number;
  /** CPU per answer of the client process and of the proxy (this process; 0 without one). */
  clientCpuPerAnswer: number;
  proxyCpuPerAnswer: number;
  /** CPU of server, clients and proxy together per second of the run: how many of the machine's cores they kept busy. */
  coresBusy: number;
  b50: number;
  b95: number;
}

function figures(r: ClientResults, cpuMs: number, proxyCpuMs: number): Figures {
  const latencies = r.latencies.sort((a, b) => a - b);
  const answers = Math.max(1, latencies.length);
  const baseline = r.baseline.sort((a, b) => a - b);
  return {
    p50: quantile(latencies, 0.5),
    p95: quantile(latencies, 0.95),
    p99: quantile(latencies, 0.99),
    max: latencies.at(-1) ?? NaN,
    ok: latencies.length,
    lost: r.errors,
    perSecond: latencies.length / r.wall,
    tokensPerAnswer: r.tokens / answers,
    messagesPerAnswer: r.messages / answers,
    cpuPerAnswer: cpuMs / answers,
    clientCpuPerAnswer: r.cpuMs / answers,
    proxyCpuPerAnswer: proxyCpuMs / answers,
    coresBusy: (cpuMs + r.cpuMs + proxyCpuMs) / 1000 / r.wall,
    b50: quantile(baseline, 0.5),
    b95: quantile(baseline, 0.95),
  };
}

/**
 * Runs the clients (bench/lib/chat-clients.ts) in a child process against `url` with one arrival model; `serverCpuMs`
 * reads the CPU time of the server process(es), taken when the questions start and when the last answer is in, and
 * `proxyCpuMs` that of the proxy the same way (when there is one).
 */
function measure(url: string, arrival: Arrival, serverCpuMs: () => Promise<number>, clients = opts.clients, proxyCpuMs?: () => Promise<number>): Promise<Figures> {
  const settings: ClientSettings = {
    url,
    clients,
    questions: opts.questions,
    thinkMs: arrival === 'think' ? opts.thinkMs : 0,
    // what the machine can do at the moment, for the ratio
    baseline: true,
  };
  const child = fork(fileURLToPath(new URL('./lib/chat-clients.ts', import.meta.url)), [], {
    env: { ...process.env, BENCH_CLIENT_SETTINGS: JSON.stringify(settings) },
  });
  return new Promise<Figures>((res, rej) => {
    const proxyCpu = proxyCpuMs ?? (async () => 0);
    let cpuAtStart: Promise<number[]> | undefined;
    const cpuNow = () => Promise.all([serverCpuMs(), proxyCpu()]);
    child.on('message', (m: { phase?: 'chat'; results?: ClientResults }) => {
      if (m.phase === 'chat') cpuAtStart = cpuNow();
      if (m.results) {
        const results = m.results;
        child.removeAllListeners('exit');
        void Promise.all([cpuAtStart ?? cpuNow(), cpuNow()]).then(([[s0, p0], [s1, p1]]) => res(figures(results, s1! - s0!, p1! - p0!)), rej);
      }
    });
    child.once('exit', (code) => rej(new Error(`client process exited with ${code}`)));
  });
}

/** Clients of the unmeasured first run that compiles the hot paths (JIT), so that no measured run pays for it. */
const WARM_UP_CLIENTS = 20;
const warmUp = (url: string) => measure(url, 'burst', ownCpuMs, WARM_UP_CLIENTS);

const arrivalLabel = (a: Arrival) => (a === 'think' ? `think ${(opts.thinkMs / 1000).toFixed(1)} s` : 'burst');
/** `server` names whose CPU is counted: the server in the bench process, or the instances (summed). */
const answerLine = (label: string, f: Figures, server = 'server') =>
  `${label.padEnd(22)}p50 ${fmt(f.p50)}   p95 ${fmt(f.p95)}   p99 ${fmt(f.p99)}   max ${fmt(f.max)}   ${f.ok} answers, ${f.lost} lost, ${f.perSecond.toFixed(0)}/s\n` +
  `${''.padEnd(22)}${server} CPU ${f.cpuPerAnswer.toFixed(2)} ms/answer; ${f.messagesPerAnswer.toFixed(1)} messages/answer (${f.tokensPerAnswer.toFixed(1)} chat:token)\n` +
  `${''.padEnd(22)}baseline GET /healthz, same clients and arrival: p50 ${fmt(f.b50)}   p95 ${fmt(f.b95)}; chat p95 / healthz p95 = ${(f.p95 / f.b95).toFixed(1)}\n` +
  `${''.padEnd(22)}bench's own CPU per answer: clients ${f.clientCpuPerAnswer.toFixed(2)} ms${f.proxyCpuPerAnswer ? `, proxy ${f.proxyCpuPerAnswer.toFixed(2)} ms` : ''}; ${server} + bench kept ${f.coresBusy.toFixed(2)} of ${cpus().length} cores busy`;
const targetLine = (label: string, f: Figures) =>
  `target (${opts.clients} clients, ${label}): p95 < ${TARGET_P95_MS} ms and no lost answers: ${f.p95 < TARGET_P95_MS && f.lost === 0 ? 'MET' : 'NOT MET'}`;
const machineLine = () =>
  `machine               ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' / ')} (1/5/15 min; other processes compete for the CPU)`;
const arrivalLines = () => [
  `arrival               think: each client pauses ${opts.thinkMs} ms on average (0.5–1.5×) before each question, also the first;`,
  `                      burst: each client asks again the moment its answer is done (saturation: latency ≈ the queue of all clients)`,
];

async function runServer(): Promise<void> {
  const { url, index, close } = await startOfflineServer('dc-bench-chat-');
  const loadBefore = machineLine();
  let peakRss = process.memoryUsage.rss();
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 25);
  const runs: [Arrival, Figures][] = [];
  try {
    await warmUp(url);
    for (const arrival of opts.arrivals) runs.push([arrival, await measure(url, arrival, ownCpuMs)]);
  } finally {
    clearInterval(sampler);
    await close();
  }
  const lines = [
    `bench:chat — ${opts.clients} socket.io clients × ${opts.questions} questions, one instance (in this process), offline mode, corpus ${index.stats().laws} documents / ${index.stats().provisions} provisions`,
    ...arrivalLines(),
    ...runs.map(([a, f]) => answerLine(arrivalLabel(a), f)),
    `peak RSS              ${(peakRss / 1048576).toFixed(0)} MB (server process; clients run in a child process)`,
    `before                ${loadBefore.replace(/^machine\s+/, '')}`,
    machineLine(),
    ...runs.map(([a, f]) => targetLine(arrivalLabel(a), f)),
  ];
  process.stdout.write(lines.join('\n') + '\n');
  process.exitCode = runs.every(([, f]) => f.lost === 0) ? 0 : 1;
}

interface Instance {
  url: string;
  cpuMs(): Promise<number>;
  stop(): Promise<void>;
}

/** One web instance in a child process (bench/lib/instance.ts). */
function startInstance(env: Record<string, string>): Promise<Instance> {
  const child = fork(fileURLToPath(new URL('./lib/instance.ts', import.meta.url)), [], { env: { ...process.env, ...env } });
  return new Promise((res, rej) => {
    child.once('exit', (code) => rej(new Error(`instance exited with ${code}`)));
    child.once('message', (m) => {
      child.removeAllListeners('exit');
      res({
        url: (m as { url: string }).url,
        cpuMs: () =>
          new Promise<number>((done) => {
            const onMessage = (r: { cpuMs?: number }) => {
              if (r.cpuMs === undefined) return;
              child.off('message', onMessage);
              done(r.cpuMs);
            };
            child.on('message', onMessage);
            child.send('cpu');
          }),
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
  const allCpuMs = async () => (await Promise.all(instances.map((i) => i.cpuMs()))).reduce((a, b) => a + b, 0);
  const loadBefore = machineLine();
  try {
    const lines = [
      `bench:chat --instances ${n} — ${opts.clients} socket.io clients (websocket) × ${opts.questions} questions, offline mode, behind a round-robin TCP proxy;`,
      `                      instances share DATA_DIR (SQLite sessions) and Redis (socket.io adapter, ${env.REDIS_URL}); CPU is summed over the instances`,
      ...arrivalLines(),
    ];
    const targets: string[] = [];
    let lost = 0;
    const warm = await startRoundRobinProxy(instances.map((i) => i.url));
    await warmUp(warm.url);
    await warm.close();
    for (const arrival of opts.arrivals) {
      // the baseline: one instance behind the same proxy, so that both runs pay for the same hop
      const single = await startRoundRobinProxy([instances[0]!.url]);
      // the proxy runs in this process, which does nothing else while the clients ask
      const one = await measure(single.url, arrival, allCpuMs, opts.clients, ownCpuMs);
      await single.close();
      const proxy = await startRoundRobinProxy(instances.map((i) => i.url));
      const all = await measure(proxy.url, arrival, allCpuMs, opts.clients, ownCpuMs);
      await proxy.close();
      lost += one.lost + all.lost;
      // the baseline GET /healthz goes through the same proxy
      lines.push(answerLine(`${arrivalLabel(arrival)}, 1 inst.`, one, "instance's"), answerLine(`${arrivalLabel(arrival)}, ${n} inst.`, all, "instances'"));
      targets.push(targetLine(`${arrivalLabel(arrival)}, ${n} inst.`, all));
    }
    lines.push(`before                ${loadBefore.replace(/^machine\s+/, '')}`, machineLine(), ...targets);
    process.stdout.write(lines.join('\n') + '\n');
    process.exitCode = lost === 0 ? 0 : 1;
  } finally {
    await Promise.all(instances.map((i) => i.stop()));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

(opts.instances > 1 ? () => runInstances(opts.instances) : runServer)().catch((e: unknown) => {
  process.stderr.write(`bench:chat failed: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
