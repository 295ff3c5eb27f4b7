/**
 * Open sockets per browser session in this instance. A session needs a few (tabs); dozens only cost the other
 * users' time (every socket's events are checked and answered on the same thread).
 * Counted at admission, synchronously after the last await of the handshake, so that parallel handshakes
 * cannot all pass the check before any of them is counted.
 */
export function sessionSocketCounter(max: number) {
  const open = new Map<string, number>();
  return {
    /** Counts one more socket of the session; undefined when it has `max` already. The release is idempotent. */
    admit(sessionId: string): (() => void) | undefined {
      const n = open.get(sessionId) ?? 0;
      if (n >= max) return undefined;
      open.set(sessionId, n + 1);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        const left = (open.get(sessionId) ?? 1) - 1;
        if (left > 0) open.set(sessionId, left);
        else open.delete(sessionId);
      };
    },
  };
}
