import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatDoneSchema, type SocketAck } from '../../server/contracts/socket';
import { createLogger } from '../../server/logger';
import { connect, emitWithAck, listen, makeApp, type ClientSocket, type TestApp } from '../http/harness';

/** Socket requests: every client→server event is answered by an ack naming its request id; errors are typed. */

const lines: Record<string, unknown>[] = [];
const log = createLogger('debug', { write: (s: string) => void lines.push(JSON.parse(s) as Record<string, unknown>) });

let t: TestApp;
let socket: ClientSocket;
beforeAll(async () => {
  t = await makeApp({}, { log });
  socket = await connect(await listen(t));
});
afterAll(async () => {
  socket.close();
  await t.dispose();
});

/** Emits one event with an ack callback and returns the validated ack (5 s: a loaded machine is slow). */
const emit = (event: string, payload: unknown): Promise<SocketAck> => emitWithAck(socket, event, payload, 5_000);

const logsOf = (requestId: string) => lines.filter((l) => l.requestId === requestId);

describe('socket requests', () => {
  it('a malformed chat:message gets an ack with the typed German error, and chat:error names the request', async () => {
    const chatError = new Promise<unknown>((res) => socket.once('chat:error', res));
    const ack = await emit('chat:message', { requestId: 'req-malformed-1', text: 42 });
    expect(ack).toEqual({ ok: false, requestId: 'req-malformed-1', error: { code: 'bad_request:chat_message', message: 'Die Nachricht hat ein ungültiges Format.' } });
    expect(await chatError).toEqual({ requestId: 'req-malformed-1', code: 'bad_request:chat_message', message: 'Die Nachricht hat ein ungültiges Format.' });
    const logged = logsOf('req-malformed-1');
    expect(logged.some((l) => l.event === 'chat:message' && l.code === 'bad_request:chat_message' && l.msg === 'error sent to client')).toBe(true);
  });

  it('an unknown conversation is the typed not-found error', async () => {
    const ack = await emit('chat:message', { requestId: 'req-unknown-conv', conversationId: 'gibt-es-nicht', text: 'Hallo?' });
    expect(ack.ok).toBe(false);
    if (!ack.ok) expect(ack.error).toEqual({ code: 'not_found:conversation', message: 'Die Unterhaltung wurde nicht gefunden.' });
  });

  it('an offline answer, complete at once, is one message: its ack carries it, no chat:token or chat:done', async () => {
    const events: string[] = [];
    const onAny = (event: string) => void events.push(event);
    socket.onAny(onAny);
    const text = 'Wie kann die Schriftform elektronisch ersetzt werden?';
    const ack = await emit('chat:message', { requestId: 'req-question-1', text });
    socket.offAny(onAny);
    // anything else the server sent for this request came before its ack
    expect(events).toEqual([]);
    expect(ack.ok).toBe(true);
    if (!ack.ok) return;
    expect(ack.requestId).toBe('req-question-1');
    const answer = ChatDoneSchema.parse(ack.answer);
    expect(ack.conversationId).toBe(answer.conversationId);
    expect(answer.model).toBe('offline');
    expect(answer.citations.length).toBeGreaterThan(0);
    expect(answer.text).toContain('[1]');
    // what the ack carries is what was stored, after the question
    const rows = await t.storage.sql.all('SELECT id, role, text FROM messages WHERE conversation_id = ? ORDER BY seq', [answer.conversationId]);
    expect(rows).toEqual([
      { id: expect.any(String), role: 'user', text },
      { id: answer.messageId, role: 'assistant', text: answer.text },
    ]);
    expect(logsOf('req-question-1').some((l) => l.msg === 'socket request' && l.event === 'chat:message')).toBe(true);
  });

  it.each([
    ['chat:stop', { conversationId: 5 }, 'bad_request:chat_stop'],
    ['chat:stop', null, 'bad_request:chat_stop'],
    ['batch:subscribe', { jobId: '' }, 'bad_request:batch_subscribe'],
    ['batch:subscribe', { jobId: 'fremder-auftrag' }, 'not_found:job'],
  ])('%s with %j → %s', async (event, payload, code) => {
    const ack = await emit(event, payload);
    expect(ack.ok).toBe(false);
    if (!ack.ok) {
      expect(ack.error.code).toBe(code);
      // German, never zod's English
      expect(ack.error.message).toMatch(/[äöüß]|nicht|ungültig/);
      expect(ack.error.message).not.toMatch(/Expected|Required|invalid_type/);
    }
  });

  it('a valid chat:stop is acked ok', async () => {
    const ack = await emit('chat:stop', { requestId: 'req-stop', conversationId: 'egal' });
    expect(ack).toEqual({ ok: true, requestId: 'req-stop' });
  });

  it('a missing or insane request id is replaced by one the server makes up, never echoed', async () => {
    const insane = 'x\n{"level":60}'.repeat(3);
    const acks = [await emit('chat:stop', { conversationId: 'a', requestId: insane }), await emit('chat:stop', { conversationId: 'a' })];
    for (const ack of acks) {
      expect(ack.requestId).not.toBe(insane);
      expect(ack.requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(logsOf(ack.requestId).length).toBeGreaterThan(0);
    }
    expect(acks[0]!.requestId).not.toBe(acks[1]!.requestId);
  });
});
