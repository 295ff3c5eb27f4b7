import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../client/src/api';
import { keepConnected, retryDelayS, type Connection, type ConnectionState } from '../../client/src/connection';
import type { AppSocket } from '../../client/src/socket';

/** The page's reconnect loop against a stand-in socket: what it waits, when it asks /api/me, when it gives up. */

class FakeSocket extends EventEmitter {
  connected = false;
  connects = 0;
  connect(): this {
    this.connects += 1;
    return this;
  }
  /** The server accepted the handshake. */
  up(): void {
    this.connected = true;
    this.emit('connect');
  }
  down(reason = 'io server disconnect'): void {
    this.connected = false;
    this.emit('disconnect', reason);
  }
}

let socket: FakeSocket;
let states: ConnectionState[];
let connection: Connection;
let session: ReturnType<typeof vi.fn<() => Promise<unknown>>>;

beforeEach(() => {
  vi.useFakeTimers();
  socket = new FakeSocket();
  states = [];
  session = vi.fn<() => Promise<unknown>>();
  connection = keepConnected(socket as unknown as AppSocket, session, (s) => states.push(s));
  socket.up();
});

afterEach(() => {
  vi.useRealTimers();
});

const last = () => states.at(-1);

describe('keepConnected', () => {
  it('waits 1, 2, 4, 8 and then 15 s between attempts', () => {
    expect([0, 1, 2, 3, 4, 5, 9].map(retryDelayS)).toEqual([1, 2, 4, 8, 15, 15, 15]);
  });

  it('counts down, asks /api/me while the server is down, backs off, and reconnects once the server answers', async () => {
    session.mockRejectedValue(new ApiError(0, 'network', 'Der Server ist nicht erreichbar.'));
    socket.down();
    expect(last()).toEqual({ kind: 'waiting', seconds: 1 });
    await vi.advanceTimersByTimeAsync(1000);
    expect(session).toHaveBeenCalledTimes(1);
    expect(last(), 'a failed /api/me does not end the retries').toEqual({ kind: 'waiting', seconds: 2 });
    await vi.advanceTimersByTimeAsync(1000);
    expect(last()).toEqual({ kind: 'waiting', seconds: 1 });
    await vi.advanceTimersByTimeAsync(1000);
    expect(session).toHaveBeenCalledTimes(2);
    expect(last()).toEqual({ kind: 'waiting', seconds: 4 });
    expect(socket.connects, 'no handshake while /api/me fails').toBe(0);

    session.mockResolvedValue({});
    await vi.advanceTimersByTimeAsync(4000);
    expect(socket.connects).toBe(1);
    socket.up();
    expect(last()).toEqual({ kind: 'connected', recovered: true });

    // the next loss starts again with the shortest pause
    socket.down('transport close');
    expect(last()).toEqual({ kind: 'waiting', seconds: 1 });
  });

  it('a failed handshake waits longer before the next attempt', async () => {
    session.mockResolvedValue({});
    socket.down();
    await vi.advanceTimersByTimeAsync(1000);
    expect(socket.connects).toBe(1);
    socket.emit('connect_error', new Error('websocket error'));
    expect(last()).toEqual({ kind: 'waiting', seconds: 2 });
  });

  it('stops when the session has ended (401) or the handshake is refused for good', async () => {
    session.mockRejectedValue(new ApiError(401, 'unauthorized', 'Bitte melden Sie sich an.'));
    socket.down();
    await vi.advanceTimersByTimeAsync(1000);
    expect(last()).toEqual({ kind: 'stopped' });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(session).toHaveBeenCalledTimes(1);

    const refused = new FakeSocket();
    const seen: ConnectionState[] = [];
    keepConnected(refused as unknown as AppSocket, session, (s) => seen.push(s));
    refused.emit('connect_error', Object.assign(new Error('refused'), { data: { code: 'rate_limited:sockets' } }));
    expect(seen).toEqual([{ kind: 'stopped' }]);
  });

  it('a disconnect the page asked for is not a lost connection', () => {
    socket.down('io client disconnect');
    expect(last()).toEqual({ kind: 'connected', recovered: false });
  });

  it('"Jetzt erneut verbinden" tries at once instead of waiting', async () => {
    session.mockResolvedValue({});
    socket.down();
    connection.retryNow();
    expect(last()).toEqual({ kind: 'trying' });
    await vi.advanceTimersByTimeAsync(0);
    expect(socket.connects).toBe(1);
  });
});
