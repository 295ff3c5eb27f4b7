import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SocketAck } from '../../server/contracts/socket';
import { connect, emitWithAck, listen, makeApp, type ClientSocket, type TestApp } from '../http/harness';

/**
 * Attack sweep on the socket path: hostile text in chat messages (the socket's upload) and payloads of the wrong
 * shape. Each gets an ack, ok or the typed German error, within the default chat budget; the server keeps answering
 * and the next ordinary question is answered.
 */

let t: TestApp;
let socket: ClientSocket;
beforeAll(async () => {
  t = await makeApp();
  socket = await connect(await listen(t));
});
afterAll(async () => {
  socket.close();
  await t.dispose();
});

const emit = (event: string, payload: unknown): Promise<SocketAck> => emitWithAck(socket, event, payload, 60_000);

function okOrGerman(ack: SocketAck) {
  if (ack.ok) return;
  expect(ack.error.code).toMatch(/^[a-z_]+:[a-z_]+$/);
  expect(ack.error.code).not.toMatch(/^internal/);
  expect(ack.error.message).toMatch(/^[A-ZÄÖÜ]/);
}

const texts: [string, string][] = [
  ['NULs and C0 controls', `Ist das digitaltauglich: „Der Antrag\u0000 ist\u0001 schriftlich\u0008 zu stellen.“`],
  ['lone surrogates and non-characters', `Der Antrag \ud800 ist \udfff schriftlich \ufffe\uffff zu stellen.`],
  ['RTL overrides and zero-width characters', `Der \u202eAntrag\u202c ist\u200b schrift\u00adlich\u2066 zu stellen.\u200f`],
  ['one word of 99,000 letters', `Prüfe: ${'a'.repeat(99_000)}`],
  ['99,000 section signs and brackets', `${'§('.repeat(49_000)}schriftlich`],
  ['a 98,000-character Markdown table', `| Form | Frist |\n|---|---|\n${'| schriftlich | 2 Wochen |\n'.repeat(3_700)}`],
  ['quotes that never close', `${'„Der Antrag ist schriftlich '.repeat(3_500)}`],
  ['one word repeated without a full stop', 'schriftlich '.repeat(8_000)],
  ['10,000 lone section signs', `${'§ '.repeat(10_000)}VwVfG schriftlich?`],
  ['a §§ list of 15,000 numbers', `Was steht in §§ ${Array.from({ length: 15_000 }, (_, i) => i + 1).join(', ')} VwVfG?`],
  ['49,000 one-letter "sentences" for the sentence splitter', `${'a.'.repeat(49_000)} schriftlich`],
  ['30,000 ellipses', `${'…. '.repeat(30_000)}schriftlich`],
  ['7,600 questions in one message', 'schriftlich? '.repeat(7_600)],
];

describe('hostile chat text', () => {
  it.each(texts)('%s: an answer or a German refusal, and the server keeps serving', async (_name, text) => {
    okOrGerman(await emit('chat:message', { requestId: 'req-hostile', text }));
    await request(t.app).get('/healthz').expect(200);
  });

  it('after all of them an ordinary question is answered', async () => {
    expect(await emit('chat:message', { requestId: 'req-after', text: 'Wie ersetze ich die Schriftform elektronisch?' })).toMatchObject({ ok: true, requestId: 'req-after' });
  });
});

describe('payloads of the wrong shape', () => {
  it.each([
    ['a bare string', 'chat:message', 'nur ein Text'],
    ['an array', 'chat:message', ['Antrag', 'schriftlich']],
    ['an operator object as text', 'chat:message', { text: { $gt: '' } }],
    ['a text one character over the limit', 'chat:message', { text: 'x'.repeat(100_001) }],
    ['a traversal as conversation id', 'chat:message', { text: 'Hallo', conversationId: '../'.repeat(40) }],
    ['an object as job id', 'batch:subscribe', { jobId: { toString: 'x' } }],
    ['a conversation id of 10,000 characters', 'chat:stop', { conversationId: 'x'.repeat(10_000) }],
    ['a number as conversation id', 'chat:message', { text: 'Hallo', conversationId: 42 }],
    ['a NUL as conversation id', 'chat:message', { text: 'Hallo', conversationId: '\u0000' }],
    ['"__proto__" as conversation id', 'chat:message', { text: 'Hallo', conversationId: '__proto__' }],
  ])('%s (%s) gets a typed German refusal', async (_name, event, payload) => {
    const ack = await emit(event, payload);
    expect(ack.ok).toBe(false);
    okOrGerman(ack);
  });

  it('a "__proto__" key pollutes no prototype', async () => {
    const payload = JSON.parse('{"requestId":"req-proto","text":"Wie ersetze ich die Schriftform?","__proto__":{"istAdmin":true}}') as object;
    okOrGerman(await emit('chat:message', payload));
    expect(({} as Record<string, unknown>).istAdmin).toBeUndefined();
  });

  it('an unknown event and an event without ack leave the connection usable', async () => {
    socket.emit('admin:reindex' as 'chat:stop', { conversationId: 'x' });
    socket.emit('chat:stop', { conversationId: 'ohne-ack' });
    expect(await emit('chat:stop', { requestId: 'req-still', conversationId: 'x' })).toMatchObject({ requestId: 'req-still' });
  });
});
