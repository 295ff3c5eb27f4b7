import { io, type Socket } from 'socket.io-client';
import { SocketAckSchema, type ClientToServerEvents, type ServerToClientEvents, type SocketAck } from '../../server/contracts/socket';

export type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

let socket: AppSocket | null = null;

/**
 * One socket per page, opened only after /api/me so that the session cookie exists before the
 * handshake (the server authorises the handshake by that cookie).
 */
export function getSocket(): AppSocket {
  if (!socket) {
    // reconnects are driven by connection.ts, which also survives a restart and shows its countdown
    socket = io({ withCredentials: true, transports: ['websocket', 'polling'], reconnection: false });
  }
  return socket;
}

let counter = 0;
/** A request id for one socket event (the server echoes it in its ack and logs it); no crypto.randomUUID on plain http. */
export function newRequestId(): string {
  counter += 1;
  return `c-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}-${counter}`;
}

type Requests = ClientToServerEvents;
/**
 * Emits a client→server event with a fresh request id; `onAck` gets the server's answer (ok or the typed error with
 * its German message). A lost connection is handled by the views' disconnect handlers, so there is no timeout here.
 */
export function request<E extends keyof Requests>(
  s: AppSocket,
  event: E,
  payload: Omit<Parameters<Requests[E]>[0], 'requestId'>,
  onAck: (ack: SocketAck) => void = () => undefined,
): string {
  const requestId = newRequestId();
  const emit = s.emit as (ev: string, p: unknown, cb: (a: unknown) => void) => void;
  emit.call(s, event, { ...payload, requestId }, (raw) => {
    const ack = SocketAckSchema.safeParse(raw);
    onAck(ack.success ? ack.data : { ok: false, requestId, error: { code: 'internal:ack', message: 'Die Antwort des Servers war unverständlich.' } });
  });
  return requestId;
}
