import { logger } from '../logger';
import { connectRedis } from '../redis';

/**
 * Corpus changes between instances: the instance where an administrator imported or deleted a law publishes one
 * message; every instance (the sender too, harmlessly) then reloads the imports from the database. A connection
 * that comes back also reloads, so an instance that missed messages while Redis was away catches up.
 */
export function corpusSync(url: string, prefix: string, onChange: () => void) {
  const channel = `${prefix}:corpus:changed`;
  const pub = connectRedis(url, 'corpus publish');
  const sub = connectRedis(url, 'corpus subscribe');
  sub.on('message', (ch: string) => {
    if (ch === channel) onChange();
  });
  sub.on('ready', () => {
    sub.subscribe(channel).then(onChange, (e: unknown) => logger.warn({ err: e }, 'could not subscribe to corpus changes'));
  });
  return {
    publish: async (): Promise<void> => {
      await pub.publish(channel, String(Date.now()));
    },
    async close(): Promise<void> {
      await Promise.allSettled([pub.quit(), sub.quit()]);
    },
  };
}
