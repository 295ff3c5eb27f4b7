import { describe, expect, it } from 'vitest';
import { queuedBytes } from '../../server/socket/backpressure';

/**
 * What the slow-consumer guard counts (server/socket/index.ts disconnects a client above MAX_QUEUED_BYTES): the
 * packets engine.io holds back and the bytes the WebSocket could not hand to the kernel. An end-to-end test would have
 * to fill the kernel's socket buffers (megabytes of answers) first, so the guard's input is pinned here.
 */
describe('queued bytes of a socket connection', () => {
  it('adds engine.io packets (text and binary) and the WebSocket send queue', () => {
    const conn = { writeBuffer: [{ data: 'x'.repeat(1000) }, { data: new Uint8Array(500) }, { data: undefined }], transport: { socket: { bufferedAmount: 2000 } } };
    expect(queuedBytes(conn)).toBe(3500);
  });

  it('is zero for a connection with nothing queued, or a transport without a WebSocket (long polling)', () => {
    expect(queuedBytes({ writeBuffer: [], transport: { socket: { bufferedAmount: 0 } } })).toBe(0);
    expect(queuedBytes({ writeBuffer: [{ data: 'abc' }], transport: {} })).toBe(3);
    expect(queuedBytes({})).toBe(0);
  });
});
