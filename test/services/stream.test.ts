import { describe, expect, it } from 'vitest';
import { streamText } from '../../server/services/chat/stream';

describe('streamText', () => {
  it('emits word chunks that join to the text, white space intact', async () => {
    const text = Array.from({ length: 250 }, (_, i) => `wort${i}${i % 17 === 0 ? '\n\n' : ' '}`).join('').trim();
    const deltas: string[] = [];
    await streamText(text, (d) => deltas.push(d), new AbortController().signal);
    expect(deltas.join('')).toBe(text);
    expect(deltas.length).toBeGreaterThan(2);
    expect(deltas.every((d) => d.length > 0)).toBe(true);
  });

  it('stops when the signal aborts mid-stream', async () => {
    const controller = new AbortController();
    const deltas: string[] = [];
    const text = 'a '.repeat(2000);
    const run = streamText(text, (d) => (deltas.push(d), deltas.length === 2 && controller.abort()), controller.signal);
    await expect(run).rejects.toThrow();
    expect(deltas).toHaveLength(2);
  });
});
