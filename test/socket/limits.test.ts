import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { SocketAckSchema, type SocketAck } from '../../server/contracts/socket';
import { connect, listen, makeApp, newSessionCookie, tempDir, type ClientSocket, type TestApp } from '../http/harness';
import { REDIS_URL } from '../ops/workers';

/**
 * Per-user chat limits: a message rate (every turn is stored), open sockets per session, and conversations in the
 * storage quota. Each refusal is a typed German error, and other users are not affected.
 */

const apps: TestApp[] = [];
const sockets: ClientSocket[] = [];
afterAll(async () => {
  for (const s of sockets) s.close();
  // instances may share a data folder: it goes once all of them are closed (the harness drops their databases)
  for (const t of apps) await t.dispose({ keepData: true });
  for (const t of apps) rmSync(t.dataDir, { recursive: true, force: true });
});

async function app(env: Record<string, string>, dataDir?: string): Promise<string> {
  const t = await makeApp(env, dataDir ? { dataDir } : {});
  apps.push(t);
  return listen(t);
}

async function open(url: string, cookie?: string): Promise<ClientSocket> {
  const s = await connect(url, cookie);
  sockets.push(s);
  return s;
}

function ask(socket: ClientSocket, text = 'Wie kann die Schriftform elektronisch ersetzt werden?'): Promise<SocketAck> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no ack')), 30_000);
    (socket.emit as (ev: string, p: unknown, cb: (a: unknown) => void) => void)('chat:message', { requestId: randomUUID(), text }, (raw) => {
      clearTimeout(timer);
      resolve(SocketAckSchema.parse(raw));
    });
  });
}

const codeOf = (a: SocketAck) => (a.ok ? 'ok' : a.error.code);
const asked = async (socket: ClientSocket, n: number) => {
  const codes: string[] = [];
  for (let i = 0; i < n; i++) codes.push(codeOf(await ask(socket)));
  return codes;
};

// a refill far slower than the test: only the burst counts
const RATE = { CHAT_MESSAGE_BURST: '3', CHAT_MESSAGES_PER_MINUTE: '0.001' };

describe('chat message rate per user', () => {
  it('refuses questions beyond the burst with a German 429, while another session still gets answers', async () => {
    const url = await app(RATE);
    const busy = await open(url);
    expect(await asked(busy, 3)).toEqual(['ok', 'ok', 'ok']);
    const refused = await ask(busy);
    expect(refused).toMatchObject({ ok: false, error: { code: 'rate_limited:chat_messages', message: expect.stringContaining('Bitte warten Sie') } });
    // the refusal is not the end of the socket: other events are still answered
    expect(codeOf(await ask(await open(url)))).toBe('ok');
  });

  it('with REDIS_URL counts the questions of one session on every instance', async () => {
    const dataDir = tempDir('dc-chat-limits-');
    const env = { ...RATE, REDIS_URL, REDIS_PREFIX: `dc-test-${randomUUID()}` };
    const a = await app(env, dataDir);
    const b = await app(env, dataDir);
    const cookie = await newSessionCookie(a);
    expect(await asked(await open(a, cookie), 2)).toEqual(['ok', 'ok']);
    expect(await asked(await open(b, cookie), 2)).toEqual(['ok', 'rate_limited:chat_messages']);
  });
});

describe('open sockets per session', () => {
  it('refuses a session more sockets than configured, also when they connect at once, and frees the place on disconnect', async () => {
    const url = await app({ CHAT_MAX_SOCKETS_PER_SESSION: '2' });
    const cookie = await newSessionCookie(url);
    const attempts = await Promise.allSettled(Array.from({ length: 6 }, () => open(url, cookie)));
    const connected = attempts.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    expect(connected).toHaveLength(2);
    const refusal = attempts.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect((refusal.reason as { data?: unknown }).data).toMatchObject({ code: 'rate_limited:sockets', message: expect.stringContaining('zu vielen Fenstern') });
    // another session is not affected
    await open(url);
    connected[0]!.close();
    await expect.poll(async () => open(url, cookie).then(() => true, () => false), { timeout: 5_000 }).toBe(true);
  });

  it('with REDIS_URL counts the sockets of one session on every instance', async () => {
    const dataDir = tempDir('dc-socket-cap-');
    const env = { CHAT_MAX_SOCKETS_PER_SESSION: '2', REDIS_URL, REDIS_PREFIX: `dc-test-${randomUUID()}` };
    const a = await app(env, dataDir);
    const b = await app(env, dataDir);
    const cookie = await newSessionCookie(a);
    const onA = await open(a, cookie);
    await open(b, cookie);
    // the third place is taken on neither instance, also when both are asked at once
    const third = await Promise.allSettled([open(a, cookie), open(b, cookie)]);
    expect(third.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(((third[0] as PromiseRejectedResult).reason as { data?: unknown }).data).toMatchObject({ code: 'rate_limited:sockets' });
    // another session is not affected, and a closed socket on A frees a place on B
    await open(b);
    onA.close();
    await expect.poll(async () => open(b, cookie).then(() => true, () => false), { timeout: 5_000 }).toBe(true);
  });
});

describe('conversations in the storage quota', () => {
  it('refuses further questions once the stored conversations fill the quota, with the German 413', async () => {
    // 20 KB: a few answers with their citations
    const url = await app({ USER_MAX_STORAGE_MB: '0.02' });
    const socket = await open(url);
    const codes = await asked(socket, 30);
    const first = codes.indexOf('too_large:quota');
    expect(first).toBeGreaterThan(0);
    expect(codes.slice(0, first).every((c) => c === 'ok')).toBe(true);
    const refused = await ask(socket);
    expect(refused).toMatchObject({ ok: false, error: { code: 'too_large:quota', message: expect.stringContaining('Gespräche') } });
    expect(codeOf(await ask(await open(url)))).toBe('ok');
  });
});
