import { io as ioClient, type Socket } from 'socket.io-client';
import { SocketAckSchema, type ClientToServerEvents, type ServerToClientEvents, type SocketAck } from '../../server/contracts/socket';

/** Socket and session helpers without vitest, so that bench scripts (eval:chat, bench:chat) can use them too. */

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A new session's cookie from GET /api/me (open mode); undefined when the server wants a login. */
export async function newSessionCookie(url: string): Promise<string | undefined> {
  const res = await fetch(`${url}/api/me`);
  return res.ok ? sessionCookie(res.headers.getSetCookie()) : undefined;
}

/** Connects with `cookie`, or with a new session of its own (sessions are only issued over HTTP). */
export async function connect(url: string, cookie?: string): Promise<ClientSocket> {
  cookie ??= await newSessionCookie(url);
  const socket: ClientSocket = ioClient(url, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    ...(cookie ? { extraHeaders: { cookie } } : {}),
  });
  return new Promise((res, rej) => {
    socket.once('connect', () => res(socket));
    socket.once('connect_error', (e) => {
      socket.close();
      rej(e);
    });
  });
}

/** The `dc_session=…` pair from a Set-Cookie header. */
export function sessionCookie(setCookie: string | string[] | undefined): string {
  const list = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  const c = list.find((s) => s.startsWith('dc_session='));
  if (!c) throw new Error('no session cookie');
  return c.split(';')[0]!;
}

/**
 * Emits any event (also ones the contract does not know, for hostile input) with an ack callback and returns the
 * validated ack; rejects when none comes within `timeoutMs`.
 */
export function emitWithAck(socket: ClientSocket, event: string, payload: unknown, timeoutMs: number): Promise<SocketAck> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ack for ${event}`)), timeoutMs);
    (socket.emit as (ev: string, p: unknown, cb: (a: unknown) => void) => void)(event, payload, (raw) => {
      clearTimeout(timer);
      resolve(SocketAckSchema.parse(raw));
    });
  });
}
