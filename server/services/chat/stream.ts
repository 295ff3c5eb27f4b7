import { setImmediate as yieldToLoop } from 'node:timers/promises';

const WORDS_PER_DELTA = 6;
const DELTAS_PER_YIELD = 8;

/**
 * Emits a finished text as word-chunk deltas, yielding to the event loop now and then so that many
 * concurrent answers interleave and a `chat:stop` is seen promptly. No artificial delays.
 */
export async function streamText(text: string, onDelta: (d: string) => void, signal: AbortSignal): Promise<void> {
  const parts = text.split(/(?<=\s)(?=\S)/);
  for (let i = 0, n = 0; i < parts.length; i += WORDS_PER_DELTA, n++) {
    signal.throwIfAborted();
    onDelta(parts.slice(i, i + WORDS_PER_DELTA).join(''));
    if (n % DELTAS_PER_YIELD === DELTAS_PER_YIELD - 1) await yieldToLoop();
  }
  signal.throwIfAborted();
}
