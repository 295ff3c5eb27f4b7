import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { ChatDoneSchema } from '../../server/contracts/socket';
import { createLlmServices } from '../../server/llm/index';
import { connect, listen, makeApp, type ClientSocket, type TestApp } from '../http/harness';
import { startFakeOpenAI, type FakeOpenAI } from '../support/fake-openai';
import { fakeConfig } from './helpers';

/** SEARCH_QUERY_REWRITE in the chat: the model's statute terms join the search before the model answers. */

type Done = z.infer<typeof ChatDoneSchema>;

let fake: FakeOpenAI;
let app: TestApp | undefined;
let socket: ClientSocket | undefined;

beforeEach(async () => {
  fake = await startFakeOpenAI();
});
afterEach(async () => {
  socket?.close();
  await app?.dispose();
  await fake.close();
});

async function setUp(env: Record<string, string>): Promise<void> {
  const llm = createLlmServices(fakeConfig(fake.url, { LLM_MAX_RETRIES: '0', ...env }))!;
  app = await makeApp({}, { llm });
  socket = await connect(await listen(app));
}

function ask(text: string): Promise<Done> {
  return new Promise((resolve, reject) => {
    socket!.once('chat:done', resolve);
    socket!.once('chat:error', (e) => reject(new Error(e.message)));
    socket!.emit('chat:message', { text });
  });
}

// lay words: the plain search does not bring up § 35a VwVfG (fully automated administrative act)
const QUESTION = 'Darf die Behörde die Kiste das alleine entscheiden lassen?';
const TERMS = '{"begriffe": ["vollständig automatisierter Verwaltungsakt", "automatische Einrichtungen"]}';
const ANSWER = 'Ja, wenn eine Rechtsvorschrift es zulässt [1].';
/** The sources the answering model was given (its last message). */
const sourcesGiven = (i: number) => fake.chatRequests()[i]!.body.messages.at(-1).content as string;

describe('chat with query rewriting by the model', () => {
  it('asks the model for statute terms first and gives the answering model what they find', async () => {
    await setUp({ SEARCH_QUERY_REWRITE: '1' });
    fake.enqueue({ kind: 'text', text: TERMS }, { kind: 'text', text: ANSWER });
    const done = await ask(QUESTION);
    expect(done.model).toBe('fake-model');
    expect(fake.chatRequests()).toHaveLength(2);
    expect(JSON.stringify(fake.chatRequests()[0]!.body.messages)).toContain('Fachbegriffe');
    expect(sourcesGiven(1)).toContain('gesetz="VwVfG" fundstelle="§ 35a');
  });

  it('without the option the chat searches the question alone (one model call)', async () => {
    await setUp({});
    fake.enqueue({ kind: 'text', text: ANSWER });
    await ask(QUESTION);
    expect(fake.chatRequests()).toHaveLength(1);
    expect(sourcesGiven(0)).not.toContain('fundstelle="§ 35a');
  });

  it('answers from the plain search when the rewrite fails', async () => {
    await setUp({ SEARCH_QUERY_REWRITE: '1' });
    fake.enqueue({ kind: 'error', status: 500 }, { kind: 'text', text: ANSWER });
    const done = await ask(QUESTION);
    expect(done.model).toBe('fake-model');
    expect(done.notice).toBeUndefined();
    expect(fake.chatRequests()).toHaveLength(2);
    expect(sourcesGiven(1)).not.toContain('fundstelle="§ 35a');
  });

  it('does not rewrite a pasted passage: it is searched by its findings', async () => {
    await setUp({ SEARCH_QUERY_REWRITE: '1' });
    fake.enqueue({ kind: 'text', text: 'Die Schriftform kann ersetzt werden [1].' });
    await ask('Der Antrag ist schriftlich bei der Behörde einzureichen.');
    // the model is asked (review, answer), but never for search terms
    expect(fake.chatRequests().length).toBeGreaterThan(0);
    expect(fake.chatRequests().some((r) => JSON.stringify(r.body.messages).includes('Fachbegriffe'))).toBe(false);
  });
});
