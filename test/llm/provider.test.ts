import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { LlmAbortedError, LlmInvalidOutputError, LlmRejectedError, LlmTimeoutError, LlmUnavailableError } from '../../server/llm/errors';
import { createProvider, messages } from '../../server/llm/provider';
import { Semaphore } from '../../server/llm/semaphore';
import { startFakeOpenAI, type FakeOpenAI } from '../support/fake-openai';
import { captureLogger, fakeConfig } from './helpers';

let fake: FakeOpenAI;
beforeEach(async () => {
  fake = await startFakeOpenAI();
});
afterEach(async () => {
  await fake.close();
});

const ask = [messages.system('Du bist ein Test.'), messages.user('Sag etwas.')];

describe('provider: streaming chat', () => {
  it('streams deltas, asks for usage and reports the server usage', async () => {
    fake.enqueue({ kind: 'text', text: 'Die Schriftform kann ersetzt werden.', usage: { prompt: 42, completion: 7 } });
    const provider = createProvider(fakeConfig(fake.url));
    const deltas: string[] = [];
    const res = await provider.streamChat(ask, { purpose: 'chat', onDelta: (d) => deltas.push(d) });
    expect(deltas.length).toBeGreaterThan(1);
    expect(deltas.join('')).toBe('Die Schriftform kann ersetzt werden.');
    expect(res.usage).toEqual({ prompt: 42, completion: 7 });
    const req = fake.chatRequests()[0]!;
    expect(req.body.stream).toBe(true);
    expect(req.body.stream_options).toEqual({ include_usage: true });
    expect(req.body.messages.map((m: { role: string }) => m.role)).toEqual(['system', 'user']);
    expect(req.headers.authorization).toBe('Bearer not-needed');
  });

  it('estimates usage when the server reports none', async () => {
    fake.enqueue({ kind: 'text', text: 'Zwölf Zeichen', usage: false });
    const res = await createProvider(fakeConfig(fake.url)).streamChat(ask, { purpose: 'chat', onDelta: () => {} });
    expect(res.usage.estimated).toBe(true);
    expect(res.usage.completion).toBe(Math.ceil('Zwölf Zeichen'.length / 4));
  });

  it('drops stream_options and temperature for a server that rejects them', async () => {
    await fake.close();
    fake = await startFakeOpenAI({ rejectFeatures: ['stream_options', 'temperature'] });
    const provider = createProvider(fakeConfig(fake.url));
    const res = await provider.streamChat(ask, { purpose: 'chat', onDelta: () => {} });
    expect(res.text).toBe('OK');
    const last = fake.chatRequests().at(-1)!.body;
    expect(last.stream_options).toBeUndefined();
    expect(last.temperature).toBeUndefined();
  });

  it('retries a 429 and a 500 with back-off, then succeeds', async () => {
    fake.enqueue({ kind: 'error', status: 429, headers: { 'retry-after': '0' } }, { kind: 'error', status: 500 }, { kind: 'text', text: 'Endlich.' });
    const provider = createProvider(fakeConfig(fake.url), { retryBaseDelayMs: 5 });
    const res = await provider.streamChat(ask, { purpose: 'chat', onDelta: () => {} });
    expect(res.text).toBe('Endlich.');
    expect(fake.chatRequests()).toHaveLength(3);
  });

  it('gives up after LLM_MAX_RETRIES with a typed error and a German message', async () => {
    fake.enqueue({ kind: 'error', status: 503 }, { kind: 'error', status: 503 }, { kind: 'error', status: 503 }, { kind: 'text', text: 'zu spät' });
    const provider = createProvider(fakeConfig(fake.url), { retryBaseDelayMs: 5 });
    const err = await provider.streamChat(ask, { purpose: 'chat', onDelta: () => {} }).catch((e) => e);
    expect(err).toBeInstanceOf(LlmUnavailableError);
    expect(err.userMessage).toBe('Das Sprachmodell ist nicht erreichbar.');
    expect(fake.chatRequests()).toHaveLength(3);
  });

  it('does not retry a rejected request (401)', async () => {
    fake.enqueue({ kind: 'error', status: 401, message: 'bad key' });
    const err = await createProvider(fakeConfig(fake.url), { retryBaseDelayMs: 5 })
      .streamChat(ask, { purpose: 'chat', onDelta: () => {} })
      .catch((e) => e);
    expect(err).toBeInstanceOf(LlmRejectedError);
    expect(fake.chatRequests()).toHaveLength(1);
  });

  it('times out a hanging server with LlmTimeoutError', async () => {
    fake.enqueue({ kind: 'hang' }, { kind: 'hang' });
    const provider = createProvider(fakeConfig(fake.url, { LLM_TIMEOUT_MS: '150', LLM_MAX_RETRIES: '1' }), { retryBaseDelayMs: 5 });
    const err = await provider.streamChat(ask, { purpose: 'chat', onDelta: () => {} }).catch((e) => e);
    expect(err).toBeInstanceOf(LlmTimeoutError);
    expect(fake.chatRequests()).toHaveLength(2);
  });

  it('fails without repeating when the connection drops mid-stream', async () => {
    fake.enqueue({ kind: 'drop', text: 'Eins zwei drei vier fünf', afterChunks: 2 }, { kind: 'text', text: 'darf nicht kommen' });
    const deltas: string[] = [];
    const err = await createProvider(fakeConfig(fake.url), { retryBaseDelayMs: 5 })
      .streamChat(ask, { purpose: 'chat', onDelta: (d) => deltas.push(d) })
      .catch((e) => e);
    expect(err).toBeInstanceOf(LlmUnavailableError);
    expect(deltas.join('')).toBe('Eins zwei');
    expect(fake.chatRequests()).toHaveLength(1);
  });

  it('stops when the caller aborts', async () => {
    fake.enqueue({ kind: 'text', text: 'a b c d e f g h', chunkDelayMs: 30 });
    const ctl = new AbortController();
    const err = await createProvider(fakeConfig(fake.url, { LLM_TIMEOUT_MS: '5000' }))
      .streamChat(ask, {
        purpose: 'chat',
        signal: ctl.signal,
        onDelta: () => ctl.abort(),
      })
      .catch((e) => e);
    expect(err).toBeInstanceOf(LlmAbortedError);
  });
});

describe('provider: structured output', () => {
  const Schema = z.object({ items: z.array(z.object({ name: z.string() })) });

  it('asks for json_schema and validates the answer with zod', async () => {
    fake.enqueue({ kind: 'text', text: '{"items":[{"name":"Schriftform"}]}', usage: { prompt: 100, completion: 9 } });
    const res = await createProvider(fakeConfig(fake.url)).completeJson(ask, Schema, { purpose: 'review', schemaName: 'Test' });
    expect(res.data.items[0]!.name).toBe('Schriftform');
    expect(res.usage).toEqual({ prompt: 100, completion: 9 });
    const body = fake.chatRequests()[0]!.body;
    expect(body.response_format.type).toBe('json_schema');
    expect(body.response_format.json_schema.schema.properties.items.type).toBe('array');
    expect(body.temperature).toBe(0);
  });

  it('falls back to JSON mode, then plain JSON, for servers without structured output', async () => {
    await fake.close();
    fake = await startFakeOpenAI({ rejectFeatures: ['json_schema', 'json_object'] });
    fake.enqueue({ kind: 'text', text: 'Hier das Ergebnis:\n```json\n{"items":[]}\n```' });
    const provider = createProvider(fakeConfig(fake.url));
    const res = await provider.completeJson(ask, Schema, { purpose: 'review', schemaName: 'Test' });
    expect(res.data.items).toEqual([]);
    const formats = fake.chatRequests().map((r) => r.body.response_format?.type ?? 'none');
    expect(formats).toEqual(['json_schema', 'json_object', 'none']);
    // the downgrade is remembered
    await provider.completeJson(ask, Schema, { purpose: 'review', schemaName: 'Test' }).catch(() => undefined);
    expect(fake.chatRequests().at(-1)!.body.response_format).toBeUndefined();
  });

  it('throws LlmInvalidOutputError for JSON that does not fit the schema', async () => {
    fake.enqueue({ kind: 'text', text: '{"items":[{"nom":1}]}' });
    const err = await createProvider(fakeConfig(fake.url))
      .completeJson(ask, Schema, { purpose: 'review', schemaName: 'Test' })
      .catch((e) => e);
    expect(err).toBeInstanceOf(LlmInvalidOutputError);
    expect(err.usage.completion).toBeGreaterThan(0);
  });
});

describe('provider: embeddings and privacy', () => {
  it('embeds texts in input order', async () => {
    const provider = createProvider(fakeConfig(fake.url, { EMBEDDING_MODEL: 'fake-embed' }));
    const res = await provider.embed(['Schriftform', 'Unterschrift', 'Schriftform']);
    expect(res.vectors).toHaveLength(3);
    expect(res.vectors[0]).toEqual(res.vectors[2]);
    expect(res.vectors[0]).not.toEqual(res.vectors[1]);
    expect(fake.requests.at(-1)!.body.model).toBe('fake-embed');
  });

  it('logs token counts but no prompt or answer text unless LLM_LOG_PROMPTS=1', async () => {
    const quiet = captureLogger();
    fake.enqueue({ kind: 'text', text: 'GEHEIME-ANTWORT' });
    await createProvider(fakeConfig(fake.url), { logger: quiet.logger }).streamChat([messages.user('GEHEIMER-ENTWURF')], { purpose: 'chat', onDelta: () => {} });
    expect(quiet.text()).toContain('"tokens"');
    expect(quiet.text()).not.toContain('GEHEIM');

    const loud = captureLogger();
    fake.enqueue({ kind: 'text', text: 'GEHEIME-ANTWORT' });
    await createProvider(fakeConfig(fake.url, { LLM_LOG_PROMPTS: '1' }), { logger: loud.logger }).streamChat([messages.user('GEHEIMER-ENTWURF')], {
      purpose: 'chat',
      onDelta: () => {},
    });
    expect(loud.text()).toContain('GEHEIMER-ENTWURF');
    expect(loud.text()).toContain('GEHEIME-ANTWORT');
  });
});

describe('semaphore', () => {
  it('never runs more than the limit at once and serves waiters in order', async () => {
    const sem = new Semaphore(2);
    let active = 0;
    let peak = 0;
    const order: number[] = [];
    const task = (i: number) =>
      sem.run(async () => {
        active++;
        peak = Math.max(peak, active);
        await new Promise((r) => setTimeout(r, 5));
        order.push(i);
        active--;
      });
    await Promise.all([0, 1, 2, 3, 4].map(task));
    expect(peak).toBe(2);
    expect(order.slice(2)).toEqual([2, 3, 4]);
  });

  it('lets an aborted waiter leave the queue', async () => {
    const sem = new Semaphore(1);
    let release!: () => void;
    const first = sem.run(() => new Promise<void>((r) => (release = r)));
    const ctl = new AbortController();
    const second = sem.run(async () => 'ran', ctl.signal);
    ctl.abort(new Error('stop'));
    await expect(second).rejects.toThrow('stop');
    expect(sem.queued).toBe(0);
    release();
    await first;
    expect(sem.inUse).toBe(0);
  });
});
