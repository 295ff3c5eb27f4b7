import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { loadConfig } from '../../server/config';
import type { ChatDoneSchema, ChatNoticeSchema } from '../../server/contracts/socket';
import { createLlmServices } from '../../server/llm/index';
import { NOTICE_ABANDONED, NOTICE_FALLBACK, NOTICE_INVALID, NOTICE_LATE, NOTICE_PENDING, NOTICE_SUPERSEDED } from '../../server/services/chat/service';
import { connect, emitWithAck, listen, makeApp, sessionCookie, type ClientSocket, type TestApp } from '../http/harness';
import { startFakeOpenAI, type FakeOpenAI } from '../support/fake-openai';
import { fakeConfig } from './helpers';

/**
 * Issue 12 (7): with a model configured, an answer that fails validation is never shown (offline answer with a
 * notice instead), and a slow model does not keep the user waiting: the offline answer comes after
 * LLM_FALLBACK_AFTER_MS, the model's answer follows as its own message when it arrives.
 */

type Done = z.infer<typeof ChatDoneSchema>;
type Notice = z.infer<typeof ChatNoticeSchema>;

const QUESTION = 'Kann die Schriftform durch die elektronische Form ersetzt werden?';

let fake: FakeOpenAI;
let app: TestApp;
let socket: ClientSocket;
let cookie: string;

async function setUp(llmEnv: Record<string, string>, appEnv: Record<string, string> = {}) {
  fake = await startFakeOpenAI();
  const llm = createLlmServices(fakeConfig(fake.url, llmEnv))!;
  app = await makeApp(appEnv, { answerer: llm.answerer, llmLabel: llm.model });
  const url = await listen(app);
  cookie = sessionCookie((await request(app.app).get('/api/me')).headers['set-cookie']);
  socket = await connect(url, cookie);
}
afterEach(async () => {
  socket?.close();
  await app?.dispose();
  await fake?.close();
});

/** Everything the server sends for one question until `until` says the turn is over. */
function turn(text: string, until: (dones: Done[], notices: Notice[]) => boolean) {
  const tokens: string[] = [];
  const dones: Done[] = [];
  const notices: Notice[] = [];
  return new Promise<{ tokens: string[]; dones: Done[]; notices: Notice[] }>((resolve, reject) => {
    const check = () => until(dones, notices) && resolve({ tokens, dones, notices });
    socket.on('chat:token', (p) => tokens.push(p.delta));
    socket.on('chat:done', (d) => (dones.push(d), check()));
    socket.on('chat:notice', (n) => (notices.push(n), check()));
    socket.once('chat:error', (e) => reject(new Error(e.message)));
    socket.emit('chat:message', { text });
  });
}
const firstDone = (dones: Done[]) => dones.length >= 1;

describe('model output that fails validation', () => {
  it.each([
    ['an answer without any citation of the sources', 'Die Schriftform ist immer zulässig und muss nie ersetzt werden, das weiß jeder aus der Praxis.'],
    ['symbol garbage', '}}{{ ### 0x3F;;; <<>> ~~~ %%% ### [1] ||| ### @@@ 0x00 ;;; }}{{'],
    ['one word over and over', `${'Schriftform '.repeat(60)}[1]`],
  ])('%s is replaced by the offline answer with a notice', async (_name, garbage) => {
    await setUp({ LLM_TIMEOUT_MS: '2000', LLM_MAX_RETRIES: '0' });
    fake.enqueue({ kind: 'text', text: garbage });
    const { dones } = await turn(QUESTION, firstDone);
    const done = dones[0]!;
    expect(done.model).toBe('offline');
    expect(done.notice).toBe(NOTICE_INVALID);
    expect(done.citations.length).toBeGreaterThan(0);
    expect(done.text).not.toContain(garbage.slice(0, 20));
    // what is stored (and shown after a reload) is the offline answer too
    const conv = await request(app.app).get(`/api/conversations/${done.conversationId}`).set('Cookie', cookie).expect(200);
    expect(conv.body.messages[1].text).toBe(done.text);
    expect(conv.body.messages[1].notice).toBe(NOTICE_INVALID);
  });

  it('a well-cited model answer still passes', async () => {
    await setUp({ LLM_TIMEOUT_MS: '2000', LLM_MAX_RETRIES: '0' });
    fake.enqueue({ kind: 'text', text: 'Ja, die elektronische Form kann die Schriftform ersetzen, wenn das Gesetz es zulässt [1].' });
    const { dones } = await turn(QUESTION, firstDone);
    expect(dones[0]!.model).toBe('fake-model');
    expect(dones[0]!.notice).toBeUndefined();
  });
});

describe('a slow model', () => {
  it('gives the offline answer first and the model answer as a second message when it arrives', async () => {
    await setUp({ LLM_TIMEOUT_MS: '10000', LLM_MAX_RETRIES: '0' }, { LLM_FALLBACK_AFTER_MS: '200' });
    fake.enqueue({ kind: 'text', text: 'Ja, nach der Vorschrift kann die elektronische Form die Schriftform ersetzen [1].', delayMs: 1500 });
    const { tokens, dones, notices } = await turn(QUESTION, (d) => d.length >= 2);
    const [offline, late] = dones as [Done, Done];
    expect(offline.model).toBe('offline');
    expect(offline.pending).toBe(true);
    expect(offline.notice).toBe(NOTICE_PENDING);
    // the streamed tokens are the offline answer's; the model's answer is not mixed into them
    expect(tokens.join('')).toBe(offline.text);

    expect(late.model).toBe('fake-model');
    expect(late.followUpTo).toBe(offline.messageId);
    expect(late.conversationId).toBe(offline.conversationId);
    expect(late.text).toContain('elektronische Form die Schriftform ersetzen [1]');
    expect(late.citations).toHaveLength(1);
    expect(late.notice).toBe(NOTICE_LATE);
    expect(notices).toEqual([{ conversationId: offline.conversationId, messageId: offline.messageId, notice: NOTICE_SUPERSEDED }]);

    const conv = await request(app.app).get(`/api/conversations/${offline.conversationId}`).set('Cookie', cookie).expect(200);
    expect(conv.body.messages.map((m: { role: string; model?: string; notice?: string }) => [m.role, m.model, m.notice])).toEqual([
      ['user', undefined, undefined],
      ['assistant', 'offline', NOTICE_SUPERSEDED],
      ['assistant', 'fake-model', NOTICE_LATE],
    ]);
  });

  it('a model answer that arrives after the conversation was deleted is dropped: no message, no notice, nothing stored', async () => {
    await setUp({ LLM_TIMEOUT_MS: '10000', LLM_MAX_RETRIES: '0' }, { LLM_FALLBACK_AFTER_MS: '100' });
    // the model answers only once the conversation is deleted
    let deleted!: () => void;
    const afterDeletion = new Promise<void>((res) => (deleted = res));
    fake.enqueue({ kind: 'text', text: 'Ja, nach der Vorschrift kann die elektronische Form die Schriftform ersetzen [1].', after: afterDeletion });
    const dones: Done[] = [];
    const notices: Notice[] = [];
    socket.on('chat:done', (d) => dones.push(d));
    socket.on('chat:notice', (n) => notices.push(n));
    // the ack comes when the turn is over, the model's answer included
    const ack = emitWithAck(socket, 'chat:message', { text: QUESTION }, 60_000);
    const offline = await new Promise<Done>((res) => socket.once('chat:done', res));
    expect(offline.pending).toBe(true);
    await request(app.app).delete(`/api/conversations/${offline.conversationId}`).set('Cookie', cookie).expect(204);
    deleted();
    expect(await ack).toMatchObject({ ok: true, conversationId: offline.conversationId });
    expect(dones).toEqual([offline]);
    expect(notices).toEqual([]);
    expect(await app.storage.sql.all('SELECT id FROM messages')).toEqual([]);
  });

  it('when the model finally fails, the offline answer stands and its notice says so', async () => {
    await setUp({ LLM_TIMEOUT_MS: '800', LLM_MAX_RETRIES: '0' }, { LLM_FALLBACK_AFTER_MS: '100' });
    fake.enqueue({ kind: 'hang' });
    const { dones, notices } = await turn(QUESTION, (_d, n) => n.length >= 1);
    expect(dones).toHaveLength(1);
    expect(dones[0]!.pending).toBe(true);
    expect(notices[0]).toEqual({ conversationId: dones[0]!.conversationId, messageId: dones[0]!.messageId, notice: NOTICE_FALLBACK });
    const conv = await request(app.app).get(`/api/conversations/${dones[0]!.conversationId}`).set('Cookie', cookie).expect(200);
    expect(conv.body.messages).toHaveLength(2);
    expect(conv.body.messages[1].notice).toBe(NOTICE_FALLBACK);
  });

  it('stopping gives up the wait for the model: the offline answer stands, nothing follows', async () => {
    await setUp({ LLM_TIMEOUT_MS: '10000', LLM_MAX_RETRIES: '0' }, { LLM_FALLBACK_AFTER_MS: '100' });
    fake.enqueue({ kind: 'hang' });
    const { dones } = await turn(QUESTION, firstDone);
    const offline = dones[0]!;
    expect(offline.pending).toBe(true);
    const notice = new Promise<Notice>((res) => socket.once('chat:notice', res));
    socket.emit('chat:stop', { conversationId: offline.conversationId });
    expect(await notice).toEqual({ conversationId: offline.conversationId, messageId: offline.messageId, notice: NOTICE_ABANDONED });
    const conv = await request(app.app).get(`/api/conversations/${offline.conversationId}`).set('Cookie', cookie).expect(200);
    expect(conv.body.messages.map((m: { notice?: string }) => m.notice)).toEqual([undefined, NOTICE_ABANDONED]);
  });

  it('a model that starts answering in time streams as before', async () => {
    await setUp({ LLM_TIMEOUT_MS: '5000', LLM_MAX_RETRIES: '0' }, { LLM_FALLBACK_AFTER_MS: '2000' });
    fake.enqueue({ kind: 'text', text: 'Ja, die elektronische Form ersetzt die Schriftform, soweit zugelassen [1].', chunkDelayMs: 30 });
    const { tokens, dones } = await turn(QUESTION, firstDone);
    expect(dones[0]!.model).toBe('fake-model');
    expect(dones[0]!.pending).toBeUndefined();
    expect(tokens.join('')).toBe(dones[0]!.text);
  });

  it('waits 10 seconds for the model by default', () => {
    expect(loadConfig({}).LLM_FALLBACK_AFTER_MS).toBe(10_000);
  });
});

describe('ChatAnswerSchema', () => {
  it('accepts a short cited answer and the honest "not covered" answer the citation rules ask for', async () => {
    const { ChatAnswerSchema } = await import('../../server/llm/answer-check');
    expect(ChatAnswerSchema.safeParse({ text: 'Ja [1].', cited: 1, sources: 3 }).success).toBe(true);
    expect(ChatAnswerSchema.safeParse({ text: 'Die gefundenen Vorschriften regeln das nicht.', cited: 0, sources: 3 }).success).toBe(true);
    expect(ChatAnswerSchema.safeParse({ text: 'Die Schriftform gilt immer.', cited: 0, sources: 3 }).success).toBe(false);
    // without sources (a pasted passage nothing was found for) no citation can be required
    expect(ChatAnswerSchema.safeParse({ text: 'Die Passage verlangt Schriftform.', cited: 0, sources: 0 }).success).toBe(true);
    expect(ChatAnswerSchema.safeParse({ text: '   [1]  ', cited: 1, sources: 1 }).success).toBe(false);
  });
});
