/**
 * Admission to a pool of `slots` worker threads with a bounded line in front of it, in this process: many users
 * together must not queue more drafts than the instance can work off in reasonable time. A task that has to wait is
 * told its place in the line, and again whenever it moves up; a task beyond the line is refused with an estimate of
 * when a place will be free, taken from the recent task durations.
 */
export interface WaitingLineOptions {
  slots: number;
  /** Tasks that may wait for a free slot beyond the running ones. */
  maxWaiting: number;
  /** Assumed duration of one task until one has been measured. */
  initialTaskMs?: number;
}

export interface Place {
  /** A worker took the task: it leaves the line. */
  started(): void;
  /** The task ended (or never started); idempotent. */
  done(): void;
}

/** Weight of the newest duration in the running average: recent drafts say most about the next ones. */
const SMOOTHING = 0.2;
const MIN_RETRY_S = 5;
const MAX_RETRY_S = 900;

export function waitingLine(opts: WaitingLineOptions) {
  /** Admitted tasks no worker has taken yet, in order (the pool hands tasks out first come, first served). */
  const line: { tell?: (position: number) => void; told: number }[] = [];
  let running = 0;
  let averageMs = opts.initialTaskMs ?? 10_000;

  /** Tasks that wait for a slot (the first `free` of the line are being taken as we speak). */
  const waiting = () => Math.max(0, line.length - Math.max(0, opts.slots - running));
  const tellPositions = () => {
    const free = Math.max(0, opts.slots - running);
    line.forEach((entry, i) => {
      const position = i + 1 - free;
      if (position > 0 && position !== entry.told) {
        entry.told = position;
        entry.tell?.(position);
      }
    });
  };

  return {
    waiting,
    /** Seconds until a place in a full line is likely free: the waiting tasks worked off at the measured pace. */
    retryAfterS(): number {
      const s = (Math.max(1, waiting()) * averageMs) / opts.slots / 1000;
      return Math.min(MAX_RETRY_S, Math.max(MIN_RETRY_S, Math.ceil(s / 5) * 5));
    },
    /** A place for one task, or undefined when the line is full; `tell` hears the task's position while it waits. */
    enter(tell?: (position: number) => void): Place | undefined {
      if (waiting() >= opts.maxWaiting && running + line.length >= opts.slots) return undefined;
      const entry = { ...(tell ? { tell } : {}), told: 0 };
      line.push(entry);
      let state: 'waiting' | 'running' | 'done' = 'waiting';
      let startedAt = 0;
      tellPositions();
      const leaveLine = () => {
        const i = line.indexOf(entry);
        if (i >= 0) line.splice(i, 1);
      };
      return {
        started() {
          if (state !== 'waiting') return;
          state = 'running';
          startedAt = performance.now();
          leaveLine();
          running++;
          tellPositions();
        },
        done() {
          if (state === 'done') return;
          if (state === 'running') {
            running--;
            averageMs += SMOOTHING * (performance.now() - startedAt - averageMs);
          } else leaveLine();
          state = 'done';
          tellPositions();
        },
      };
    },
  };
}
export type WaitingLine = ReturnType<typeof waitingLine>;
