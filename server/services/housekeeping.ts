import type { Sessions } from '../http/session';
import type { BatchJobs } from '../jobs/runner';
import { logger } from '../logger';
import type { BatchStore } from '../storage/batch';
import type { Clock } from '../storage/clock';
import type { PurgeCounts, RetentionStore } from '../storage/retention';

const DAY_MS = 86_400_000;

export interface HousekeepingResult extends PurgeCounts {
  sessions: number;
  jobs: number;
}

export interface HousekeepingDeps {
  sessions: Sessions;
  retention: RetentionStore;
  batch: BatchStore;
  jobs: BatchJobs;
  clock: Clock;
  retentionDays: number;
}

/** Ends expired sessions and deletes everything older than RETENTION_DAYS (at start and periodically). */
export function createHousekeeping(deps: HousekeepingDeps) {
  async function run(): Promise<HousekeepingResult> {
    const before = new Date(deps.clock.now().getTime() - deps.retentionDays * DAY_MS);
    const sessions = await deps.sessions.purgeExpired();
    const stale = await deps.batch.staleJobs(before);
    for (const j of stale) await deps.jobs.remove(j.sessionId, j.id);
    const result = { sessions, jobs: stale.length, ...(await deps.retention.purgeBefore(before)) };
    if (result.jobs + result.conversations + result.reviews + result.feedback > 0) logger.info(result, 'retention: old data deleted');
    return result;
  }

  return {
    run,
    /**
     * Runs now and then every `intervalMs`; the timer does not keep the process alive. `first` settles after the
     * first run; `stop` waits for a run in progress, so that storage can be closed after it.
     */
    start(intervalMs: number): { first: Promise<void>; stop(): Promise<void> } {
      const safeRun = () => run().then(() => undefined, (e: unknown) => logger.error({ err: e }, 'housekeeping failed'));
      let running = safeRun();
      const first = running;
      const timer = setInterval(() => (running = safeRun()), intervalMs);
      timer.unref();
      return {
        first,
        async stop() {
          clearInterval(timer);
          await running;
        },
      };
    },
  };
}
