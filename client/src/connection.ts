import { ApiError } from './api';
import type { AppSocket } from './socket';

/**
 * Keeps the page's socket connected across server restarts. socket.io gives up after the server closed the socket
 * itself (a restart does that) and hides its own retry delays, so the page drives every reconnect: wait, ask
 * /api/me (a session that ended answers 401 and the shell shows the login form), then open the socket again.
 * Nothing on the page is reloaded, so the conversation and a half-typed message stay where they are.
 */

/** Seconds before each further attempt; the last one repeats. */
export const RETRY_DELAYS_S = [1, 2, 4, 8, 15] as const;

export function retryDelayS(attempt: number): number {
  return RETRY_DELAYS_S[Math.min(attempt, RETRY_DELAYS_S.length - 1)]!;
}

export type ConnectionState =
  | { kind: 'connected'; recovered: boolean }
  | { kind: 'waiting'; seconds: number }
  | { kind: 'trying' }
  | { kind: 'stopped' };

/** Handshake refusals that another attempt cannot fix: the shell shows the login form or says why. */
const FINAL_CODES = /^(unauthorized|rate_limited:sockets)/;

export interface Connection {
  /** Tries at once instead of waiting for the countdown. */
  retryNow(): void;
}

export function keepConnected(socket: AppSocket, checkSession: () => Promise<unknown>, onState: (s: ConnectionState) => void): Connection {
  let attempt = 0;
  let lost = false;
  let stopped = false;
  let timer: ReturnType<typeof setInterval> | undefined;

  const clearTimer = () => {
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
  };

  const stop = () => {
    stopped = true;
    clearTimer();
    onState({ kind: 'stopped' });
  };

  const schedule = () => {
    if (stopped) return;
    clearTimer();
    let seconds = retryDelayS(attempt++);
    onState({ kind: 'waiting', seconds });
    timer = setInterval(() => {
      seconds -= 1;
      if (seconds > 0) onState({ kind: 'waiting', seconds });
      else tryNow();
    }, 1000);
  };

  function tryNow(): void {
    if (stopped || socket.connected) return;
    clearTimer();
    onState({ kind: 'trying' });
    checkSession().then(
      () => {
        if (!stopped && !socket.connected) socket.connect();
      },
      (err) => {
        // 401: the login form is already on screen (api.ts announces it); trying on would only repeat that
        if (err instanceof ApiError && err.status === 401) stop();
        else schedule();
      },
    );
  }

  socket.on('disconnect', (reason) => {
    if (reason === 'io client disconnect' || stopped) return;
    lost = true;
    attempt = 0;
    schedule();
  });
  socket.on('connect_error', (err) => {
    const code = (err as Error & { data?: { code?: unknown } }).data?.code;
    if (typeof code === 'string' && FINAL_CODES.test(code)) stop();
    else {
      lost = true;
      schedule();
    }
  });
  socket.on('connect', () => {
    clearTimer();
    attempt = 0;
    onState({ kind: 'connected', recovered: lost });
    lost = false;
  });

  return { retryNow: tryNow };
}
