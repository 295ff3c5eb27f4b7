import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { io as ioClient } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { ChatDoneSchema } from '../../server/contracts/socket';
import { NOTICE_FALLBACK } from '../../server/services/chat/service';
import { sessionCookie, type ClientSocket } from '../http/harness';
import { startFakeOpenAI, type FakeOpenAI } from '../support/fake-openai';

/**
 * Issue 5 "Done when": the real server process (server/index.ts) with OPENAI_BASE_URL pointed at the fake model
 * server; the model server is killed while it streams an answer. The user gets the offline answer with a notice,
 * can ask again at once (offline, no hang), and gets model answers again when the model server is back.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
type Done = z.infer<typeof ChatDoneSchema>;

let fake: FakeOpenAI | undefined;
let modelPort: number;
let server: ChildProcess;
let dataDir: string;
let socket: ClientSocket;
let serverLog = '';

/** Starts server/index.ts on a free port and resolves with its URL from the start-up log line. */
function startServer(env: Record<string, string>): Promise<string> {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(OPENAI_|LLM_|EMBEDDING_MODEL|ACCESS_TOKEN|PORT|DATA_DIR)/.test(k)));
  server = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], { cwd: ROOT, env: { ...base, ...env } });
  return new Promise((resolve, reject) => {
    server.stdout!.on('data', (d: Buffer) => {
      serverLog += d;
      const url = serverLog.match(/läuft auf (http:\/\/[\w.]+:\d+)/)?.[1];
      if (url) resolve(url);
    });
    server.stderr!.on('data', (d: Buffer) => (serverLog += d));
    server.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${serverLog}`)));
  });
}

beforeAll(async () => {
  fake = await startFakeOpenAI();
  modelPort = Number(new URL(fake.url).port);
  dataDir = mkdtempSync(join(tmpdir(), 'dc-outage-'));
  const url = await startServer({
    PORT: '0',
    DATA_DIR: dataDir,
    OPENAI_BASE_URL: fake.url,
    LLM_MODEL: 'fake-model',
    LLM_TIMEOUT_MS: '3000',
    LLM_MAX_RETRIES: '1',
    LOG_LEVEL: 'info',
  });
  // sessions are issued over HTTP only; the socket handshake brings the cookie
  const cookie = sessionCookie((await fetch(`${url}/api/me`)).headers.getSetCookie());
  socket = ioClient(url, { transports: ['websocket'], reconnection: false, forceNew: true, extraHeaders: { cookie } });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
}, 120_000);

afterAll(async () => {
  socket?.close();
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server.once('exit', r));
    server.kill('SIGTERM');
    await exited;
  }
  await fake?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function ask(text: string, onFirstToken?: () => void): Promise<{ tokens: string[]; done: Done }> {
  const tokens: string[] = [];
  return new Promise((resolve, reject) => {
    const onToken = (p: { delta: string }) => {
      if (tokens.push(p.delta) === 1) onFirstToken?.();
    };
    socket.on('chat:token', onToken);
    socket.once('chat:done', (done) => {
      socket.off('chat:token', onToken);
      resolve({ tokens, done });
    });
    socket.once('chat:error', (e) => reject(new Error(e.message)));
    socket.emit('chat:message', { text });
  });
}

describe('model server killed mid-answer', () => {
  it('falls back to the offline answer with a notice, answers the next question offline, and uses the model again once it is back', async () => {
    const question = 'Kann die Schriftform durch die elektronische Form ersetzt werden?';
    fake!.enqueue({ kind: 'text', text: 'Die Schriftform kann nach [1] ersetzt werden, wenn die Voraussetzungen vorliegen und so weiter.', chunkDelayMs: 100 });
    const killed = ask(question, () => {
      // the model has started to stream: kill its server (open connections included)
      void fake!.close();
      fake = undefined;
    });
    const first = await killed;
    expect(first.tokens.length).toBeGreaterThan(1);
    expect(first.done.model).toBe('offline');
    expect(first.done.notice).toBe(NOTICE_FALLBACK);
    expect(first.done.citations.length).toBeGreaterThan(0);

    // the model server is still down: the next question is answered offline, with the notice, not left hanging
    const second = await ask('Wann ist ein persönliches Erscheinen erforderlich?');
    expect(second.done.model).toBe('offline');
    expect(second.done.notice).toBe(NOTICE_FALLBACK);

    // the model server comes back on its address: answers come from the model again, without a notice
    fake = await startFakeOpenAI({ port: modelPort });
    fake.enqueue({ kind: 'text', text: 'Ja, die elektronische Form ersetzt die Schriftform [1].' });
    const third = await ask(question);
    expect(third.done.model).toBe('fake-model');
    expect(third.done.notice).toBeUndefined();
    expect(third.done.text).toContain('elektronische Form ersetzt die Schriftform');
    expect(fake.chatRequests()).toHaveLength(1);
    // token counts are logged, prompts and answers are not (LLM_LOG_PROMPTS is off); the log pipe may lag behind the socket
    await expect.poll(() => serverLog, { timeout: 10_000 }).toMatch(/"msg":"llm call".*"tokens"|"tokens".*"msg":"llm call"/);
    expect(serverLog).not.toContain('elektronische Form ersetzt die Schriftform');
  }, 60_000);
});
