import { join, resolve } from 'node:path';
import type { Socket } from 'socket.io-client';
import { connect } from '../test/http/client';
import type { ClientToServerEvents, ServerToClientEvents } from '../server/contracts/socket';
import { loadChatCases } from './lib/chat-cases';
import { judgeCase, leadOf, type ChatAnswer } from './lib/chat-judge';
import { startOfflineServer } from './lib/offline-server';

/**
 * eval:chat — runs chat cases (test/fixtures/README-chat-cases.md) against the offline chat of the real server
 * (createApp, shipped corpus, no model) over socket.io and scores the answer to each case's last turn.
 *   npm run eval:chat                   development set test/fixtures/chat-cases-dev.jsonl (figures are DEV)
 *   npm run eval:chat -- path.jsonl     any case file (blind sets 1 to 14, test/fixtures/chat-cases-blind.jsonl,
 *                                       chat-cases-blind2.jsonl to chat-cases-blind14.jsonl, are dev data now, "jetzt dev")
 *   npm run eval:chat -- --blind        says that no blind chat set is left (blind set 14 had its one run) and stops
 * Add --verbose to print the lead of every answer.
 */

const args = process.argv.slice(2);
if (args.includes('--blind')) {
  console.log('Kein blinder Chat-Satz übrig: die blinden Sätze 1 bis 14 sind verbraucht und laufen als normale Datei (jetzt dev).');
  process.exit(0);
}
const verbose = args.includes('--verbose');
const file = resolve(args.find((a) => !a.startsWith('--')) ?? join(import.meta.dirname, '../test/fixtures/chat-cases-dev.jsonl'));
const label = file.endsWith('chat-cases-dev.jsonl') ? 'DEV' : /chat-cases-blind\d*\.jsonl$/.test(file) ? 'blind, jetzt dev' : 'custom';

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

function send(socket: Client, text: string, conversationId: string | undefined): Promise<ChatAnswer & { conversationId?: string }> {
  return new Promise((res) => {
    const done = (d: Parameters<ServerToClientEvents['chat:done']>[0]) => finish({ text: d.text, citations: d.citations, findings: d.findings, conversationId: d.conversationId });
    const error = (e: Parameters<ServerToClientEvents['chat:error']>[0]) =>
      finish({ text: e.message, citations: [], findings: [], ...(e.conversationId ? { conversationId: e.conversationId } : {}) });
    const finish = (a: ChatAnswer & { conversationId?: string }) => {
      socket.off('chat:done', done);
      socket.off('chat:error', error);
      res(a);
    };
    socket.on('chat:done', done);
    socket.on('chat:error', error);
    socket.emit('chat:message', { ...(conversationId ? { conversationId } : {}), text });
  });
}

async function main(): Promise<void> {
  const cases = loadChatCases(file);
  const server = await startOfflineServer('dc-eval-chat-');
  // a session first, as the browser has one before it opens the socket
  const socket: Client = await connect(server.url);

  let passed = 0;
  const failedIds: string[] = [];
  const byKey = new Map<string, { n: number; ok: number }>();
  for (const c of cases) {
    let conversationId: string | undefined;
    let answer: ChatAnswer = { text: '', citations: [], findings: [] };
    for (const turn of c.turns) {
      const a = await send(socket, turn, conversationId);
      conversationId = a.conversationId ?? conversationId;
      answer = a;
    }
    const failures = judgeCase(c, answer);
    if (failures.length === 0) passed++;
    else failedIds.push(c.id);
    for (const key of Object.keys(c.expect)) {
      const s = byKey.get(key) ?? { n: 0, ok: 0 };
      s.n++;
      if (!failures.some((f) => f.startsWith(key))) s.ok++;
      byKey.set(key, s);
    }
    console.log(`${failures.length === 0 ? 'PASS' : 'FAIL'} ${c.id}${failures.length ? `  — ${failures.join('; ')}` : ''}`);
    if (verbose || failures.length) console.log(`     lead: ${JSON.stringify(leadOf(answer.text).slice(0, 200))}`);
  }
  console.log(`\neval:chat (${label}, offline, ${file.replace(`${process.cwd()}/`, '')}): ${passed} of ${cases.length} cases pass`);
  for (const [key, s] of byKey) console.log(`  ${key.padEnd(15)} ${s.ok}/${s.n}`);
  if (failedIds.length) console.log(`  failed cases: ${failedIds.join(', ')}`);
  socket.close();
  await server.close();
}

main().catch((e: unknown) => {
  process.stderr.write(`eval:chat failed: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
