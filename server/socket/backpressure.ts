/**
 * A client that sends but never reads (a slow consumer) makes the server queue every answer for it in memory:
 * engine.io keeps the packets its transport could not write yet, the WebSocket the bytes the kernel did not take.
 * Both are read through their (private) fields, structurally; engine.io and ws keep no such limit themselves.
 */
interface QueueView {
  writeBuffer?: { data?: unknown }[];
  transport?: { socket?: { bufferedAmount?: number } };
}

/** Bytes queued for the client that it has not read yet (engine.io packets and the WebSocket send queue). */
export function queuedBytes(conn: unknown): number {
  const c = conn as QueueView;
  let bytes = c.transport?.socket?.bufferedAmount ?? 0;
  for (const packet of c.writeBuffer ?? []) {
    const d = packet.data;
    bytes += typeof d === 'string' ? d.length : d instanceof Uint8Array ? d.byteLength : 0;
  }
  return bytes;
}

/** Far above what a reading browser lets pile up (an answer is tens of KB), far below what hurts the heap. */
export const MAX_QUEUED_BYTES = 8 * 1024 * 1024;
