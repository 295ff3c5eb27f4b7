import type { Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../server/contracts/socket';
import { connect } from '../../test/http/client';
import { seededRandom } from './random';

/**
 * The load generator of bench:chat, in a process of its own (forked by bench/bench-chat.ts), so that the server's
 * CPU time and RSS are measured on their own. Settings come from the environment (see ClientSettings); it tells the
 * parent when the answers start ({ phase: 'chat' }) and sends its results at the end.
 */
export interface ClientSettings {
  url: string;
  clients: number;
  questions: number;
  /**
   * Mean pause before each question (uniform between half and one and a half times it), also before the first, so
   * that clients start spread out as users do; 0 asks again the moment an answer is done (saturation).
   */
  thinkMs: number;
  /**
   * Also measure GET /healthz round trips first, as many and in the same arrival model (the same pauses) as the
   * questions: the machine's baseline, against which the chat's latencies are read when other load competes.
   */
  baseline: boolean;
}

export interface ClientResults {
  latencies: number[];
  baseline: number[];
  errors: number;
  tokens: number;
  /** Messages from the server per request: chat:token, chat:done and the ack (which carries an answer complete at once). */
  messages: number;
  /** Seconds from the first question to the last answer. */
  wall: number;
  /** CPU time of the client process over the same span, in ms (the load generator's share of the machine). */
  cpuMs: number;
}

/** A mix of the turns the chat answers: questions, pasted provisions, a follow-up. */
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

const ANSWER_TIMEOUT_MS = 30_000;
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

type ChatSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

interface Counts {
  tokens: number;
  messages: number;
}

/**
 * Asks one question as the browser does; resolves with the conversation id once the answer is in: with the ack (an
 * answer complete at once) or by chat:done after the ack (a streamed one). A failed ack or 30 s without an answer is
 * a lost answer (undefined).
 */
function ask(s: ChatSocket, text: string, requestId: string, conversationId: string | undefined, counts: Counts): Promise<string | undefined> {
  return new Promise((resolve) => {
    let answered = false;
    let acked = false;
    const finish = (result: string | undefined) => {
      s.off('chat:token', onToken);
      s.off('chat:done', onDone);
      clearTimeout(timer);
      resolve(result);
    };
    const onToken = () => {
      counts.tokens++;
      counts.messages++;
    };
    const onDone = (d: { conversationId: string }) => {
      counts.messages++;
      answered = true;
      // the ack of a streamed answer comes right after its chat:done: waited for, so that its cost is counted
      if (acked) finish(d.conversationId);
    };
    const timer = setTimeout(() => finish(undefined), ANSWER_TIMEOUT_MS);
    s.on('chat:token', onToken);
    s.on('chat:done', onDone);
    s.emit('chat:message', { ...(conversationId ? { conversationId } : {}), text, requestId }, (ack) => {
      counts.messages++;
      acked = true;
      if (!ack.ok) finish(undefined);
      else if (ack.answer || answered) finish(ack.conversationId);
    });
  });
}

async function runClients(o: ClientSettings, onChatStart: () => void): Promise<ClientResults> {
  const baseline: number[] = [];
  if (o.baseline) {
    await Promise.all(
      Array.from({ length: o.clients }, async (_, ci) => {
        const random = seededRandom(ci + 1);
        for (let i = 0; i < o.questions; i++) {
          if (o.thinkMs > 0) await sleep(o.thinkMs * (0.5 + random()));
          const t0 = performance.now();
          // on a loaded machine a pooled connection can reach the server's keep-alive timeout (5 s) between two
          // requests, and the server closes it as the request goes out: asked again on a new one, timed from the first
          const res = await fetch(`${o.url}/healthz`).catch(() => fetch(`${o.url}/healthz`));
          await res.json();
          baseline.push(performance.now() - t0);
        }
      }),
    );
  }
  // each client with its own session, as a browser has one before it opens the socket
  const sockets: ChatSocket[] = await Promise.all(Array.from({ length: o.clients }, () => connect(o.url)));

  const latencies: number[] = [];
  let errors = 0;
  const counts: Counts = { tokens: 0, messages: 0 };
  onChatStart();
  const t0all = performance.now();
  const cpu0 = process.cpuUsage();
  await Promise.all(
    sockets.map(async (s, ci) => {
      const random = seededRandom(ci + 1);
      let conversationId: string | undefined;
      for (let i = 0; i < o.questions; i++) {
        if (o.thinkMs > 0) await sleep(o.thinkMs * (0.5 + random()));
        const t0 = performance.now();
        const id = await ask(s, QUESTIONS[(ci + i) % QUESTIONS.length]!, `bench-${ci}-${i}`, conversationId, counts);
        if (id === undefined) errors++;
        else {
          latencies.push(performance.now() - t0);
          conversationId = id;
        }
      }
    }),
  );
  const wall = (performance.now() - t0all) / 1000;
  const cpu = process.cpuUsage(cpu0);
  sockets.forEach((s) => s.close());
  return { latencies, baseline, errors, ...counts, wall, cpuMs: (cpu.user + cpu.system) / 1000 };
}

// forked by bench-chat.ts: run with the settings it passed and report back
if (process.send && process.env.BENCH_CLIENT_SETTINGS) {
  const settings = JSON.parse(process.env.BENCH_CLIENT_SETTINGS) as ClientSettings;
  const results = await runClients(settings, () => process.send!({ phase: 'chat' }));
  await new Promise<void>((res) => process.send!({ results }, () => res()));
  process.exit(0);
}
