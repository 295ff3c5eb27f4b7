import { fork } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Socket } from 'socket.io-client';
import { connect } from '../test/http/harness';
import type { ClientToServerEvents, ServerToClientEvents } from '../server/contracts/socket';
import { startOfflineServer } from './lib/offline-server';

/**
 * bench:chat — the real server (createApp, offline mode, shipped corpus) on an ephemeral port; CLIENTS
 * socket.io clients ask QUESTIONS_PER_CLIENT questions each, one after the other, all clients at once.
 * Reports p50/p95 time from chat:message to chat:done, errors and peak RSS, and a baseline measured in the
 * same run: the same number of GET /healthz round trips with the same concurrency. The clients run in a
 * child process, so peak RSS is the server's.
 */

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 100);
const QUESTIONS_PER_CLIENT = Number(process.env.BENCH_QUESTIONS ?? 10);
const TARGET_P95_MS = 500;

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
          const finish = (result: boolean) => {
            s.off('chat:token', onToken);
            s.off('chat:done', onDone);
            s.off('chat:error', onError);
            clearTimeout(timer);
            resolve(result);
          };
          const onDone = (d: { conversationId: string }) => {
            conversationId = d.conversationId;
            finish(true);
          };
          const onError = () => finish(false);
          const timer = setTimeout(() => finish(false), 30_000);
          s.on('chat:token', onToken);
          s.on('chat:done', onDone);
          s.on('chat:error', onError);
          s.emit('chat:message', { ...(conversationId ? { conversationId } : {}), text });
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

async function runServer(): Promise<void> {
  const { url, index, close } = await startOfflineServer('dc-bench-chat-');

  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 25);
  const child = fork(fileURLToPath(import.meta.url), [], { env: { ...process.env, BENCH_URL: url } });
  const r = await new Promise<ClientResults>((res, rej) => {
    child.once('message', (m) => res(m as ClientResults));
    child.once('exit', (code) => rej(new Error(`client process exited with ${code}`)));
  });
  clearInterval(sampler);
  await close();

  const latencies = r.latencies.sort((a, b) => a - b);
  const baseline = r.baseline.sort((a, b) => a - b);
  const p50 = quantile(latencies, 0.5);
  const p95 = quantile(latencies, 0.95);
  const b50 = quantile(baseline, 0.5);
  const b95 = quantile(baseline, 0.95);
  const lines = [
    `bench:chat — ${CLIENTS} socket.io clients × ${QUESTIONS_PER_CLIENT} questions, offline mode, corpus ${index.stats().laws} documents / ${index.stats().provisions} provisions`,
    `answers       ${latencies.length} ok, ${r.errors} errors, ${r.tokens} chat:token events, ${(latencies.length / r.wall).toFixed(0)} answers/s over ${r.wall.toFixed(1)} s`,
    `chat:done     p50 ${fmt(p50)}   p95 ${fmt(p95)}   max ${fmt(latencies.at(-1) ?? NaN)}`,
    `baseline      GET /healthz, same concurrency: p50 ${fmt(b50)}   p95 ${fmt(b95)}`,
    `ratio         chat/baseline p50 ${(p50 / b50).toFixed(1)}×   p95 ${(p95 / b95).toFixed(1)}×`,
    `peak RSS      ${(peakRss / 1048576).toFixed(0)} MB (server process; clients run in a child process)`,
    `machine       ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' / ')} (1/5/15 min; other processes compete for the CPU)`,
    `target        p95 < ${TARGET_P95_MS} ms and zero errors: ${p95 < TARGET_P95_MS && r.errors === 0 ? 'MET' : 'NOT MET'}`,
  ];
  process.stdout.write(lines.join('\n') + '\n');
  process.exitCode = r.errors === 0 ? 0 : 1;
}

const main = process.env.BENCH_URL
  ? async () => {
      const r = await runClients(process.env.BENCH_URL!);
      await new Promise<void>((res) => process.send!(r, () => res()));
      process.exit(0);
    }
  : runServer;

main().catch((e: unknown) => {
  process.stderr.write(`bench:chat failed: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
