import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { ChatDoneSchema } from '../../server/contracts/socket';
import { createLlmServices } from '../../server/llm/index';
import { NOTICE_FALLBACK } from '../../server/services/chat/service';
import { connect, listen, makeApp, type ClientSocket, type TestApp } from '../http/harness';
import { startFakeOpenAI, type FakeOpenAI } from '../support/fake-openai';
import { fakeConfig } from './helpers';

/** The real app (socket.io, chat service, shipped corpus) with the LLM layer pointed at the fake server. */

type Done = z.infer<typeof ChatDoneSchema>;

let fake: FakeOpenAI;
let app: TestApp;
let socket: ClientSocket;

/** Answers come within the helpers' generous timeout; only the timeout test shortens it (its server hangs). */
async function setUp(env: Record<string, string> = {}): Promise<void> {
  const config = fakeConfig(fake.url, { LLM_MAX_RETRIES: '0', ...env });
  const llm = createLlmServices(config)!;
  app = await makeApp({}, { answerer: llm.answerer, llmLabel: llm.model });
  socket = await connect(await listen(app));
}

beforeEach(async () => {
  fake = await startFakeOpenAI();
});
afterEach(async () => {
  socket.close();
  await app.dispose();
  await fake.close();
});

function ask(text: string): Promise<{ tokens: string[]; done: Done }> {
  const tokens: string[] = [];
  return new Promise((resolve, reject) => {
    socket.on('chat:token', (p) => tokens.push(p.delta));
    socket.once('chat:done', (done) => resolve({ tokens, done }));
    socket.once('chat:error', (e) => reject(new Error(e.message)));
    socket.emit('chat:message', { text });
  });
}

describe('chat over socket.io with the LLM answerer', () => {
  it('streams the model answer with mapped citations and no invented source', async () => {
    await setUp();
    fake.enqueue({ kind: 'text', text: 'Die angeordnete Schriftform kann durch die elektronische Form ersetzt werden [1]. Siehe auch [9].' });
    const { tokens, done } = await ask('Kann die Schriftform durch die elektronische Form ersetzt werden?');
    expect(done.model).toBe('fake-model');
    expect(done.notice).toBeUndefined();
    expect(done.text).toBe('Die angeordnete Schriftform kann durch die elektronische Form ersetzt werden [1]. Siehe auch.');
    expect(tokens.join('')).toBe(done.text);
    expect(done.citations).toHaveLength(1);
    // the cited source is the first <quelle> the model was given
    const user = fake.chatRequests()[0]!.body.messages.at(-1).content as string;
    // (a law or a guidance text, whichever retrieval ranks first)
    expect(user).toContain(`<quelle id="1" ${user.includes('<quelle id="1" leitfaden=') ? 'leitfaden' : 'gesetz'}="${done.citations[0]!.law}" fundstelle="${done.citations[0]!.ref}"`);
  });

  it('falls back to the offline answer with a notice when the model times out', async () => {
    await setUp({ LLM_TIMEOUT_MS: '300' });
    fake.enqueue({ kind: 'hang' });
    const { done } = await ask('Kann die Schriftform durch die elektronische Form ersetzt werden?');
    expect(done.model).toBe('offline');
    expect(done.notice).toBe(NOTICE_FALLBACK);
    expect(done.citations.length).toBeGreaterThan(0);
  });

  it('stays usable when the model server dies mid-answer', async () => {
    await setUp();
    fake.enqueue({ kind: 'drop', text: 'Die Schriftform kann ersetzt werden [1] und so weiter', afterChunks: 2 });
    const first = await ask('Kann die Schriftform durch die elektronische Form ersetzt werden?');
    expect(first.done.notice).toBe(NOTICE_FALLBACK);
    expect(first.done.model).toBe('offline');
    await fake.close();
    const second = await ask('Wann ist ein persönliches Erscheinen erforderlich?');
    expect(second.done.model).toBe('offline');
    expect(second.done.notice).toBe(NOTICE_FALLBACK);
    fake = await startFakeOpenAI(); // for afterEach
  });
});
