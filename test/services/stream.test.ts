import { describe, expect, it } from 'vitest';
import { CHUNK_CHARS, streamText } from '../../server/services/chat/stream';

const words = (n: number) => Array.from({ length: n }, (_, i) => `wort${i}${i % 17 === 0 ? '\n\n' : ' '}`).join('').trim();

async function deltasOf(text: string): Promise<string[]> {
  const deltas: string[] = [];
  await streamText(text, (d) => deltas.push(d), new AbortController().signal);
  return deltas;
}

describe('streamText', () => {
  it('sends a composed answer of usual length as one delta', async () => {
    const text = words(700);
    expect(await deltasOf(text)).toEqual([text]);
  });

  it('cuts a very long text after white space into bounded deltas that join to the text', async () => {
    const text = words(30_000);
    const deltas = await deltasOf(text);
    expect(deltas.join('')).toBe(text);
    expect(deltas.length).toBeGreaterThan(1);
    expect(deltas.every((d) => d.length > 0 && d.length <= CHUNK_CHARS)).toBe(true);
    expect(deltas.slice(0, -1).every((d) => /\s$/.test(d))).toBe(true);
  });

  it('cuts a text without white space at the limit', async () => {
    const text = 'x'.repeat(CHUNK_CHARS * 2 + 5);
    expect((await deltasOf(text)).map((d) => d.length)).toEqual([CHUNK_CHARS, CHUNK_CHARS, 5]);
  });

  it('stops when the signal aborts mid-stream', async () => {
    const controller = new AbortController();
    const deltas: string[] = [];
    const run = streamText(words(30_000), (d) => (deltas.push(d), deltas.length === 2 && controller.abort()), controller.signal);
    await expect(run).rejects.toThrow();
    expect(deltas).toHaveLength(2);
  });
});
