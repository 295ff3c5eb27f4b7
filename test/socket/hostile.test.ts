import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SocketAck } from '../../server/contracts/socket';
import { PASSAGE_TOO_COMPLEX } from '../../server/services/chat/passage-check';
import { connect, emitWithAck, listen, makeApp, type ClientSocket, type TestApp } from '../http/harness';

/**
 * Chat messages run on the request thread: a pasted passage whose rule check exceeds its budget is refused with a
 * German error, and the server keeps answering. The budget is 1 ms here: since the engine reads long spans once, a
 * 100,000-character passage fits the default second on an idle machine but not on a loaded one, and the test must not
 * depend on which.
 */

let t: TestApp;
let socket: ClientSocket;
beforeAll(async () => {
  t = await makeApp({ CHAT_CHECK_BUDGET_MS: '1' });
  socket = await connect(await listen(t));
});
afterAll(async () => {
  socket.close();
  await t.dispose();
});

const emit = (event: string, payload: unknown): Promise<SocketAck> => emitWithAck(socket, event, payload, 30_000);

describe('hostile chat messages', () => {
  it('a pasted text of 100,000 characters with thousands of triggers and no full stop gets the German refusal, and the next question its answer', async () => {
    const ack = await emit('chat:message', { requestId: 'req-costly', text: 'Der Antrag ist schriftlich zu stellen und '.repeat(2380) });
    expect(ack).toMatchObject({ ok: false, requestId: 'req-costly', error: { code: 'too_large:chat_check', message: PASSAGE_TOO_COMPLEX } });
    await request(t.app).get('/healthz').expect(200);
    expect(await emit('chat:message', { requestId: 'req-after', text: 'Wie ersetze ich die eigenhändige Unterschrift?' })).toMatchObject({ ok: true, requestId: 'req-after' });
  });
});
